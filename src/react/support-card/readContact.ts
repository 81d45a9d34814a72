/**
 * The support contact, read once where it enters (the card's `support` prop, else the
 * provider's): each row kept only when its value is usable. `http(s)` URLs follow the kit's one
 * URL rule (`httpUrl`); the `mailto:` and `tel:` hrefs are built by the card from what is kept
 * here, never passed through from input.
 */
import { warnOnce } from '../../core/internal/dev';
import { nonBlank } from '../../core/internal/nonBlank';
import { httpUrl } from '../../core/parse/httpUrl';
import type { SupportContact } from '../SmartcarErrorContext';

/** Replaced by the app's bundler; declared here, not via @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** The usable rows of a contact; null where a value is missing or refused. */
export interface ContactRows {
  /** A plain address (no `?`, `&`, `#`, `%`, markup or whitespace: nothing can add headers). */
  readonly email: string | null;
  readonly url: string | null;
  /** The number as written, shown only with its `tel:` href. */
  readonly phone: string | null;
  /** `tel:` with the digits and a leading `+` only. */
  readonly tel: string | null;
  readonly hours: string | null;
}

/** A plain `local@domain.tld` address of at most 254 characters (RFC 5321's path limit). */
const EMAIL = /^[^\s@<>()[\]"',;:?&#%\\/]+@[^\s@<>()[\]"',;:?&#%\\/]+\.[^\s@<>()[\]"',;:?&#%\\/]+$/;
const MAX_EMAIL_LENGTH = 254;

/**
 * How a phone number may be written: an optional leading `+`, digits, spaces, `-`, `.`, `/`, `()`.
 */
const PHONE = /^\+?[\d\s().\-/]+$/;
/** Fewest and most digits of a dialable number (E.164 allows 15; extensions add a few). */
const MIN_PHONE_DIGITS = 3;
const MAX_PHONE_DIGITS = 20;

function telHref(phone: string | null): string | null {
  if (phone === null || !PHONE.test(phone)) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return null;
  return `tel:${phone.startsWith('+') ? '+' : ''}${digits}`;
}

/** What each kind of contact value must be to be used, for the development warning. */
const CONTACT_RULES = {
  email: 'a plain e-mail address',
  url: 'an http(s) URL with an ASCII host and no credentials',
  phone: 'a written phone number',
} as const;

/** Characters of a refused value quoted in the development warning. */
const QUOTED_CHARS = 80;

/**
 * In development, says once per kind when the host configured a contact the card leaves out, so
 * a support URL on an internationalised domain, say, does not just silently disappear.
 */
function warnIfRefused(kind: keyof typeof CONTACT_RULES, given: string | null, used: unknown) {
  if (used !== null || given === null) return;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `support-card:refused-${kind}`,
      `SupportContactCard leaves out the support ${kind} ${JSON.stringify(given.slice(0, QUOTED_CHARS))}: not ${CONTACT_RULES[kind]}.`,
    );
  }
}

/** The usable rows of `contact` (anything), or null when none is left. */
export function readContact(contact: SupportContact | undefined): ContactRows | null {
  const {
    email: givenEmail,
    url: givenUrl,
    phone: givenPhone,
    hours: givenHours,
  } = typeof contact === 'object' && contact !== null ? contact : ({} as SupportContact);
  const address = nonBlank(givenEmail);
  const email =
    address !== null && address.length <= MAX_EMAIL_LENGTH && EMAIL.test(address) ? address : null;
  const url = httpUrl(givenUrl);
  const phone = nonBlank(givenPhone);
  const tel = telHref(phone);
  const hours = nonBlank(givenHours);
  if (process.env.NODE_ENV !== 'production') {
    warnIfRefused('email', address, email);
    warnIfRefused('url', nonBlank(givenUrl), url);
    warnIfRefused('phone', phone, tel);
  }
  return email === null && url === null && tel === null && hours === null
    ? null
    : { email, url, phone: tel === null ? null : phone, tel, hours };
}
