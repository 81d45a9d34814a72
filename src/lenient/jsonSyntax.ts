/**
 * Low-level, tolerant JSON tokenising of `parseLenientJson`.
 * Every function returns an index at or after the one it was given and never throws, so the
 * loops built on them always end, whatever the text.
 */

export const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;
export const OPEN_BRACE = 0x7b; // {
export const CLOSE_BRACE = 0x7d; // }
export const OPEN_BRACKET = 0x5b; // [
export const CLOSE_BRACKET = 0x5d; // ]
export const COMMA = 0x2c;
export const COLON = 0x3a;
/** Code units up to this one (space) count as whitespace: lenient, and a superset of JSON's. */
const LAST_WHITESPACE = 0x20;
const BYTE_ORDER_MARK = 0xfeff;

/** Next structural character; a global regex scans natively, far faster than a JS loop. */
const STRUCTURAL = /["[\]{}]/g;
/** Where a bare literal (number, true, false, null, or junk) ends. */
const LITERAL_END = /[\s,:[\]{}"]/g;
/** An unquoted (JavaScript-style) object key. */
const IDENTIFIER_END = /[^A-Za-z0-9_$]/g;
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|([\s\S]))/g;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Index of the first non-whitespace code unit at or after `at` (a BOM counts as whitespace). */
export function skipWhitespace(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c <= LAST_WHITESPACE || c === BYTE_ORDER_MARK) i += 1;
    else return i; // NaN past the end compares false: stops at text.length
  }
}

/** Index just after the string starting with the quote at `at`; `text.length` when unterminated. */
export function stringEnd(text: string, at: number): number {
  let quote = text.indexOf('"', at + 1);
  while (quote !== -1) {
    let backslashes = 0;
    for (let i = quote - 1; i > at && text.charCodeAt(i) === BACKSLASH; i -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

/**
 * Index just after the object or array opening at `at` (brackets of either kind counted together).
 */
export function containerEnd(text: string, at: number): number {
  let depth = 0;
  let from = at;
  for (;;) {
    STRUCTURAL.lastIndex = from;
    const match = STRUCTURAL.exec(text);
    if (match === null) return text.length;
    const i = match.index;
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      from = stringEnd(text, i);
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
    else if (--depth === 0) return i + 1;
    from = i + 1;
  }
}

/** Index just after a bare literal starting at `at` (may equal `at` on a delimiter). */
export function literalEnd(text: string, at: number): number {
  LITERAL_END.lastIndex = at;
  const match = LITERAL_END.exec(text);
  return match === null ? text.length : match.index;
}

/** Index just after an unquoted key starting at `at` (may equal `at`). */
export function identifierEnd(text: string, at: number): number {
  IDENTIFIER_END.lastIndex = at;
  const match = IDENTIFIER_END.exec(text);
  return match === null ? text.length : match.index;
}

/** Index just after the value starting at `at` (string, object, array or literal). */
export function valueEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === QUOTE) return stringEnd(text, at);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) return containerEnd(text, at);
  return literalEnd(text, at);
}

function unescapeLeniently(body: string): string {
  return body.replace(ESCAPE, (_match, hex: string | undefined, char: string | undefined) =>
    hex !== undefined
      ? String.fromCharCode(parseInt(hex, 16))
      : (SIMPLE_ESCAPES[char ?? ''] ?? char ?? ''),
  );
}

/**
 * The value of the string token `text[start, end)` (opening quote at `start`). Tolerates broken
 * escapes.
 */
export function decodeString(text: string, start: number, end: number): string {
  const terminated = end - start >= 2 && text.charCodeAt(end - 1) === QUOTE;
  const body = text.slice(start + 1, terminated ? end - 1 : end);
  if (body.indexOf('\\') === -1) return body;
  if (terminated) {
    try {
      return JSON.parse(text.slice(start, end)) as string;
    } catch {
      // a raw control character or a bad escape: fall through to the lenient unescape
    }
  }
  return unescapeLeniently(body);
}

const NUMBER_START = /^-?[\d.]/;

/**
 * The value of the bare literal `text[start, end)`: a number, true, false, null, else undefined.
 */
export function decodeLiteral(text: string, start: number, end: number): unknown {
  const token = text.slice(start, end);
  if (token === 'null') return null;
  if (token === 'true') return true;
  if (token === 'false') return false;
  if (!NUMBER_START.test(token)) return undefined;
  const number = Number(token);
  return Number.isNaN(number) ? undefined : number; // `1e400` is Infinity, as JSON.parse has it
}
