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

/** `{ vin, make, model, year }` read through `read`, or `null` when none of them is known. */
export function readVehicle(read: FieldReader): SmartcarVehicleInfo | null {
  const vehicle: SmartcarVehicleInfo = {
    vin: textField(read('vin')),
    make: textField(read('make')),
    model: textField(read('model')),
    year: toYear(read('year')),
  };
  return vehicle.vin === null &&
    vehicle.make === null &&
    vehicle.model === null &&
    vehicle.year === null
    ? null
    : vehicle;
}
