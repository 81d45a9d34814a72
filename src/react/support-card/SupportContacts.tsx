/**
 * The contact rows of the support card — e-mail (`mailto:` prefilled), help page (http(s) only,
 * new tab), phone (`tel:` digits) and hours (text) — each only when its value is present and
 * valid. Renders nothing when no row is left.
 */
import { warnOnce } from '../../core/dev';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { httpUrl } from '../../core/url/httpUrl';
import { ExternalLink } from '../internal/ExternalLink';
import { nonBlank, safeEmail, telHref } from '../internal/safeUrl';
import type { KitUiStrings } from '../internal/useUiStrings';
import type { SupportContact } from '../SmartcarErrorContext';
import { supportMailtoHref } from './supportEmail';

/** Replaced by the app's bundler; declared here, not through @types/node (see core/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Reads one field of a contact object that may be anything. Never throws. */
function field(contact: unknown, key: keyof SupportContact): unknown {
  try {
    return typeof contact === 'object' && contact !== null
      ? (contact as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/** Characters of a refused value quoted in the development warning. */
const QUOTED_CHARS = 80;

/** What each kind of contact value must be to be used, for the development warning. */
const CONTACT_RULES = {
  email: 'a plain e-mail address',
  url: 'an http(s) URL with an ASCII host and no credentials',
  phone: 'a written phone number',
} as const;

/**
 * In development, says once per kind when the host configured a contact the card leaves out, so
 * a support URL on an internationalised domain, say, does not just silently disappear.
 */
function warnIfRefused(kind: keyof typeof CONTACT_RULES, given: unknown, used: string | null) {
  const text = nonBlank(given);
  if (used !== null || text === null) return;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `support-card:refused-${kind}`,
      `SupportContactCard leaves out the support ${kind} ${JSON.stringify(text.slice(0, QUOTED_CHARS))}: not ${CONTACT_RULES[kind]}.`,
    );
  }
}

/** Props of `SupportContacts`. */
export interface SupportContactsProps {
  readonly contact: SupportContact | undefined;
  readonly display: ErrorDisplay;
  readonly ui: KitUiStrings;
  readonly appName: string | null;
  readonly occurredAt: Date | null;
  readonly className?: string | undefined;
}

/** Whether a contact has at least one usable row. */
export function hasContactRows(contact: unknown): boolean {
  return (
    safeEmail(field(contact, 'email')) !== null ||
    httpUrl(field(contact, 'url')) !== null ||
    telHref(field(contact, 'phone')) !== null ||
    nonBlank(field(contact, 'hours')) !== null
  );
}

/** The support contacts as a description list. */
export function SupportContacts({
  contact,
  display,
  ui,
  appName,
  occurredAt,
  className,
}: SupportContactsProps) {
  const email = safeEmail(field(contact, 'email'));
  const mailto =
    email === null ? null : supportMailtoHref({ email, display, ui, appName, occurredAt });
  const url = httpUrl(field(contact, 'url'));
  const phone = nonBlank(field(contact, 'phone'));
  const tel = telHref(phone);
  const hours = nonBlank(field(contact, 'hours'));
  if (process.env.NODE_ENV !== 'production') {
    warnIfRefused('email', field(contact, 'email'), email);
    warnIfRefused('url', field(contact, 'url'), url);
    warnIfRefused('phone', phone, tel);
  }
  if (mailto === null && url === null && tel === null && hours === null) return null;
  return (
    <dl className={className} data-sek-part="contacts">
      {mailto !== null && (
        <div data-sek-part="email">
          <dt>{ui.supportEmail}</dt>
          <dd>
            <a href={mailto} dir="ltr" data-sek-link="">
              {email}
            </a>
          </dd>
        </div>
      )}
      {url !== null && (
        <div data-sek-part="url">
          <dt>{ui.supportUrl}</dt>
          <dd>
            <ExternalLink url={url} newTabLabel={ui.opensInNewTab} data-sek-link="">
              <bdi dir="ltr">{url}</bdi>
            </ExternalLink>
          </dd>
        </div>
      )}
      {tel !== null && phone !== null && (
        <div data-sek-part="phone">
          <dt>{ui.supportPhone}</dt>
          <dd>
            <a href={tel} dir="ltr" data-sek-link="">
              {phone}
            </a>
          </dd>
        </div>
      )}
      {hours !== null && (
        <div data-sek-part="hours">
          <dt>{ui.supportHours}</dt>
          <dd>{hours}</dd>
        </div>
      )}
    </dl>
  );
}
