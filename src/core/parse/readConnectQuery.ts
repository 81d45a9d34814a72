import { MAX_QUERY_LENGTH } from './limits';
import { safeGet } from './safeGet';

/** `value` as URLSearchParams when it is one (of any realm or polyfill: checked by its shape). */
function asSearchParams(value: unknown): URLSearchParams | null {
  const looksLikeParams =
    typeof safeGet(value, 'get') === 'function' &&
    typeof safeGet(value, 'getAll') === 'function' &&
    typeof safeGet(value, 'forEach') === 'function';
  return looksLikeParams ? (value as URLSearchParams) : null;
}

function hasError(params: URLSearchParams): boolean {
  const error = params.get('error');
  return error !== null && error.trim() !== '';
}

function paramsOf(query: string): URLSearchParams | null {
  if (typeof URLSearchParams !== 'function') return null;
  const params = new URLSearchParams(query);
  return hasError(params) ? params : null;
}

/** The query (or fragment) part of a redirect string that carries an `error`; else null. */
function paramsFromString(input: string): URLSearchParams | null {
  const text = (input.length > MAX_QUERY_LENGTH ? input.slice(0, MAX_QUERY_LENGTH) : input).trim();
  if (text.length === 0) return null;
  const queryStart = text.indexOf('?');
  const hashStart = text.indexOf('#');
  if (queryStart === -1 && hashStart === -1) {
    // A bare query string: `error=access_denied&error_description=…`.
    return /^[^\s=&]+=/.test(text) ? paramsOf(text) : null;
  }
  if (queryStart !== -1 && (hashStart === -1 || queryStart < hashStart)) {
    const query = text.slice(queryStart + 1, hashStart === -1 ? undefined : hashStart);
    const fromQuery = paramsOf(query);
    if (fromQuery !== null) return fromQuery;
  }
  // Some OAuth flows answer in the fragment.
  return hashStart === -1 ? null : paramsOf(text.slice(hashStart + 1));
}

/**
 * The redirect parameters when `input` (a full redirect URL, `?query`, bare query string,
 * `URL` or `URLSearchParams`) carries an `error`; `null` for a success or anything else.
 */
export function readConnectQuery(input: unknown): URLSearchParams | null {
  const params = asSearchParams(input);
  if (params !== null) return hasError(params) ? params : null;
  if (input !== null && typeof input === 'object') {
    // A URL (of any realm): its href.
    const href = safeGet(input, 'href');
    return typeof href === 'string' ? paramsFromString(href) : null;
  }
  return typeof input === 'string' ? paramsFromString(input) : null;
}

/**
 * The description of a redirect whose `error_description=` key is missing: the documented
 * `oem_cancelled_login` example puts the text in a key of its own, with no value.
 */
export function orphanDescription(params: URLSearchParams): string | null {
  let found: string | null = null;
  params.forEach((value, key) => {
    if (found === null && value === '' && key.includes(' ')) found = key;
  });
  return found;
}
