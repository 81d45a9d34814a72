'use client';
import { useLatest } from '../internal/useLatest';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEventHandler } from 'react';

/**
 * Copies text with the Clipboard API (`navigator.clipboard.writeText`). Resolves to whether the
 * text was copied; never rejects. When the API is missing (an insecure context) or refuses
 * (permission denied, document not focused) it resolves `false`, and the UI selects the text so
 * the person copies it with Ctrl+C / ⌘C: that one fallback works everywhere, where the
 * deprecated `document.execCommand('copy')` works only in some browsers and contexts.
 * Browser-only: call it from an event handler, never during render.
 */
async function copyTextToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(String(text));
    return true;
  } catch {
    // No API (reading `writeText` of undefined throws here too), or denied.
    return false;
  }
}

/** How long `copied` or `failed` stays before the status returns to `idle`, in ms. */
export const COPY_STATUS_RESET_MS = 3000;

/** `idle` before a copy and after the reset; `copied` or `failed` after one. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

export interface CopyToClipboardOptions {
  /**
   * Ms before the status returns to `idle`; `0` or `Infinity` keeps it. Default
   * `COPY_STATUS_RESET_MS` (3000).
   */
  readonly resetAfterMs?: number;
}

/** Props for the copy button: spread them on a `<button>`. */
export interface CopyButtonProps {
  /** Always `'button'`, so the button never submits a surrounding form. */
  readonly type: 'button';
  /** Starts the copy; the result shows in `status`. */
  readonly onClick: MouseEventHandler<HTMLElement>;
  /** The status, for styling and tests. */
  readonly 'data-sek-copy-status': CopyStatus;
}

/**
 * `copy` and `getButtonProps` keep their identity across renders; the object changes with `status`.
 */
export interface CopyToClipboard {
  /** How the latest copy went; back to `idle` after `resetAfterMs`. */
  readonly status: CopyStatus;
  /** Copies `text`; resolves to whether it worked. Never rejects. */
  copy(text: string): Promise<boolean>;
  /** Props for a button that copies `text` when pressed. */
  getButtonProps(text: string): CopyButtonProps;
}

/**
 * Copies text to the clipboard and reports how it went. Uses `navigator.clipboard.writeText`;
 * when the API is missing or denied, the status is `failed` so the UI can select the text for a
 * manual copy (as `SupportContactCard` does). Each copy
 * passes through `idle` first, so a repeated success is a new status change to announce. The
 * status returns to `idle` after `resetAfterMs`. Touches no browser API during render.
 */
export function useCopyToClipboard(options?: CopyToClipboardOptions): CopyToClipboard {
  const resetAfterMs = options?.resetAfterMs ?? COPY_STATUS_RESET_MS;
  const [status, setStatus] = useState<CopyStatus>('idle');
  const mounted = useRef(false);
  const latestAttempt = useRef(0);
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const resetDelay = useLatest(resetAfterMs);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(resetTimer.current);
    };
  }, []);

  const copy = useCallback(
    async (text: string): Promise<boolean> => {
      latestAttempt.current += 1;
      const attempt = latestAttempt.current;
      clearTimeout(resetTimer.current);
      setStatus('idle');
      const copied = await copyTextToClipboard(text);
      // Only the latest copy of a mounted component reports.
      if (mounted.current && attempt === latestAttempt.current) {
        setStatus(copied ? 'copied' : 'failed');
        const delay = resetDelay.current;
        if (Number.isFinite(delay) && delay > 0) {
          resetTimer.current = setTimeout(() => setStatus('idle'), delay);
        }
      }
      return copied;
    },
    [resetDelay],
  );

  const getButtonProps = useCallback(
    (text: string): CopyButtonProps => ({
      type: 'button',
      onClick: () => {
        void copy(text);
      },
      'data-sek-copy-status': status,
    }),
    [copy, status],
  );

  return useMemo(() => ({ status, copy, getButtonProps }), [status, copy, getButtonProps]);
}
