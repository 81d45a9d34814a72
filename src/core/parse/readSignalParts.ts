import type { ErrorParts, FieldReader } from './ErrorParts';
import { MAX_LIST_ITEMS } from './limits';
import type { ParseContext } from './ParseContext';
import { readV2Parts } from './readV2Parts';
import { readVehicle } from './readVehicle';
import { safeGet, safeIsArray, safeItems } from './safeGet';
import type { SmartcarVehicleInfo } from './SmartcarError';

/** The vehicle of a webhook event: `data.vehicle`, its id else the event's `vehicleId`. */
export function eventVehicle(read: FieldReader): SmartcarVehicleInfo | null {
  const vehicle = safeGet(read('data'), 'vehicle');
  return readVehicle((key) => safeGet(vehicle, key), safeGet(vehicle, 'id') ?? read('vehicleId'));
}

/**
 * The failed signals of a signals response or event, in the order sent, at most `limit` (of the
 * first `MAX_LIST_ITEMS` signals): webhook v4 `VEHICLE_STATE` (`data.signals`, a failed signal
 * carries `status: { value: 'ERROR', error: { type, code } }`), API v3 `GET …/signals`
 * (`data: [{ type: 'signal', attributes: { code, name, group, status } }]`, the vehicle in
 * `included.vehicle`) and one v3 signal (`GET …/signals/{code}`: the resource, or `data: {…}`).
 * Each is an error of the signal's `type` and `code`, with the signal in `signals` and the
 * vehicle. `null` when the input holds no signals at all.
 */
export function readFailedSignals(
  read: FieldReader,
  context: ParseContext,
  limit: number,
): ErrorParts[] | null {
  const data = read('data');
  const eventSignals = safeGet(data, 'signals');
  const isEvent = safeIsArray(eventSignals);
  // One v3 signal: in `data`, or the response itself (`GET …/signals/{code}` has no wrapper).
  const one = safeGet(data, 'attributes') === undefined ? { attributes: read('attributes') } : data;
  const list = isEvent ? eventSignals : safeIsArray(data) ? data : [one];
  const included = safeGet(read('included'), 'vehicle');
  const vehicle = isEvent
    ? eventVehicle(read)
    : readVehicle((key) => safeGet(safeGet(included, 'attributes'), key), safeGet(included, 'id'));
  const failed: ErrorParts[] = [];
  for (const item of safeItems(list, MAX_LIST_ITEMS)) {
    if (failed.length === limit) break;
    // A webhook signal's fields are on itself, a v3 signal's in its `attributes`.
    const signal = isEvent ? item : safeGet(item, 'attributes');
    const status = safeGet(signal, 'status');
    if (safeGet(status, 'value') !== 'ERROR') continue;
    // Its error is read as a v2 body (`description`, or `message` as one doc example has it).
    const error = safeGet(status, 'error');
    failed.push({
      ...readV2Parts((key) => safeGet(error, key), context, isEvent ? 'webhook' : 'v3'),
      vehicle,
      signals: [signal],
    });
  }
  return isEvent || safeIsArray(data) || safeGet(one, 'attributes') !== undefined ? failed : null;
}
