/**
 * Guards for the support card's `mailto:`/`tel:` hrefs (built here, never passed through from
 * input) and its text props. Whether an `http(s):` URL may become an `href` is decided by
 * `httpUrl` in `src/core/url/httpUrl.ts`, the one rule every layer shares. Never throw.
 */

/** Longest e-mail address accepted (RFC 5321 path limit), in characters. */
const MAX_EMAIL_LENGTH = 254;

/**
 * A plain `local@domain.tld` address with none of the characters that would let it smuggle
 * extra `mailto:` headers (`?`, `&`, `#`, `%`), markup or whitespace.
 */
const EMAIL = /^[^\s@<>()[\]"',;:?&#%\\/]+@[^\s@<>()[\]"',;:?&#%\\/]+\.[^\s@<>()[\]"',;:?&#%\\/]+$/;

/** The address when it is a plain e-mail address, else null. */
export function safeEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text.length <= MAX_EMAIL_LENGTH && EMAIL.test(text) ? text : null;
}

/** Fewest and most digits of a dialable number (E.164 allows 15; extensions add a few). */
const MIN_PHONE_DIGITS = 3;
const MAX_PHONE_DIGITS = 20;

/** How a phone number may be written: an optional leading `+`, digits, spaces, `-`, `.`, `/`, `()`. */
const PHONE = /^\+?[\d\s().\-/]+$/;

/**
 * `tel:` href of a phone number: its digits and a leading `+` only. Null when the text holds
 * anything but a written number (letters, markup) or too few or too many digits.
 */
export function telHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!PHONE.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return null;
  return `tel:${text.startsWith('+') ? '+' : ''}${digits}`;
}

/** A non-blank string, trimmed, else null. Guards text props that may arrive as anything. */
export function nonBlank(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}
