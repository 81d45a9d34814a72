import type { ErrorParts, FieldReader } from './ErrorParts';
import type { ParseContext } from './ParseContext';
import { readVehicle } from './readVehicle';
import { safeGet } from './safeGet';
import { SMARTCAR_ERROR_JSON_MARKER, type SmartcarErrorFormat } from './SmartcarError';

const FORMATS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<SmartcarErrorFormat>([
  'v2',
  'v1',
  'v3',
  'batch',
  'webhook',
  'oauth',
  'connect',
  'network',
  'unknown',
]);

/** `value` when it names a format the kit knows, else `null`. */
export function knownFormat(value: unknown): SmartcarErrorFormat | null {
  return FORMATS.has(value) ? (value as SmartcarErrorFormat) : null;
}

/**
 * The one rule for a `SmartcarError` already parsed: its JSON form (`toJSON()`, and any copy of
 * it made by JSON, `structuredClone` or a framework boundary), or an instance made by another
 * copy of the kit (the marker is on the prototype too). Recognised by the `$smartcarError`
 * marker and read by the exact field names `toJSON()` writes, so nothing is guessed from the
 * shape (a `description: null` does not fall back to `message`, the `format` is kept as it
 * was); `buildSmartcarError` then checks and cleans every value as for any input. `null` when
 * the input carries no marker.
 */
export function readSerialisedParts(read: FieldReader, context: ParseContext): ErrorParts | null {
  if (read(SMARTCAR_ERROR_JSON_MARKER) !== 1) return null;
  const format = read('format');
  const vehicle = read('vehicle');
  return {
    type: read('type'),
    code: read('code'),
    description: read('description'),
    statusCode: read('statusCode'),
    requestId: read('requestId'),
    docURL: read('docURL'),
    resolution: read('resolution'),
    suggestedUserMessage: read('suggestedUserMessage'),
    detail: read('detail'),
    retryAfter: read('retryAfterSeconds'),
    vehicle: readVehicle((key) => safeGet(vehicle, key)),
    state: read('state'),
    signals: read('signals'),
    format: knownFormat(format) ?? 'unknown',
    context,
  };
}
