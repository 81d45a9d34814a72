/**
 * The prefilled `mailto:` link of the support card. Pure. Every value is encoded with
 * `encodeURIComponent` (RFC 6068), line breaks become CRLF, and the address itself must be a
 * plain address (`readContact` keeps no other), so nothing in the input can add headers or
 * recipients.
 */
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { formatTemplate } from '../../core/messages/formatTemplate';
import type { UiStrings } from '../../core/messages/LocalePack';
import { isoUtc } from './occurredTime';

/** Written in the e-mail where a value is unknown. */
export const MISSING_VALUE = '—';

/** What the e-mail says. */
export interface SupportEmailInput {
  /** A plain address, as `readContact` keeps it. */
  readonly email: string;
  readonly display: ErrorDisplay;
  readonly ui: UiStrings;
  /** The app's name, or null for the locale's neutral phrase. */
  readonly appName: string | null;
  readonly occurredAt: Date | null;
}

/** The error's code as support reads it: `TYPE.CODE`, or `TYPE` without a code. */
export function errorCodeText(display: ErrorDisplay): string {
  const { type, code } = display;
  return code === null ? type : `${type}.${code}`;
}

/** The subject and body (CRLF lines) of the support e-mail. */
export function supportEmailText(input: Omit<SupportEmailInput, 'email'>): {
  subject: string;
  body: string;
} {
  const { display, ui, appName, occurredAt } = input;
  const app = appName ?? ui.appNameFallback;
  // The subject just leaves a missing id out; the body says it is missing.
  const subject = formatTemplate(ui.supportEmailSubject, {
    app,
    code: errorCodeText(display),
    requestId: display.requestId,
  });
  const body = formatTemplate(ui.supportEmailBody, {
    app,
    requestId: display.requestId ?? MISSING_VALUE,
    type: display.type,
    code: display.code ?? MISSING_VALUE,
    status: display.statusCode ?? MISSING_VALUE,
    time: occurredAt === null ? MISSING_VALUE : isoUtc(occurredAt),
  });
  return { subject, body: body.replace(/\r?\n/g, '\r\n') };
}

/** `mailto:<address>?subject=…&body=…`. */
export function supportMailtoHref(input: SupportEmailInput): string {
  const { subject, body } = supportEmailText(input);
  return `mailto:${input.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
