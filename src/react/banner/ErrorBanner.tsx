'use client';
/**
 * `ErrorBanner`: one Smartcar failure shown inline — icon, title, message, detail, actions (with
 * a retry countdown), an optional dismiss button, and the support card when the way out is
 * contacting support. A named region that never removes itself. Contract: ./SPEC.md (B-…).
 */
import type { ForwardRefExoticComponent, RefAttributes } from 'react';
import type { ErrorAction } from '../../core/display/ErrorDisplay';
import { useErrorDisplay } from '../hooks/useErrorDisplay';
import { useRetryCountdown } from '../hooks/useRetryCountdown';
import { useRegionShell } from '../internal/useRegionShell';
import { ActionButtons } from '../internal/ActionButtons';
import { DetailList } from './DetailList';
import { DeveloperDetails } from '../internal/DeveloperDetails';
import { DismissButton } from './DismissButton';
import { Icon } from '../internal/Icon';
import { MessageParts } from '../internal/MessageParts';
import { runAction } from '../internal/runAction';
import { useShownEvent } from '../internal/useKitEvents';
import { useActionHandlers } from '../internal/useActionHandlers';
import { useAnnouncer } from '../internal/useAnnouncer';
import { useUiStrings } from '../internal/useUiStrings';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { SupportContactCard } from '../support-card/SupportContactCard';
import type { ErrorBannerProps } from './ErrorBannerProps';
import { severityLabel } from '../internal/announcementText';
import { useBannerAnnouncements } from './useBannerAnnouncements';
import { useFoldedSupportCard } from './useFoldedSupportCard';
import { subHeadingLevel } from '../internal/headingLevel';
import { namedForwardRef } from '../internal/namedForwardRef';

/**
 * Shows one failure inline, with what the person can do about it. A `ref` receives the root
 * `<section>` (React 18 and 19).
 */
export const ErrorBanner: ForwardRefExoticComponent<ErrorBannerProps & RefAttributes<HTMLElement>> =
  /* @__PURE__ */ namedForwardRef<HTMLElement, ErrorBannerProps>(
    'ErrorBanner',
    function ErrorBanner(props, ref) {
      const {
        error,
        appName,
        locale,
        vehicleName,
        messages,
        actions,
        onRetry,
        onReconnect,
        onAction,
        onDismiss,
        support,
        showDeveloperDetails = false,
        announce = true,
        ...shellProps
      } = props;
      const display = useErrorDisplay(error, { appName, locale, vehicleName, messages, actions });
      const ui = useUiStrings(display.locale);
      const handlers = useActionHandlers({ onAction, onRetry, onReconnect }, 'banner');
      const countdown = useRetryCountdown(display);
      useShownEvent('banner', display);
      const { rootProps, titleId, level, classNames } = useRegionShell(shellProps);
      const Heading = `h${level}` as const;
      const { theme, colorScheme, unstyled } = shellProps;
      const announcer = useAnnouncer();

      const hasRetry = display.actions.some((action) => action.kind === 'retry');
      const counting = hasRetry && display.retryAt !== null;
      useBannerAnnouncements({
        display,
        ui,
        announcer,
        enabled: announce,
        retryReady: counting ? countdown.ready : null,
      });

      const {
        shown: supportShown,
        ref: supportRef,
        open: openSupport,
      } = useFoldedSupportCard(display);
      const actionHandlers = { ...handlers, onContactSupport: openSupport };
      const dismissAction: ErrorAction = display.actions.find(
        (action) => action.kind === 'dismiss',
      ) ?? {
        kind: 'dismiss',
        label: ui.actionDismiss,
      };

      const cardLevel = subHeadingLevel(level);

      return (
        <section
          tabIndex={-1}
          {...rootProps}
          ref={ref}
          data-sek-component="banner"
          data-sek-severity={display.severity}
        >
          <span className={classNames?.icon} data-sek-part="icon">
            <Icon name={display.severity} />
          </span>
          <div data-sek-part="body">
            <Heading id={titleId} className={classNames?.title} data-sek-part="title">
              <VisuallyHidden>{`${severityLabel(display, ui)}:`}</VisuallyHidden> {display.title}
            </Heading>
            <MessageParts
              display={display}
              handlers={actionHandlers}
              newTabLabel={ui.opensInNewTab}
              className={classNames?.message}
            />
            <DetailList detail={display.detail} className={classNames?.detail} />
            <ActionButtons
              display={display}
              handlers={actionHandlers}
              ui={ui}
              countdown={counting ? countdown : null}
              className={classNames?.actions}
            />
            {supportShown && (
              <SupportContactCard
                ref={supportRef}
                error={display}
                headingLevel={cardLevel}
                // Named after this banner too: two support banners on one page must not give two
                // landmarks the same name (axe landmark-unique).
                aria-label={`${ui.supportTitle}: ${display.title}`}
                showDeveloperDetails={showDeveloperDetails}
                {...(support !== undefined && { support })}
                {...(appName !== undefined && { appName })}
                {...(theme !== undefined && { theme })}
                {...(colorScheme !== undefined && { colorScheme })}
                {...(unstyled !== undefined && { unstyled })}
                data-sek-part="support"
              />
            )}
            {showDeveloperDetails && !supportShown && (
              <DeveloperDetails
                display={display}
                summary={ui.developerDetails}
                newTabLabel={ui.opensInNewTab}
              />
            )}
          </div>
          {onDismiss && (
            <DismissButton
              label={ui.actionDismiss}
              className={classNames?.dismiss}
              onClick={() => runAction(dismissAction, display, { ...handlers, onDismiss })}
            />
          )}
          {announcer.regions}
        </section>
      );
    },
  );
