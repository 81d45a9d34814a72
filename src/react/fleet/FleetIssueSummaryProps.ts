import type { ComponentPropsWithoutRef } from 'react';
import type { ActionOverrides, MessageOverrides } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import type { VehicleIssuesStore } from '../../core/issues/types';
import type { SmartcarVehicleInfo } from '../../core/parse/SmartcarError';
import type { ColorScheme, SmartcarErrorTheme } from '../../theme/SmartcarErrorTheme';
import type { HeadingLevel } from '../internal/regionName';
import type { SmartcarErrorHandlers, SupportContact } from '../SmartcarErrorContext';

/** The parts of the summary that take a class through `classNames`. */
export type FleetIssueSummaryPart =
  'root' | 'title' | 'group' | 'sentence' | 'vehicles' | 'toggle' | 'actions';

/** Root `<section>` attributes the summary forwards; it owns `role`, `children` and `title`. */
type SectionAttributes = Omit<
  ComponentPropsWithoutRef<'section'>,
  'children' | 'role' | 'title' | 'className' | 'dangerouslySetInnerHTML'
>;

/** Props of `FleetIssueSummary`. Display options and handlers override the provider's. */
export interface FleetIssueSummaryProps extends SectionAttributes, SmartcarErrorHandlers {
  /** The store to show (`createVehicleIssues()`): read with `useSyncExternalStore`. */
  readonly issues: VehicleIssuesStore;
  /** The app's name, filled into action wording. Default: the provider's. */
  readonly appName?: string;
  /** BCP 47 tag of the wording. Default: the provider's, else `'en'`. */
  readonly locale?: string;
  /** Title/message overrides by `'TYPE'`, `'TYPE.CODE'`. Default: the provider's. */
  readonly messages?: MessageOverrides;
  /** Action overrides (labels, URLs) by the same keys. Default: the provider's. */
  readonly actions?: ActionOverrides;
  /** Called for a contact-support group when there is no support URL; without either, no button. */
  readonly onContactSupport?: (
    display: ErrorDisplay,
    vehicles: readonly SmartcarVehicleInfo[],
  ) => void;
  /** Support contact whose `url` a contact-support group links to. Default: the provider's. */
  readonly support?: SupportContact;
  /** Most vehicles a folded group names before "and N more". Default 3 (1–50). */
  readonly maxNames?: number;
  /** Heading level of the summary's title; each group's sentence is one level below. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /** Announce, politely, groups that appear or grow, and the all-clear. Default true. */
  readonly announce?: boolean;
  /** Design tokens for this summary, over the provider's. Default: the provider's. */
  readonly theme?: SmartcarErrorTheme;
  /** `'light'`, `'dark'` or `'system'`. Default: the provider's, else `'light'`. */
  readonly colorScheme?: ColorScheme;
  /** Drop the kit's look, keep behaviour and accessibility. Default false. */
  readonly unstyled?: boolean;
  /** Class added to the root. */
  readonly className?: string;
  /** Classes added to each part. */
  readonly classNames?: Partial<Record<FleetIssueSummaryPart, string>>;
}
