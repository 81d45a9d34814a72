/**
 * URL guards shared by every component. Only these helpers decide what becomes an `href`:
 * `http(s):` anywhere, `mailto:` and `tel:` only in the support card (built here, never passed
 * through from input). Never throw.
 */

/** Longest URL accepted, in characters; longer input is treated as hostile. */
const MAX_URL_LENGTH = 2048;

/** Highest code point that is an ASCII control character or space, and DEL. */
const LAST_CONTROL_OR_SPACE = 0x20;
const DELETE = 0x7f;

/** ASCII control characters and whitespace inside a URL are never legitimate here. */
function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= LAST_CONTROL_OR_SPACE || code === DELETE) return true;
  }
  return false;
}

/** The input when it is an absolute `http:` or `https:` URL, else null. */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > MAX_URL_LENGTH || hasControlOrSpace(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

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
