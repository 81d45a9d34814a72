'use client';
/**
 * Internal: renders `display.message` — text parts as text, link parts as a new-tab `<a>` when
 * they (or the display's action of the same kind) carry a URL (checked when the display was
 * read), else as a `<button type="button">` that runs that action, else as plain text. Never HTML.
 *
 * Props: `display`, `handlers` (see `runAction`), `newTabLabel`, `as` (`'p' | 'div' | 'span'`,
 * default `'p'`, or `null` for no element), `className`, `id`, `linkClassName`. The element
 * carries `data-sek-part="message"`; each link or link-button `data-sek-part="message-link"` and
 * `data-sek-link`.
 */
import type {
  ErrorAction,
  ErrorDisplay,
  ErrorMessageLinkPart,
} from '../../core/display/ErrorDisplay';
import { actionLinkUrl } from './ActionButtons';
import { ExternalLink } from './ExternalLink';
import { runAction, type ActionHandlers } from './runAction';

export interface MessagePartsProps {
  readonly display: ErrorDisplay;
  readonly handlers: ActionHandlers;
  readonly newTabLabel: string;
  /** Default `'p'`; `null` renders the parts without an element. */
  readonly as?: 'p' | 'div' | 'span' | null;
  readonly className?: string | undefined;
  readonly id?: string | undefined;
  readonly linkClassName?: string | undefined;
}

function actionOf(part: ErrorMessageLinkPart, display: ErrorDisplay): ErrorAction | null {
  if (part.action === undefined) return null;
  return (
    display.actions.find((action) => action.kind === part.action) ?? {
      kind: part.action,
      label: part.text,
    }
  );
}

function LinkPart({
  part,
  display,
  handlers,
  newTabLabel,
  className,
}: {
  part: ErrorMessageLinkPart;
  display: ErrorDisplay;
  handlers: ActionHandlers;
  newTabLabel: string;
  className: string | undefined;
}) {
  const action = actionOf(part, display);
  const url = part.url ?? (action ? actionLinkUrl(action) : null);
  if (url !== null) {
    return (
      <ExternalLink
        url={url}
        newTabLabel={newTabLabel}
        className={className}
        data-sek-part="message-link"
        data-sek-link=""
        onClick={action ? () => runAction(action, display, handlers, undefined, true) : undefined}
      >
        {part.text}
      </ExternalLink>
    );
  }
  if (action === null) return <>{part.text}</>;
  return (
    <button
      type="button"
      className={className}
      data-sek-part="message-link"
      data-sek-link=""
      data-sek-action={action.kind}
      onClick={() => runAction(action, display, handlers)}
    >
      {part.text}
    </button>
  );
}

/**
 * The message of a display as text, links and link-buttons. Text parts are text nodes; with
 * `as={null}` the parts alone, for an element that already holds the message (the toast's
 * description).
 */
export function MessageParts({
  display,
  handlers,
  newTabLabel,
  as: Element = 'p',
  className,
  id,
  linkClassName,
}: MessagePartsProps) {
  const parts = display.message.map((part, index) =>
    part.kind === 'link' ? (
      <LinkPart
        key={index}
        part={part}
        display={display}
        handlers={handlers}
        newTabLabel={newTabLabel}
        className={linkClassName}
      />
    ) : (
      // A string in a list needs no key: React places text nodes by position.
      part.text
    ),
  );
  return Element === null ? (
    parts
  ) : (
    <Element className={className} id={id} data-sek-part="message">
      {parts}
    </Element>
  );
}
