/**
 * Internal: what the fleet summary says about one group — its wording key, how many vehicles it
 * concerns, its sentence, and the names it shows (bounded, whatever the fleet's size).
 */
import { describeVehicle } from '../../core/display/describeVehicle';
import { nonBlank } from '../../core/internal/nonBlank';
import type { VehicleIssueGroup } from '../../core/issues/types';
import { formatPlural } from '../../core/messages/formatPlural';
import type { FleetGroupKey, FleetStrings } from '../../core/messages/LocalePack';

/** Most names an unfolded group lists; the rest are counted ("and 950 more"). */
export const MAX_LISTED_VEHICLES = 50;
/** Names a folded group shows by default. */
export const DEFAULT_MAX_NAMES = 3;

/** The wording key of a group: its action, or `'none'` when nobody can act. */
export const groupKeyOf = (group: VehicleIssueGroup): FleetGroupKey => group.action ?? 'none';

/** The distinct vehicles of a group; issues that name no vehicle count as one. */
export function vehicleCountOf(group: VehicleIssueGroup): number {
  const keys = new Set<string>();
  for (const issue of group.issues) keys.add(issue.vehicleKey);
  return Math.max(keys.size, group.vehicles.length);
}

/** "3 cars need reconnecting", in the pack's language. */
export function groupSentence(
  fleet: FleetStrings,
  key: FleetGroupKey,
  count: number,
  locale: string,
): string {
  const cars = fleet.cars === undefined ? null : formatPlural(fleet.cars, count, locale);
  return formatPlural(fleet.groups[key], count, locale, { cars });
}

/**
 * The names of the group's first vehicles that have one (year make model, else the VIN), at most
 * `MAX_LISTED_VEHICLES`: the scan stops there, so a group of any size costs the same.
 */
export function vehicleNamesOf(group: VehicleIssueGroup, template: string): readonly string[] {
  const names: string[] = [];
  for (const vehicle of group.vehicles) {
    const name = nonBlank(describeVehicle(vehicle, template) ?? vehicle.vin);
    if (name !== null) names.push(name);
    if (names.length === MAX_LISTED_VEHICLES) break;
  }
  return names;
}

/** A `maxNames` prop as a whole number in 1..MAX_LISTED_VEHICLES, else the default. */
export function maxNamesOr3(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(Math.max(Math.floor(value), 1), MAX_LISTED_VEHICLES)
    : DEFAULT_MAX_NAMES;
}
