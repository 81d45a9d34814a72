'use client';
/**
 * `SupportContactCard`: what a person needs to contact the app's support about a failure — the
 * request id with a Copy button, the error code and time, and the support contacts with a
 * prefilled e-mail. Contract: ./SPEC.md (C-…).
 */
import type { ForwardRefExoticComponent, RefAttributes } from 'react';
import { warnOnce } from '../../core/internal/dev';
import { nonBlank } from '../../core/internal/nonBlank';
import { useErrorDisplay } from '../hooks/useErrorDisplay';
import { useRegionShell } from '../internal/useRegionShell';
import { DeveloperDetails } from '../internal/DeveloperDetails';
import { useHydrated } from '../internal/useHydrated';
import { useKitEvents, useShownEvent } from '../internal/useKitEvents';
import { useUiStrings } from '../internal/useUiStrings';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import { formatTime, isoUtc, toDate } from './occurredTime';
import { BreakableText } from '../internal/BreakableText';
import { RequestIdField } from './RequestIdField';
import { errorCodeText } from './supportEmail';
import { readContact } from './readContact';
import { SupportContacts } from './SupportContacts';
import type { SupportContactCardProps } from './SupportContactCardProps';
import { namedForwardRef } from '../internal/namedForwardRef';

/** Replaced by the app's bundler; declared here, not via @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * Shows the request id, code, time and support contacts for one failure. A `ref` receives the
 * root `<section>` (React 18 and 19).
 */
export const SupportContactCard: ForwardRefExoticComponent<
  SupportContactCardProps & RefAttributes<HTMLElement>
> = /* @__PURE__ */ namedForwardRef<HTMLElement, SupportContactCardProps>(
  'SupportContactCard',
  function SupportContactCard(props, ref) {
    const {
      error,
      support,
      occurredAt,
      showDeveloperDetails = false,
      appName,
      locale,
      ...shellProps
    } = props;
    const config = useSmartcarErrorConfig();
    const display = useErrorDisplay(error, { appName, locale });
    const ui = useUiStrings(display.locale);
    const hydrated = useHydrated();
    const { rootProps, titleId, level, classNames } = useRegionShell(shellProps);
    const Heading = `h${level}` as const;
    useShownEvent('support-card', display);
    const emit = useKitEvents();

    const rows = readContact(support ?? config.support);
    if (rows === null) {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(
          'support-card:no-contact',
          'SupportContactCard has no usable support contact (email, http(s) url, phone or hours).',
        );
      }
    }
    const date = toDate(occurredAt);
    const app = nonBlank(appName) ?? nonBlank(config.appName);

    return (
      <section
        tabIndex={-1}
        {...rootProps}
        ref={ref}
        data-sek-component="support-card"
        data-sek-surface=""
      >
        <Heading id={titleId} className={classNames?.title} data-sek-part="title">
          {ui.supportTitle}
        </Heading>
        <p className={classNames?.intro} data-sek-part="intro">
          {ui.supportIntro}
        </p>
        <dl className={classNames?.facts} data-sek-part="facts">
          {display.requestId !== null ? (
            <RequestIdField
              requestId={display.requestId}
              ui={ui}
              className={classNames?.requestId}
              copyClassName={classNames?.copy}
              onCopied={() => emit('request-id-copied', 'support-card', display)}
            />
          ) : (
            <div className={classNames?.requestId} data-sek-part="no-request-id">
              <dt>{ui.supportRequestId}</dt>
              <dd data-sek-muted="">{ui.supportNoRequestId}</dd>
            </div>
          )}
          <div data-sek-part="code">
            <dt>{ui.supportCode}</dt>
            <dd>
              <code dir="ltr" data-sek-mono="">
                <BreakableText text={errorCodeText(display)} />
              </code>
            </dd>
          </div>
          {date !== null && (
            <div data-sek-part="time">
              <dt>{ui.supportTime}</dt>
              <dd>
                <time dateTime={isoUtc(date)}>{formatTime(date, display.locale, !hydrated)}</time>
              </dd>
            </div>
          )}
        </dl>
        {rows !== null && (
          <SupportContacts
            rows={rows}
            display={display}
            ui={ui}
            appName={app}
            occurredAt={date}
            className={classNames?.contacts}
          />
        )}
        {showDeveloperDetails && (
          <DeveloperDetails
            display={display}
            summary={ui.developerDetails}
            newTabLabel={ui.opensInNewTab}
          />
        )}
      </section>
    );
  },
);
