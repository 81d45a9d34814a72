import { unknownParts, type ErrorParts } from './ErrorParts';
import { OPEN_BRACE, QUOTE, OPEN_BRACKET, skipWhitespace } from './jsonSyntax';
import { MAX_TEXT_LENGTH } from './limits';
import type { ParseContext } from './ParseContext';
import { parseJsonText } from './parseLenientJson';
import { readConnectParts } from './readConnectParts';
import { orphanDescription, readConnectQuery } from './readConnectQuery';
import type { NestedReader } from './readObjectParts';

const LESS_THAN = 0x3c; // <
const QUESTION_MARK = 0x3f;
const HASH = 0x23;
/** A JSON scalar's start: a number, true, false or null. */
const JSON_SCALAR_START = /^(?:-?\d|true\b|false\b|null\b)/;
/** Characters looked at to tell a JSON scalar (`false` is the longest, plus a boundary). */
const JSON_LITERAL_PROBE_LENGTH = 6;

/**
 * A text body (`readValue` reads a value at this level, `readNested` one level deeper): JSON (read leniently, so documented examples with a missing or trailing comma
 * still give their fields), a Connect redirect, HTML from a proxy (nothing of it is kept), plain
 * text (kept as the description) or nothing at all.
 */
export function readTextParts(
  input: string,
  context: ParseContext,
  readValue: NestedReader,
  readNested: NestedReader,
): ErrorParts {
  const text = input.length > MAX_TEXT_LENGTH ? input.slice(0, MAX_TEXT_LENGTH) : input;
  const at = skipWhitespace(text, 0);
  if (at >= text.length) return unknownParts(context);
  const first = text.charCodeAt(at);
  if (first === OPEN_BRACE || first === OPEN_BRACKET || first === QUOTE) {
    // Native JSON.parse first (a JS scanner measured slower, even reading only a few fields),
    // the lenient reader only for broken JSON.
    const value = parseJsonText(text);
    // The parsed value is the same body, not a wrapper: read it at this level, so text and
    // object inputs agree. A JSON string may hold JSON again (double encoding): one level more.
    if (value !== null && typeof value === 'object') return readValue(value, context);
    if (typeof value === 'string') return readNested(value, context);
  } else if (JSON_SCALAR_START.test(text.slice(at, at + JSON_LITERAL_PROBE_LENGTH))) {
    try {
      JSON.parse(text);
      return unknownParts(context); // a bare number, boolean or null
    } catch {
      // plain text that starts like a number ("502 Bad Gateway"): kept below
    }
  }
  if (first === LESS_THAN) return unknownParts(context); // HTML: nothing in it is for anyone
  if (first === QUESTION_MARK || first === HASH || text.includes('error=')) {
    const params = readConnectQuery(text);
    if (params !== null) {
      return readConnectParts((key) => params.get(key), context, orphanDescription(params));
    }
  }
  return unknownParts(context, { description: text.slice(at) });
}
