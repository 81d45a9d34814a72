import { actionForResolution, lookupCatalogue } from '../catalogue/lookupCatalogue';
import type { SmartcarError } from '../parse/SmartcarError';
import type { VehicleIssueAction } from './types';

/**
 * What resolves an issue: the error's own resolution (`REAUTHENTICATE` → reconnect…), else the
 * catalogue's, as the display's primary action. `null` when nobody can act: the catalogue gives
 * nothing but dismiss, or the failure is a documented incompatibility (a feature the car does not
 * have: Smartcar's `CONTACT_SUPPORT` on `VEHICLE_NOT_CAPABLE` changes no car), or an `open-url`
 * with no link to open.
 */
export function issueAction(error: SmartcarError): VehicleIssueAction {
  const entry = lookupCatalogue(error.type, error.code);
  if (entry.type === 'COMPATIBILITY' && entry.resolution === null) return null;
  const kind = actionForResolution(error.resolution.type) ?? entry.action;
  if (kind === 'dismiss' || (kind === 'open-url' && error.resolution.url === null)) return null;
  return kind;
}

/** Groups are listed in this order: what the person must do first, then what passes by itself. */
export const ACTION_ORDER: readonly VehicleIssueAction[] = [
  'reconnect',
  'billing',
  'open-url',
  'contact-support',
  'retry',
  null,
];
