import type { ErrorParts, FieldReader } from './ErrorParts';
import type { ParseContext } from './ParseContext';
import { readV2Parts } from './readV2Parts';
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
 * marker and read as a v2 body, whose first choice of each name is the one `toJSON()` writes
 * (the others are never in that form). Two things are not guessed from the shape: `message` (an
 * instance's "TYPE:CODE - …" text) is hidden, so a `description: null` stays null, and the
 * `format` is kept as it was. `buildSmartcarError` then checks and cleans every value as for any
 * input. `null` when the input carries no marker.
 */
export function readSerialisedParts(read: FieldReader, context: ParseContext): ErrorParts | null {
  if (read(SMARTCAR_ERROR_JSON_MARKER) !== 1) return null;
  const exact: FieldReader = (key) => (key === 'message' ? undefined : read(key));
  return readV2Parts(exact, context, knownFormat(read('format')) ?? 'unknown');
}
