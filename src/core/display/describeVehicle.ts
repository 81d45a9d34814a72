import { formatTemplate } from '../messages/formatTemplate';
import { nonBlank } from '../internal/nonBlank';
import { makeName } from './makeName';
import type { SmartcarVehicleInfo } from '../parse/SmartcarError';

/**
 * A vehicle as a person knows it: its year, make (as people write it: `TESLA` → Tesla) and model
 * through the locale's `vehicleDescription` template ("2020 Tesla Model 3"), or null when neither
 * make nor model is known. The one vehicle naming of the display model and the fleet summary.
 */
export function describeVehicle(
  vehicle: SmartcarVehicleInfo | null,
  template: string,
): string | null {
  if (vehicle === null || (vehicle.make === null && vehicle.model === null)) return null;
  const year = typeof vehicle.year === 'number' && vehicle.year > 0 ? vehicle.year : null;
  const make = vehicle.make === null ? null : makeName(vehicle.make);
  return nonBlank(formatTemplate(template, { year, make, model: vehicle.model }));
}
