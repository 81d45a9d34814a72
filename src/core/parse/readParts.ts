import { unknownParts, type ErrorParts } from './ErrorParts';
import { MAX_NESTING } from './limits';
import { nestedContext, type ParseContext } from './ParseContext';
import { readConnectParts } from './readConnectParts';
import { orphanDescription, readConnectQuery } from './readConnectQuery';
import { readObjectParts } from './readObjectParts';
import { readTextParts } from './readTextParts';
import { safeGet, safeInstanceOf, safeIsArray } from './safeGet';
import { toStatusCode } from './toStatusCode';

/**
 * Reads any input into `ErrorParts`, following wrappers up to `MAX_NESTING` levels deep (each
 * nested read adds a level, so cycles and self-wrapping inputs end).
 */
export function readParts(input: unknown, context: ParseContext, depth = 0): ErrorParts {
  if (depth > MAX_NESTING) return unknownParts(context);
  const readNested = (nested: unknown, nestedCtx: ParseContext): ErrorParts =>
    readParts(nested, nestedCtx, depth + 1);
  if (typeof input === 'string') {
    const readValue = (value: unknown, valueCtx: ParseContext): ErrorParts =>
      readParts(value, valueCtx, depth);
    return readTextParts(input, context, readValue, readNested);
  }
  if (input === null || typeof input !== 'object') return unknownParts(context);
  // Parsed JSON and object literals (the common case) are none of the special objects below.
  if (!isPlainObject(input)) return readSpecialObject(input, context, readNested);
  return readObjectParts((key) => safeGet(input, key), context, readNested);
}

/**
 * A plain object: parsed JSON or an object literal (not an instance of a class, an array or a URL).
 */
export function isPlainObject(input: object): boolean {
  try {
    const prototype: unknown = Object.getPrototypeOf(input);
    return prototype === Object.prototype || prototype === null;
  } catch {
    return false; // a Proxy whose trap throws: handled as a special object, defensively
  }
}

/** URL, URLSearchParams, Response, arrays, class instances (errors) and Proxies. */
function readSpecialObject(
  input: object,
  context: ParseContext,
  readNested: (nested: unknown, nestedCtx: ParseContext) => ErrorParts,
): ErrorParts {
  // URL, URLSearchParams (any realm) or `window.location`: a Connect redirect when it carries an
  // `error`.
  const params = readConnectQuery(input);
  if (params !== null) {
    return readConnectParts((key) => params.get(key), context, orphanDescription(params));
  }
  if (safeInstanceOf(input, globalThis.Response)) {
    // Its body cannot be read synchronously (parseSmartcarResponse can): status and headers only.
    const status = toStatusCode(safeGet(input, 'status'));
    return unknownParts(nestedContext(context, status, [safeGet(input, 'headers')]));
  }
  if (safeIsArray(input)) {
    const first = safeGet(input, '0');
    return first !== null && typeof first === 'object'
      ? readNested(first, context)
      : unknownParts(context);
  }
  return readObjectParts((key) => safeGet(input, key), context, readNested);
}
