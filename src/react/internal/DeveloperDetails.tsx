/**
 * Internal: what a developer needs and an end user must never see by default — the API's
 * English `description`, the `docURL` link and the parsed error as JSON (`display.error`, the
 * `SmartcarError#toJSON()` form: plain data, so it is the same after a server→client crossing;
 * the raw input is not in the display) — folded in a `<details>`.
 * Render it only behind an explicit `showDeveloperDetails` prop.
 *
 * Props: `display`, `summary` (the `<summary>` text, e.g. `ui.developerDetails`), `newTabLabel`,
 * `className`. Exposes `data-sek-part="developer-details"`.
 */
import { useId } from 'react';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { BreakableText } from './BreakableText';
import { ExternalLink } from './ExternalLink';

/**
 * Developer-details labels. They stay English on purpose: the text they label (`description`,
 * raw JSON) is English too. Every label an end user sees is in `UiStrings`.
 */
const DEVELOPER_LABELS = {
  description: 'Description',
  documentation: 'Documentation',
  raw: 'Error (JSON)',
  type: 'Type',
  status: 'HTTP status',
} as const;

/** Longest JSON shown, in characters; the rest is cut with an ellipsis. */
const MAX_RAW_JSON_CHARS = 20_000;

/** Spaces of indentation in the JSON. */
const JSON_INDENT = 2;

/** A value as indented JSON, or null when it has no JSON form. Never throws. */
export function rawJson(raw: unknown): string | null {
  if (raw === undefined || typeof raw === 'function' || typeof raw === 'symbol') return null;
  try {
    const json = JSON.stringify(
      raw,
      (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
      JSON_INDENT,
    );
    if (typeof json !== 'string' || json === '{}')
      return typeof raw === 'string' ? raw : (json ?? null);
    return json.length > MAX_RAW_JSON_CHARS ? `${json.slice(0, MAX_RAW_JSON_CHARS)}…` : json;
  } catch {
    return null;
  }
}

export interface DeveloperDetailsProps {
  readonly display: ErrorDisplay;
  readonly summary: string;
  readonly newTabLabel: string;
  readonly className?: string | undefined;
}

/** Description, doc link and the error's JSON in a closed `<details>`. */
export function DeveloperDetails({
  display,
  summary,
  newTabLabel,
  className,
}: DeveloperDetailsProps) {
  const { type, code, statusCode: status, description } = display;
  const json = rawJson(display.error);
  const rawLabelId = useId();
  return (
    <details className={className} data-sek-part="developer-details">
      <summary>{summary}</summary>
      <dl>
        <dt>{DEVELOPER_LABELS.type}</dt>
        <dd>
          <code>
            <BreakableText text={code === null ? type : `${type}.${code}`} />
          </code>
        </dd>
        {status !== null && (
          <>
            <dt>{DEVELOPER_LABELS.status}</dt>
            <dd>{status}</dd>
          </>
        )}
        {description !== null && (
          <>
            <dt>{DEVELOPER_LABELS.description}</dt>
            {/* The API's own sentence (English): its direction is its own, so in a right-to-left
                banner its full stop stays at its end. */}
            <dd dir="auto">{description}</dd>
          </>
        )}
        {display.docURL !== null && (
          <>
            <dt>{DEVELOPER_LABELS.documentation}</dt>
            <dd>
              <ExternalLink url={display.docURL} newTabLabel={newTabLabel} data-sek-link="">
                <BreakableText text={display.docURL} />
              </ExternalLink>
            </dd>
          </>
        )}
      </dl>
      {json !== null && (
        <>
          <span id={rawLabelId} data-sek-part="developer-raw-label">
            {DEVELOPER_LABELS.raw}
          </span>
          {/* The JSON scrolls past 16em: a keyboard user must be able to focus it to scroll it
              (WCAG 2.1.1, axe's scrollable-region-focusable), and a named region says what the
              focus landed on. The text sits in the `<pre>` itself: axe cannot read the contrast
              of an inline `<code>` clipped by the scroll box. JSON reads left to right in any
              UI: in a right-to-left one its braces and commas would land at the wrong ends. */}
          <pre
            dir="ltr"
            data-sek-part="developer-raw"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll box (above)
            tabIndex={0}
            role="region"
            aria-labelledby={rawLabelId}
          >
            {json}
          </pre>
        </>
      )}
    </details>
  );
}
