'use client';
/**
 * Internal: remembers where focus was before it entered the toast region (by the hotkey, Tab or a
 * click) and gives it back when a toast holding focus is dismissed. Without this, Radix moves
 * focus to the viewport on close, and a programmatic dismiss drops it on `<body>`.
 */
import { useCallback, useEffect, useRef } from 'react';

/** What `useFocusReturn` gives the toaster. */
export interface FocusReturn {
  /**
   * Call when a toast is closing: when focus is in the region (or was dropped on `<body>` by a
   * removed toast), move it back to where it was before it entered, else to the viewport when
   * `toastsLeft`. With `onlyFromClosed`, act only when focus sits in a closing toast
   * (`data-state="closed"`) or was dropped: focus in an open toast is left alone.
   */
  readonly restore: (toastsLeft: boolean, onlyFromClosed?: boolean) => void;
}

function isFocusable(element: Element | null): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    !element.closest('[inert]') &&
    !(element as HTMLButtonElement).disabled
  );
}

/** Track focus entering `region`; `viewport` is where focus goes when there is no way back. */
export function useFocusReturn(
  region: HTMLElement | null,
  viewport: HTMLElement | null,
): FocusReturn {
  const previous = useRef<HTMLElement | null>(null);
  /** Focus is (or was, until the element holding it was removed) inside the region. */
  const inside = useRef(false);

  useEffect(() => {
    if (region === null) return undefined;
    const onFocusIn = (event: FocusEvent) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !region.contains(from)) previous.current = from;
      inside.current = true;
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      // null: the focused element is being removed, focus is not leaving on purpose
      if (to instanceof Node && !region.contains(to)) {
        inside.current = false;
        previous.current = null;
      }
    };
    region.addEventListener('focusin', onFocusIn);
    region.addEventListener('focusout', onFocusOut);
    return () => {
      region.removeEventListener('focusin', onFocusIn);
      region.removeEventListener('focusout', onFocusOut);
      previous.current = null;
      inside.current = false;
    };
  }, [region]);

  const restore = useCallback(
    (toastsLeft: boolean, onlyFromClosed = false) => {
      if (region === null) return;
      const doc = region.ownerDocument;
      const active = doc.activeElement;
      const focusInRegion = active !== null && region.contains(active);
      const focusDropped = inside.current && (active === null || active === doc.body);
      if (!focusInRegion && !focusDropped) return;
      if (onlyFromClosed && focusInRegion && !active.closest('[data-state="closed"]')) return;
      inside.current = false;
      const target = previous.current;
      if (isFocusable(target)) {
        previous.current = null;
        target.focus({ preventScroll: true });
      } else if (toastsLeft && viewport !== null) {
        viewport.focus({ preventScroll: true });
      }
    },
    [region, viewport],
  );

  return { restore };
}
