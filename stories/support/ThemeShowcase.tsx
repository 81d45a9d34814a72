/**
 * One screen of the kit for the Theming stories: a banner of each severity, a support card and a
 * toast, all with the same `theme`, `colorScheme` and `unstyled` props (and host classes).
 */
import { useEffect } from 'react';
import {
  ErrorBanner,
  ErrorToaster,
  SupportContactCard,
  resolveLocalePack,
  useErrorDisplay,
  useErrorToasts,
  useSmartcarErrorConfig,
} from 'smartcar-error-kit';
import type {
  ColorScheme,
  ErrorBannerPart,
  ErrorToasterPart,
  SmartcarErrorTheme,
  SupportContactCardPart,
} from 'smartcar-error-kit';
import { documentedError } from './documentedErrors';
import { OCCURRED_AT, VOLTPARK_SUPPORT } from './storyKit';

/** The look shared by every component of the showcase. */
export interface ShowcaseLook {
  readonly theme?: SmartcarErrorTheme;
  readonly colorScheme?: ColorScheme;
  readonly unstyled?: boolean;
  readonly bannerClassNames?: Partial<Record<ErrorBannerPart, string>>;
  readonly cardClassNames?: Partial<Record<SupportContactCardPart, string>>;
  readonly toasterClassName?: string;
  readonly toasterClassNames?: Partial<Record<ErrorToasterPart, string>>;
}

/** The documented errors the showcase shows: one per severity. */
export const SHOWCASE_ERRORS = {
  critical: documentedError('AUTHENTICATION').error,
  warning: documentedError('RATE_LIMIT.VEHICLE').error,
  info: documentedError('VEHICLE_STATE.FULLY_CHARGED').error,
  support: documentedError('SERVER.RECORD_NOT_FOUND').error,
  toast: documentedError('VEHICLE_STATE.CHARGE_FAULT').error,
} as const;

/** Spreads only the look props that are set (exact optional props). */
function lookProps(look: ShowcaseLook) {
  return {
    ...(look.theme !== undefined && { theme: look.theme }),
    ...(look.colorScheme !== undefined && { colorScheme: look.colorScheme }),
    ...(look.unstyled !== undefined && { unstyled: look.unstyled }),
  };
}

/** Props of `ShowcaseBlocks`. */
export interface ShowcaseBlocksProps {
  readonly look: ShowcaseLook;
  readonly title: string;
  /**
   * Appended to each component's accessible name when one page shows the showcase twice (two
   * regions may not share a name; B-1.2 and C-1.1 let a host name them).
   */
  readonly nameSuffix?: string;
}

/** One banner of the showcase, named after its title (plus the suffix, when given). */
function ShowcaseBanner({
  error,
  look,
  nameSuffix,
}: {
  error: unknown;
  look: ShowcaseLook;
  nameSuffix?: string | undefined;
}) {
  const display = useErrorDisplay(error);
  const ui = resolveLocalePack(display.locale, useSmartcarErrorConfig().locales).ui;
  const severity =
    display.severity === 'critical'
      ? ui.severityCritical
      : display.severity === 'warning'
        ? ui.severityWarning
        : ui.severityInfo;
  return (
    <ErrorBanner
      error={display}
      {...lookProps(look)}
      announce={false}
      headingLevel={3}
      onDismiss={() => {}}
      {...(look.bannerClassNames !== undefined && { classNames: look.bannerClassNames })}
      {...(nameSuffix !== undefined && {
        'aria-label': `${severity}: ${display.title} (${nameSuffix})`,
      })}
    />
  );
}

/** Banners of the three severities and a support card, stacked. */
export function ShowcaseBlocks({ look, title, nameSuffix }: ShowcaseBlocksProps) {
  const config = useSmartcarErrorConfig();
  const ui = resolveLocalePack(config.locale ?? 'en', config.locales).ui;
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '40rem' }}>
      <h2 style={{ margin: 0 }}>{title}</h2>
      <ShowcaseBanner error={SHOWCASE_ERRORS.critical} look={look} nameSuffix={nameSuffix} />
      <ShowcaseBanner error={SHOWCASE_ERRORS.warning} look={look} nameSuffix={nameSuffix} />
      <ShowcaseBanner error={SHOWCASE_ERRORS.info} look={look} nameSuffix={nameSuffix} />
      <SupportContactCard
        error={SHOWCASE_ERRORS.support}
        support={VOLTPARK_SUPPORT}
        occurredAt={OCCURRED_AT}
        headingLevel={3}
        {...lookProps(look)}
        {...(look.cardClassNames !== undefined && { classNames: look.cardClassNames })}
        {...(nameSuffix !== undefined && { 'aria-label': `${ui.supportTitle} (${nameSuffix})` })}
      />
    </div>
  );
}

/** Shows one toast on mount and renders the toaster with the look. */
export function ShowcaseToaster({ look }: { look: ShowcaseLook }) {
  const { show, dismissAll } = useErrorToasts();
  useEffect(() => {
    show(SHOWCASE_ERRORS.toast, { persistent: true });
    return () => dismissAll();
  }, [show, dismissAll]);
  return (
    <ErrorToaster
      {...lookProps(look)}
      {...(look.toasterClassName !== undefined && { className: look.toasterClassName })}
      {...(look.toasterClassNames !== undefined && { classNames: look.toasterClassNames })}
    />
  );
}
