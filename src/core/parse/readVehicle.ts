import { textField } from './cleanString';
import type { FieldReader } from './ErrorParts';
import type { SmartcarVehicleInfo } from './SmartcarError';

const MAX_YEAR = 9_999;
const YEAR_TEXT = /^\d{1,4}$/;

/** A model year; `0` (how `@smartcar/auth` says "unknown") and anything invalid give `null`. */
function toYear(value: unknown): number | null {
  const year =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && YEAR_TEXT.test(value)
        ? Number(value)
        : NaN;
  return Number.isInteger(year) && year > 0 && year <= MAX_YEAR ? year : null;
}

/**
 * `{ id, vin, make, model, year }` read through `read`, or `null` when none of them is known.
 * `id` is the vehicle's `id` unless given (a webhook event's `vehicleId`; `null` where an `id`
 * would not be a vehicle's, as in Connect parameters).
 */
export function readVehicle(
  read: FieldReader,
  id: unknown = read('id'),
): SmartcarVehicleInfo | null {
  const vehicle: SmartcarVehicleInfo = {
    id: textField(id),
    vin: textField(read('vin')),
    make: textField(read('make')),
    model: textField(read('model')),
    year: toYear(read('year')),
  };
  return Object.values(vehicle).some((value) => value !== null) ? vehicle : null;
}
