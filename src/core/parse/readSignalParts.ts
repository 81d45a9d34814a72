import { pick, unknownParts, type ErrorParts, type FieldReader } from './ErrorParts';
import { MAX_LIST_ITEMS } from './limits';
import type { ParseContext } from './ParseContext';
import { readVehicle } from './readVehicle';
import { safeGet, safeIsArray, safeLength } from './safeGet';
import type { SmartcarErrorFormat, SmartcarVehicleInfo } from './SmartcarError';

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** The vehicle of a webhook event: `data.vehicle`, its id else the event's `vehicleId`. */
export function eventVehicle(read: FieldReader): SmartcarVehicleInfo | null {
  const vehicle = safeGet(read('data'), 'vehicle');
  return readVehicle((key) => safeGet(vehicle, key), safeGet(vehicle, 'id') ?? read('vehicleId'));
}

/** An API v3 response's vehicle: `included.vehicle`, its `id` and `attributes`. */
function includedVehicle(read: FieldReader): SmartcarVehicleInfo | null {
  const vehicle = safeGet(read('included'), 'vehicle');
  const attributes = safeGet(vehicle, 'attributes');
  return readVehicle((key) => safeGet(attributes, key), safeGet(vehicle, 'id'));
}

/** A signal's error, when its `status` says it failed (`value: 'ERROR'`, or an `error` object). */
function signalError(status: unknown): object | null {
  const error = safeGet(status, 'error');
  if (isObject(error)) return error;
  return safeGet(status, 'value') === 'ERROR' ? {} : null;
}

/** One signal (v3: its `attributes`) as an error, or `null` when it did not fail. */
function failedSignalParts(
  signal: FieldReader,
  vehicle: SmartcarVehicleInfo | null,
  format: SmartcarErrorFormat,
  context: ParseContext,
): ErrorParts | null {
  const attributes = signal('attributes');
  const read: FieldReader = isObject(attributes) ? (key) => safeGet(attributes, key) : signal;
  const error = signalError(read('status'));
  if (error === null) return null;
  const readError: FieldReader = (key) => safeGet(error, key);
  return unknownParts(context, {
    type: readError('type'),
    code: readError('code'),
    description: pick(readError, 'description', 'message'),
    docURL: readError('docURL'),
    resolution: readError('resolution'),
    suggestedUserMessage: readError('suggestedUserMessage'),
    vehicle,
    signals: [{ code: read('code'), name: read('name'), group: read('group') }],
    format,
  });
}

/**
 * The failed signals of a signals response or event, in the order sent, at most `limit` (of
 * the first `MAX_LIST_ITEMS` signals): webhook v4 `VEHICLE_STATE` (`data.signals`, a failed
 * signal carries `status: { value: 'ERROR', error: { type, code } }`), API v3 `GET …/signals`
 * (`data: [{ type: 'signal', attributes: { code, name, group, status } }]`), one v3 signal
 * (`data: {…}`, or the resource itself) and a webhook signal object alone. Each is an error of the
 * signal's `type` and `code`, with the signal in `signals` and the event's vehicle. `null` when
 * the input holds no signals at all.
 */
export function readFailedSignals(
  read: FieldReader,
  context: ParseContext,
  limit: number,
): ErrorParts[] | null {
  const data = read('data');
  const eventSignals = safeGet(data, 'signals');
  if (safeIsArray(eventSignals)) {
    return failedSignalsOf(eventSignals, eventVehicle(read), 'webhook', context, limit);
  }
  const vehicle = includedVehicle(read);
  if (safeIsArray(data)) return failedSignalsOf(data, vehicle, 'v3', context, limit);
  let parts: ErrorParts | null;
  if (isObject(safeGet(data, 'attributes'))) {
    parts = failedSignalParts((key) => safeGet(data, key), vehicle, 'v3', context);
  } else if (isObject(read('attributes'))) {
    parts = failedSignalParts(read, vehicle, 'v3', context);
  } else if (isObject(read('status')) && typeof read('group') === 'string') {
    // A webhook signal object alone (`{ code, name, group, status }`).
    parts = failedSignalParts(read, null, 'webhook', context);
  } else {
    return null;
  }
  return parts === null ? [] : [parts];
}

function failedSignalsOf(
  list: readonly unknown[],
  vehicle: SmartcarVehicleInfo | null,
  format: SmartcarErrorFormat,
  context: ParseContext,
  limit: number,
): ErrorParts[] {
  const failed: ErrorParts[] = [];
  const count = Math.min(safeLength(list), MAX_LIST_ITEMS);
  for (let i = 0; i < count && failed.length < limit; i += 1) {
    const item = safeGet(list, String(i));
    const parts = failedSignalParts((key) => safeGet(item, key), vehicle, format, context);
    if (parts !== null) failed.push(parts);
  }
  return failed;
}
