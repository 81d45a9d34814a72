import type { SupportContact } from '../SmartcarErrorContext';
import type { HeadingLevel } from '../internal/headingLevel';
import type { SectionAttributes, ThemingProps } from '../internal/ThemingProps';

/** The parts of the card that take a class through `classNames`. */
export type SupportContactCardPart =
  'root' | 'title' | 'intro' | 'facts' | 'requestId' | 'copy' | 'contacts';

/**
 * `support`, `appName` and `locale` left out come from the nearest provider; any other `<section>`
 * attribute (`id`, `aria-*`, `data-*`, handlers) goes on the card's root.
 */
export interface SupportContactCardProps
  extends SectionAttributes, ThemingProps<SupportContactCardPart> {
  /**
   * The failure: anything `parseSmartcarError` accepts, a `SmartcarError`, or an `ErrorDisplay`.
   */
  readonly error: unknown;
  /** How to reach support. Default: the provider's `support`. */
  readonly support?: SupportContact;
  /**
   * When the failure happened (epoch ms or a `Date`). Default: no time is shown (the clock is never
   * read).
   */
  readonly occurredAt?: number | Date;
  /** Show the API's description, doc link and raw JSON in a closed `<details>`. Default false. */
  readonly showDeveloperDetails?: boolean;
  /** The app's name, used in the e-mail. Default: the provider's, else a neutral phrase. */
  readonly appName?: string;
  /** BCP 47 tag of the labels. Default: the provider's, else `'en'`. */
  readonly locale?: string;
  /** Heading level of the title. Default 2. */
  readonly headingLevel?: HeadingLevel;
}
