import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import type { VehicleIssuesStore } from '../../core/issues/types';
import type { SmartcarVehicleInfo } from '../../core/parse/SmartcarError';
import type { HeadingLevel } from '../internal/headingLevel';
import type { SmartcarErrorHandlers, SupportContact } from '../SmartcarErrorContext';
import type { SectionAttributes, ThemingProps } from '../internal/ThemingProps';

/** The parts of the summary that take a class through `classNames`. */
export type FleetIssueSummaryPart =
  'root' | 'title' | 'group' | 'sentence' | 'vehicles' | 'toggle' | 'actions';

/** Props of `FleetIssueSummary`. Display options and handlers override the provider's. */
export interface FleetIssueSummaryProps
  extends
    SectionAttributes,
    SmartcarErrorHandlers,
    Pick<DisplayOptions, 'appName' | 'locale' | 'messages' | 'actions'>,
    ThemingProps<FleetIssueSummaryPart> {
  /** The store to show (`createVehicleIssues()`): read with `useSyncExternalStore`. */
  readonly issues: VehicleIssuesStore;
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
}
