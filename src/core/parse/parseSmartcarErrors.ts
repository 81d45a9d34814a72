import { buildSmartcarError } from './buildSmartcarError';
import { textField } from './cleanString';
import type { ErrorParts, FieldReader } from './ErrorParts';
import { MAX_ERRORS, MAX_LIST_ITEMS } from './limits';
import { readParseContext, type ParseContext, type ParseContextInput } from './ParseContext';
import { parseJson } from './parseJson';
import { parseSmartcarError } from './parseSmartcarError';
import { readErrorInstanceParts } from './readErrorInstanceParts';
import { batchItemParts, firstObject, webhookParts } from './readObjectParts';
import { isPlainObject, readParts } from './readParts';
import { readSerialisedParts } from './readSerialisedParts';
import { readFailedSignals } from './readSignalParts';
import { textBody } from './readTextParts';
import { readV3Parts } from './readV3Parts';
import { safeGet, safeIsArray, safeItems } from './safeGet';
import type { SmartcarError } from './SmartcarError';

/**
 * The object items of `list` (among its first `MAX_LIST_ITEMS`) read by `read`, at most
 * `MAX_ERRORS`.
 */
function eachObject(list: unknown, read: (item: object) => ErrorParts): ErrorParts[] {
  const parts: ErrorParts[] = [];
  for (const item of safeItems(list, MAX_LIST_ITEMS)) {
    if (parts.length === MAX_ERRORS) break;
    if (item !== null && typeof item === 'object') parts.push(read(item));
  }
  return parts;
}

/**
 * The parts of every failure in a plain object, tried in the order `readObjectParts` tries the
 * shapes (so the first failure found is the one `parseSmartcarError` reads), or `null` for an
 * input that holds one failure, read by `parseSmartcarError`.
 */
function readAllParts(input: object, context: ParseContext): ErrorParts[] | null {
  const read: FieldReader = (key) => safeGet(input, key);
  const readNested = (nested: unknown, nestedContext: ParseContext): ErrorParts =>
    readParts(nested, nestedContext, 1);
  if (
    readSerialisedParts(read, context) !== null ||
    readErrorInstanceParts(read, context, readNested) !== null
  ) {
    return null;
  }
  const errors = read('errors');
  if (firstObject(errors) !== null) {
    return eachObject(errors, (item) => readV3Parts(item, read, context));
  }
  if (safeIsArray(read('responses'))) return batchItemParts(read, context, readNested, MAX_ERRORS);
  const signals = readFailedSignals(read, context, MAX_ERRORS);
  if (signals !== null) return signals;
  if (textField(read('type')) !== null) return null;
  const items = safeGet(read('data'), 'errors');
  if (firstObject(items) !== null) {
    return eachObject(items, (item) => webhookParts(read, item, context));
  }
  // Any other webhook event (VERIFY, a VEHICLE_STATE without signals, v2's `eventName`): no
  // failure.
  return read('eventType') !== undefined ||
    read('eventName') !== undefined ||
    read('eventId') !== undefined
    ? []
    : null;
}

/**
 * Every failure in an input, as `SmartcarError`s in the order sent: all items of a webhook
 * `VEHICLE_ERROR` event (each with its own `state` — `'RESOLVED'` when Smartcar reports it over —
 * its `signals` and the event's vehicle, id included), every failed signal of a webhook
 * `VEHICLE_STATE` event or an API v3 signals response (the signal's `type` and `code`, the signal
 * in `signals`), all items of a v3 `errors` body, every failed item of a batch. An input that
 * holds no failure (a healthy `VEHICLE_STATE` event, a successful signals response or batch, a
 * `VERIFY` event) gives `[]`; anything else `parseSmartcarError` reads gives
 * `[parseSmartcarError(input, context)]`, and so does an input holding exactly one failure. JSON
 * text is read with `JSON.parse` (broken JSON is one unknown failure, as for the single parser).
 *
 * Bounded whatever the input: at most `MAX_ERRORS` (200) errors, found among the first 1,000
 * items of a list (200 of a batch). Every error's `raw` is the input. Never throws and never
 * mutates `input`.
 */
export function parseSmartcarErrors(input: unknown, context?: ParseContextInput): SmartcarError[] {
  try {
    const value = typeof input === 'string' ? parseJson(textBody(input)) : input;
    const parts =
      value !== null && typeof value === 'object' && isPlainObject(value)
        ? readAllParts(value, readParseContext(context))
        : null;
    if (parts !== null) return parts.map((part) => buildSmartcarError(part, input));
  } catch {
    // a hostile input: read it as one failure, as the single parser does
  }
  return [parseSmartcarError(input, context)];
}
