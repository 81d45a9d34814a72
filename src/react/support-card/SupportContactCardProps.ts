import type { ComponentPropsWithoutRef } from 'react';
import type { ColorScheme, SmartcarErrorTheme } from '../../theme/SmartcarErrorTheme';
import type { SupportContact } from '../SmartcarErrorContext';
import type { HeadingLevel } from '../internal/regionName';

/** The parts of the card that take a class through `classNames`. */
export type SupportContactCardPart =
  'root' | 'title' | 'intro' | 'facts' | 'requestId' | 'copy' | 'contacts';

/**
 * Root `<section>` attributes the card forwards; it owns `role`, `children` and `title`. `ref` is
 * not a prop here: the component takes it through `forwardRef` (`RefAttributes<HTMLElement>`), so
 * it works in React 18 and 19 and with either version's types.
 */
type SectionAttributes = Omit<
  ComponentPropsWithoutRef<'section'>,
  'children' | 'role' | 'title' | 'className' | 'dangerouslySetInnerHTML'
>;

/** Props of `SupportContactCard`. */
export interface SupportContactCardProps extends SectionAttributes {
  /** The failure: anything `parseSmartcarError` accepts, a `SmartcarError`, or an `ErrorDisplay`. */
  readonly error: unknown;
  /** How to reach support. Default: the provider's `support`. */
  readonly support?: SupportContact;
  /** When the failure happened (epoch ms or a `Date`). Default: no time is shown (the clock is never read). */
  readonly occurredAt?: number | Date;
  /** Show the API's description, doc link and raw JSON in a closed `<details>`. Default false. */
  readonly showDeveloperDetails?: boolean;
  /** The app's name, used in the e-mail. Default: the provider's, else a neutral phrase. */
  readonly appName?: string;
  /** BCP 47 tag of the labels. Default: the provider's, else `'en'`. */
  readonly locale?: string;
  /** Heading level of the title. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /** Design tokens for this card, over the provider's. Default: the provider's. */
  readonly theme?: SmartcarErrorTheme;
  /** `'light'`, `'dark'` or `'system'`. Default: the provider's, else `'light'`. */
  readonly colorScheme?: ColorScheme;
  /** Drop the kit's look, keep behaviour and accessibility. Default false. */
  readonly unstyled?: boolean;
  /** Class added to the root. */
  readonly className?: string;
  /** Classes added to each part. */
  readonly classNames?: Partial<Record<SupportContactCardPart, string>>;
}
