import { buildSmartcarError } from './buildSmartcarError';
import { unknownParts } from './ErrorParts';
import { readParseContext, type ParseContextInput } from './ParseContext';
import { readParts } from './readParts';
import { isGenuineSmartcarError, type SmartcarError } from './SmartcarError';

/**
 * Turns anything a Smartcar failure arrives as into one complete `SmartcarError`: v2/v1/v3
 * bodies (objects or valid JSON text; broken JSON is read by the opt-in
 * `smartcar-error-kit/lenient` entry), Node SDK errors and their JSON, snake_case SDK JSON,
 * `@smartcar/auth` errors, Connect redirects, OAuth token errors, network failures
 * (`type: 'NETWORK'`, code `'TIMEOUT'`, `'ABORTED'` or null), HTML/plain-text/empty bodies
 * (`'UNKNOWN'`). From an input that can hold several failures it reads the first: a webhook
 * `VEHICLE_ERROR` event's first item (with its `state`, `'RESOLVED'` when Smartcar reports it
 * over, its `signals` and the event's vehicle, id included), the first failed signal of a
 * webhook `VEHICLE_STATE` event or an API v3 signals response, a v3 `errors` body's first item,
 * a batch's first failed item; `parseSmartcarErrors` reads them all. A `SmartcarError` is
 * returned as is (one from another copy of the kit, or a look-alike, is read again field by
 * field); its `toJSON()` form, or a JSON or `structuredClone` copy of it, is read back into an
 * equal error (`raw` is then that object). `context` adds the HTTP status, headers
 * (`SC-Request-Id`, `Retry-After`) and clock (`now`, epoch ms) when the body lacks them.
 * Never throws and never mutates `input`, whatever it is.
 */
export function parseSmartcarError(input: unknown, context?: ParseContextInput): SmartcarError {
  try {
    if (isGenuineSmartcarError(input)) return input;
    return buildSmartcarError(readParts(input, readParseContext(context)), input);
  } catch {
    // Even reading the context failed: nothing is known but the input.
    return buildSmartcarError(unknownParts(readParseContext(undefined)), input);
  }
}
