import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import type { SmartcarError } from '../parse/SmartcarError';

/**
 * A key that is the same for one kind of error on one vehicle — type and code (any case), then
 * the vehicle's id, else its VIN, else its name — and never includes the request id or the
 * state, so repeats coalesce and a `RESOLVED` finds the `ERROR` it ends.
 */
export function displayKey(
  error: SmartcarError,
  entry: CatalogueEntry,
  vehicleName: string | null,
): string {
  const kind =
    entry.code !== null
      ? entry.kind
      : `${error.type}.${error.code === null ? '' : error.code}`.toUpperCase();
  const vehicle = error.vehicle?.id ?? error.vehicle?.vin ?? vehicleName;
  return vehicle === null || vehicle === '' ? kind : `${kind}@${vehicle}`;
}
