'use client';
/**
 * Internal: renders `display.message` — text parts as text, link parts as a new-tab `<a>` when
 * they (or the display's action of the same kind) carry a URL (checked when the display was read), else as a
 * `<button type="button">` that runs that action, else as plain text. Never HTML.
 *
 * Props: `display`, `handlers` (see `runAction`), `newTabLabel`, `as` (`'p' | 'div' | 'span'`,
 * default `'p'`), `className`, `id`, `linkClassName`. Exposes `data-sek-part="message"`; each
 * link or link-button carries `data-sek-part="message-link"` and `data-sek-link`.
 */
import type {
  ErrorAction,
  ErrorDisplay,
  ErrorMessageLinkPart,
} from '../../core/display/ErrorDisplay';
import { Fragment } from 'react';
import { actionLinkUrl } from './ActionButtons';
import { ExternalLink } from './ExternalLink';
import { runAction, type ActionHandlers } from './runAction';

/** Props of the internal `MessageParts`. */
export interface MessagePartsProps {
  readonly display: ErrorDisplay;
  readonly handlers: ActionHandlers;
  readonly newTabLabel: string;
  /** Default `'p'`. */
  readonly as?: 'p' | 'div' | 'span';
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

/** The message of a display as text, links and link-buttons. */
export function MessageParts({
  display,
  handlers,
  newTabLabel,
  as: Element = 'p',
  className,
  id,
  linkClassName,
}: MessagePartsProps) {
  return (
    <Element className={className} id={id} data-sek-part="message">
      <MessagePartList
        display={display}
        handlers={handlers}
        newTabLabel={newTabLabel}
        linkClassName={linkClassName}
      />
    </Element>
  );
}

/**
 * The parts alone, for an element that already holds the message (the toast's description): text
 * parts are text nodes, with no element of their own.
 */
export function MessagePartList({
  display,
  handlers,
  newTabLabel,
  linkClassName,
}: Omit<MessagePartsProps, 'as' | 'className' | 'id'>) {
  return display.message.map((part, index) =>
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
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
