/**
 * The contact rows of the support card — e-mail (`mailto:` prefilled), help page (http(s) only,
 * new tab), phone (`tel:` digits) and hours (text) — each only when its value is present and
 * valid (see `readContact`).
 */
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { BreakableText } from '../internal/BreakableText';
import { ExternalLink } from '../internal/ExternalLink';
import type { UiStrings } from '../../core/messages/LocalePack';
import type { ContactRows } from './readContact';
import { supportMailtoHref } from './supportEmail';

export interface SupportContactsProps {
  /** The contact as `readContact` read it. */
  readonly rows: ContactRows;
  readonly display: ErrorDisplay;
  readonly ui: UiStrings;
  readonly appName: string | null;
  readonly occurredAt: Date | null;
  readonly className?: string | undefined;
}

/** The support contacts as a description list. */
export function SupportContacts({
  rows,
  display,
  ui,
  appName,
  occurredAt,
  className,
}: SupportContactsProps) {
  const { email, url, phone, tel, hours } = rows;
  const mailto =
    email === null ? null : supportMailtoHref({ email, display, ui, appName, occurredAt });
  return (
    <dl className={className} data-sek-part="contacts">
      {email !== null && mailto !== null && (
        <div data-sek-part="email">
          <dt>{ui.supportEmail}</dt>
          <dd>
            <a href={mailto} dir="ltr" data-sek-link="">
              <BreakableText text={email} />
            </a>
          </dd>
        </div>
      )}
      {url !== null && (
        <div data-sek-part="url">
          <dt>{ui.supportUrl}</dt>
          <dd>
            <ExternalLink url={url} newTabLabel={ui.opensInNewTab} data-sek-link="">
              <bdi dir="ltr">
                <BreakableText text={url} />
              </bdi>
            </ExternalLink>
          </dd>
        </div>
      )}
      {tel !== null && (
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
