'use client';
/**
 * The request id row of the support card: the id in a monospace, select-all field, a Copy
 * button, and a polite live region (rendered from the start) that says whether copying worked.
 * When it did not, the id's text is selected so the person can copy it with the keyboard.
 */
import { useId, useRef } from 'react';
import { BreakableText } from '../internal/BreakableText';
import { Icon } from '../internal/Icon';
import type { UiStrings } from '../../core/messages/LocalePack';
import { useCopyToClipboard } from '../hooks/useCopyToClipboard';

export interface RequestIdFieldProps {
  readonly requestId: string;
  readonly ui: UiStrings;
  readonly className?: string | undefined;
  readonly copyClassName?: string | undefined;
  /** The id was copied (the support card's `request-id-copied` event). */
  readonly onCopied?: (() => void) | undefined;
}

/** Selects the text of `element` in the document. Never throws. */
export function selectContents(element: Element | null): void {
  if (element === null || typeof window === 'undefined') return;
  try {
    const selection = window.getSelection();
    if (selection === null) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  } catch {
    // nothing more we can do; the field is still select-all on click
  }
}

/** The request id, its Copy button and the copy status. */
export function RequestIdField({
  requestId,
  ui,
  className,
  copyClassName,
  onCopied,
}: RequestIdFieldProps) {
  const labelId = useId();
  const valueRef = useRef<HTMLElement>(null);
  const { status, copy } = useCopyToClipboard();

  const statusText =
    status === 'copied' ? ui.supportCopied : status === 'failed' ? ui.supportCopyFailed : '';

  return (
    <div className={className} data-sek-part="request-id">
      <dt id={labelId}>{ui.supportRequestId}</dt>
      <dd>
        <code ref={valueRef} dir="ltr" data-sek-mono="" data-sek-part="request-id-value">
          <BreakableText text={requestId} />
        </code>
        <button
          type="button"
          className={copyClassName}
          aria-describedby={labelId}
          data-sek-part="copy"
          data-sek-button=""
          data-sek-variant="secondary"
          data-sek-copy-status={status}
          onClick={() => {
            void copy(requestId).then((copied) => {
              if (copied) onCopied?.();
              else selectContents(valueRef.current);
            });
          }}
        >
          <Icon name={status === 'copied' ? 'check' : 'copy'} />
          {ui.supportCopy}
        </button>
        <span role="status" data-sek-part="copy-status" data-sek-muted="">
          {statusText}
        </span>
      </dd>
    </div>
  );
}
