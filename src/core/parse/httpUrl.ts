import { hasControlChar } from './cleanString';
import { MAX_STRING_LENGTH } from './limits';

/**
 * `http(s)://host` then an optional path/query/fragment, no whitespace anywhere. The host part
 * excludes `@`, so `https://smartcar.com@evil.example` (credentials in the URL, a phishing
 * classic) is refused. The two parts are disjoint, so there is no backtracking blow-up.
 */
const ABSOLUTE_HTTP_URL = /^https?:\/\/[^\s/?#\\@]+(?:[/?#][^\s]*)?$/i;

/**
 * The URL when `value` is an absolute `http:` or `https:` URL, else `null` (relative URLs,
 * `javascript:`, `data:`, control characters, over-long or non-string values).
 */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_STRING_LENGTH) return null;
  const url = value.trim();
  if (!ABSOLUTE_HTTP_URL.test(url) || hasControlChar(url)) return null;
  return url;
}
