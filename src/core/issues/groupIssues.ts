import type { SmartcarVehicleInfo } from '../parse/SmartcarError';
import { ACTION_ORDER } from './issueAction';
import type { VehicleIssue, VehicleIssueAction, VehicleIssueGroup } from './types';

/**
 * The issues grouped by the action that resolves them, in `ACTION_ORDER`; each group's vehicles
 * are distinct (by vehicle key), in the order of their first issue. Issues that name no vehicle
 * count in their group but add no vehicle.
 */
export function groupIssues(issues: readonly VehicleIssue[]): readonly VehicleIssueGroup[] {
  const byAction = new Map<
    VehicleIssueAction,
    { issues: VehicleIssue[]; vehicles: Map<string, SmartcarVehicleInfo> }
  >();
  for (const issue of issues) {
    let group = byAction.get(issue.action);
    if (group === undefined) {
      group = { issues: [], vehicles: new Map() };
      byAction.set(issue.action, group);
    }
    group.issues.push(issue);
    if (
      issue.vehicle !== null &&
      issue.vehicleKey !== '' &&
      !group.vehicles.has(issue.vehicleKey)
    ) {
      group.vehicles.set(issue.vehicleKey, issue.vehicle);
    }
  }
  const groups: VehicleIssueGroup[] = [];
  for (const action of ACTION_ORDER) {
    const group = byAction.get(action);
    if (group === undefined) continue;
    groups.push(
      Object.freeze({
        action,
        issues: Object.freeze(group.issues),
        vehicles: Object.freeze([...group.vehicles.values()]),
      }),
    );
  }
  return Object.freeze(groups);
}
