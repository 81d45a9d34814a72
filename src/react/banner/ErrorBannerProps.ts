import type { ComponentPropsWithoutRef } from 'react';
import type { ActionOverrides, MessageOverrides } from '../../core/display/DisplayOptions';
import type { ColorScheme, SmartcarErrorTheme } from '../../theme/SmartcarErrorTheme';
import type { SmartcarErrorHandlers, SupportContact } from '../SmartcarErrorContext';
import type { HeadingLevel } from '../internal/regionName';

/** The parts of the banner that take a class through `classNames`. */
export type ErrorBannerPart =
  'root' | 'icon' | 'title' | 'message' | 'actions' | 'detail' | 'dismiss';

/** Heading levels the banner's title may take (the kit's one `HeadingLevel`, public by this name). */
export type ErrorBannerHeadingLevel = HeadingLevel;

/**
 * Root `<section>` attributes the banner forwards; it owns `role`, `children` and `title`. `ref` is
 * not a prop here: the component takes it through `forwardRef` (`RefAttributes<HTMLElement>`), so
 * it works in React 18 and 19 and with either version's types.
 */
type SectionAttributes = Omit<
  ComponentPropsWithoutRef<'section'>,
  'children' | 'role' | 'title' | 'className' | 'dangerouslySetInnerHTML'
>;

/** Props of `ErrorBanner`. Display options and handlers override the provider's. */
export interface ErrorBannerProps extends SectionAttributes, SmartcarErrorHandlers {
  /** The failure: anything `parseSmartcarError` accepts, a `SmartcarError`, or an `ErrorDisplay`. */
  readonly error: unknown;
  /** The app's name, filled into messages. Default: the provider's, else a neutral phrase. */
  readonly appName?: string;
  /** BCP 47 tag of the wording. Default: the provider's, else `'en'`. */
  readonly locale?: string;
  /** The vehicle's display name ("Model 3"). Default: none ("your car"). */
  readonly vehicleName?: string;
  /** Title/message overrides by `'TYPE'`, `'TYPE.CODE'` or `'CONNECT.<error>'`. Default: the provider's. */
  readonly messages?: MessageOverrides;
  /** Action list overrides by the same keys. Default: the provider's. */
  readonly actions?: ActionOverrides;
  /** Called when the dismiss button is pressed; the button exists only with it. The banner never hides itself. */
  readonly onDismiss?: () => void;
  /** Support contact for the folded-in support card. Default: the provider's `support`. */
  readonly support?: SupportContact;
  /** Show the API's description, doc link and raw JSON in a closed `<details>`. Default false. */
  readonly showDeveloperDetails?: boolean;
  /** Heading level of the title. Default 2. */
  readonly headingLevel?: ErrorBannerHeadingLevel;
  /** Announce the error through a live region when it appears or changes. Default true. */
  readonly announce?: boolean;
  /** Design tokens for this banner, over the provider's. Default: the provider's. */
  readonly theme?: SmartcarErrorTheme;
  /** `'light'`, `'dark'` or `'system'`. Default: the provider's, else `'light'`. */
  readonly colorScheme?: ColorScheme;
  /** Drop the kit's look, keep behaviour and accessibility. Default false. */
  readonly unstyled?: boolean;
  /** Class added to the root. */
  readonly className?: string;
  /** Classes added to each part. */
  readonly classNames?: Partial<Record<ErrorBannerPart, string>>;
}
