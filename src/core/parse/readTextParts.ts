import { unknownParts, type ErrorParts } from './ErrorParts';
import { MAX_TEXT_LENGTH } from './limits';
import type { ParseContext } from './ParseContext';
import { parseJson } from './parseJson';
import { readConnectParts } from './readConnectParts';
import { orphanDescription, readConnectQuery } from './readConnectQuery';
import type { NestedReader } from './readObjectParts';

/**
 * The part of a text the parser reads: its first `MAX_TEXT_LENGTH` characters, without leading
 * whitespace (`trimStart` removes what `\s` matches, a byte order mark included, which JSON.parse
 * would refuse).
 */
export function textBody(input: string): string {
  return (input.length > MAX_TEXT_LENGTH ? input.slice(0, MAX_TEXT_LENGTH) : input).trimStart();
}

/**
 * A text body (`readValue` reads a value at this level, `readNested` one level deeper): JSON, a
 * Connect redirect, HTML from a proxy (nothing of it is kept), plain text (kept as the
 * description) or nothing at all. Text that is not valid JSON is plain text here; the opt-in
 * `smartcar-error-kit/lenient` entry reads broken JSON.
 */
export function readTextParts(
  input: string,
  context: ParseContext,
  readValue: NestedReader,
  readNested: NestedReader,
): ErrorParts {
  const body = textBody(input);
  if (body === '') return unknownParts(context);
  // Native JSON.parse fails at the first character that is not JSON, so plain text costs nothing.
  const value = parseJson(body);
  // The parsed value is the same body, not a wrapper: read it at this level, so text and
  // object inputs agree. A JSON string may hold JSON again (double encoding): one level more.
  if (value !== null && typeof value === 'object') return readValue(value, context);
  if (typeof value === 'string') return readNested(value, context);
  if (value !== undefined) return unknownParts(context); // a bare number, boolean or null
  if (body.startsWith('<')) return unknownParts(context); // HTML: nothing in it is for anyone
  if (body.startsWith('?') || body.startsWith('#') || body.includes('error=')) {
    const params = readConnectQuery(body);
    if (params !== null) {
      return readConnectParts((key) => params.get(key), context, orphanDescription(params));
    }
  }
  return unknownParts(context, { description: body });
}
