import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  decodeLiteral,
  decodeString,
  identifierEnd,
  literalEnd,
  skipWhitespace,
  stringEnd,
  valueEnd,
} from './jsonSyntax';

/** Nesting depth the lenient JSON reader builds; deeper values are skipped. */
const MAX_LENIENT_DEPTH = 64;

interface Cursor {
  readonly text: string;
  at: number;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    // As JSON.parse does: an own property, never the prototype.
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

function readKey(cursor: Cursor): string | null {
  const { text, at } = cursor;
  if (text.charCodeAt(at) === QUOTE) {
    const end = stringEnd(text, at);
    cursor.at = end;
    return decodeString(text, at, end);
  }
  const end = identifierEnd(text, at);
  if (end === at) return null;
  cursor.at = end;
  return text.slice(at, end);
}

function readObject(cursor: Cursor, depth: number): Record<string, unknown> {
  const { text } = cursor;
  const out: Record<string, unknown> = {};
  cursor.at += 1;
  while (cursor.at < text.length) {
    cursor.at = skipWhitespace(text, cursor.at);
    const c = text.charCodeAt(cursor.at);
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      cursor.at += 1;
      break;
    }
    if (c === COMMA) {
      cursor.at += 1;
      continue;
    }
    const key = readKey(cursor);
    if (key === null) {
      cursor.at += 1; // junk: skip one code unit
      continue;
    }
    cursor.at = skipWhitespace(text, cursor.at);
    if (text.charCodeAt(cursor.at) !== COLON) continue;
    cursor.at = skipWhitespace(text, cursor.at + 1);
    const value = readValue(cursor, depth + 1);
    if (value !== undefined) setOwn(out, key, value);
  }
  return out;
}

function readArray(cursor: Cursor, depth: number): unknown[] {
  const { text } = cursor;
  const out: unknown[] = [];
  cursor.at += 1;
  while (cursor.at < text.length) {
    cursor.at = skipWhitespace(text, cursor.at);
    const c = text.charCodeAt(cursor.at);
    if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      cursor.at += 1;
      break;
    }
    if (c === COMMA) {
      cursor.at += 1;
      continue;
    }
    const start = cursor.at;
    const value = readValue(cursor, depth + 1);
    if (cursor.at === start)
      cursor.at += 1; // junk such as a stray colon
    else if (value !== undefined) out.push(value);
  }
  return out;
}

/** Reads the value at `cursor.at` (already past whitespace); `undefined` when there is none. */
function readValue(cursor: Cursor, depth: number): unknown {
  const { text, at } = cursor;
  const c = text.charCodeAt(at);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    if (depth >= MAX_LENIENT_DEPTH) {
      cursor.at = valueEnd(text, at);
      return undefined;
    }
    return c === OPEN_BRACE ? readObject(cursor, depth) : readArray(cursor, depth);
  }
  if (c === QUOTE) {
    const end = stringEnd(text, at);
    cursor.at = end;
    return decodeString(text, at, end);
  }
  const end = literalEnd(text, at);
  cursor.at = end;
  return end === at ? undefined : decodeLiteral(text, at, end);
}

/**
 * Reads JSON the way a person would: missing or trailing commas, unquoted keys, unterminated
 * strings or brackets (truncated bodies) and junk between values are tolerated, so a body with a
 * documentation defect still yields its fields. Identical to `JSON.parse` on valid JSON.
 * Depth-bounded and linear in the text length; `undefined` when no value can be read. Never throws.
 */
export function parseLenientJson(text: string): unknown {
  try {
    const cursor: Cursor = { text, at: skipWhitespace(text, 0) };
    return readValue(cursor, 0);
  } catch {
    return undefined;
  }
}
