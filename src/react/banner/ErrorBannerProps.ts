import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { SmartcarErrorHandlers, SupportContact } from '../SmartcarErrorContext';
import type { HeadingLevel } from '../internal/headingLevel';
import type { SectionAttributes, ThemingProps } from '../internal/ThemingProps';

/** The parts of the banner that take a class through `classNames`. */
export type ErrorBannerPart =
  'root' | 'icon' | 'title' | 'message' | 'actions' | 'detail' | 'dismiss';

/** Heading levels of the banner's title: the kit's one `HeadingLevel`, public by this name. */
export type ErrorBannerHeadingLevel = HeadingLevel;

/** Props of `ErrorBanner`. Display options and handlers override the provider's. */
export interface ErrorBannerProps
  extends
    SectionAttributes,
    SmartcarErrorHandlers,
    Pick<DisplayOptions, 'appName' | 'locale' | 'vehicleName' | 'messages' | 'actions'>,
    ThemingProps<ErrorBannerPart> {
  /**
   * The failure: anything `parseSmartcarError` accepts, a `SmartcarError`, or an `ErrorDisplay`.
   */
  readonly error: unknown;
  /**
   * Called when the dismiss button is pressed; the button exists only with it. The banner never
   * hides itself.
   */
  readonly onDismiss?: () => void;
  /** Support contact for the folded-in support card. Default: the provider's `support`. */
  readonly support?: SupportContact;
  /** Show the API's description, doc link and raw JSON in a closed `<details>`. Default false. */
  readonly showDeveloperDetails?: boolean;
  /** Heading level of the title. Default 2. */
  readonly headingLevel?: ErrorBannerHeadingLevel;
  /** Announce the error through a live region when it appears or changes. Default true. */
  readonly announce?: boolean;
}
