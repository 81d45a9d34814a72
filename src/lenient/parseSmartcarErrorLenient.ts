import { buildSmartcarError } from '../core/parse/buildSmartcarError';
import { MAX_TEXT_LENGTH } from '../core/parse/limits';
import { readParseContext, type ParseContextInput } from '../core/parse/ParseContext';
import { parseSmartcarError } from '../core/parse/parseSmartcarError';
import { readParts } from '../core/parse/readParts';
import type { SmartcarError } from '../core/parse/SmartcarError';
import { parseLenientJson } from './parseLenientJson';

/** Text that starts like a JSON object or array: the only text read leniently. */
const JSON_CONTAINER_START = /^\s*[[{]/;

/**
 * `parseSmartcarError`, except that text which starts like a JSON object or array but is not
 * valid JSON (a documentation example with a missing or trailing comma, unquoted keys, a body
 * cut off in transit) is read by `parseLenientJson`, so its fields still reach the error. `raw`
 * is the text as given. Everything else, valid JSON included, is exactly `parseSmartcarError`'s.
 * Never throws.
 */
export function parseSmartcarErrorLenient(
  input: unknown,
  context?: ParseContextInput,
): SmartcarError {
  const strict = parseSmartcarError(input, context);
  if (typeof input !== 'string' || strict.format !== 'unknown') return strict;
  const text = input.slice(0, MAX_TEXT_LENGTH);
  if (!JSON_CONTAINER_START.test(text)) return strict;
  try {
    const value = parseLenientJson(text);
    if (value === null || typeof value !== 'object') return strict;
    return buildSmartcarError(readParts(value, readParseContext(context)), input);
  } catch {
    return strict;
  }
}
