'use client';
/**
 * Internal: toasts that just left the queue's visible list, kept rendered with `open={false}` so
 * Radix's `Presence` can play their exit animation (`data-state="closed"`). At most
 * `MAX_EXITING_TOASTS` are kept (a storm of dismissals must not grow the DOM); one is dropped when
 * its animation ends, or pushed out by newer ones. Without an animation (reduced motion,
 * `unstyled`) Radix unmounts the toast at once and the entry renders nothing until pushed out.
 */
import { useCallback, useState } from 'react';
import type { ToastItem } from '../../core/queue/types';

/** Most toasts kept for their exit animation. */
export const MAX_EXITING_TOASTS = 3;

export interface ExitingToasts {
  /** Toasts gone from the queue that still play their exit animation. */
  readonly items: readonly ToastItem[];
  /** Drop one (its exit animation ended). */
  readonly remove: (id: string) => void;
}

interface State {
  readonly visible: readonly ToastItem[];
  readonly exiting: readonly ToastItem[];
}

const NONE: readonly ToastItem[] = [];

/** The exiting toasts for the current visible list. */
export function useExitingToasts(visible: readonly ToastItem[]): ExitingToasts {
  const [state, setState] = useState<State>({ visible, exiting: NONE });
  let { exiting } = state;
  if (state.visible !== visible) {
    // "Adjusting state while rendering": React's pattern for state derived from a changed input.
    const ids = new Set(visible.map((item) => item.id));
    const gone = state.visible.filter((item) => !ids.has(item.id));
    const kept = state.exiting.filter((item) => !ids.has(item.id));
    exiting =
      gone.length === 0 && kept.length === state.exiting.length
        ? state.exiting
        : [...kept, ...gone].slice(-MAX_EXITING_TOASTS);
    setState({ visible, exiting });
  }
  const remove = useCallback(
    (id: string) =>
      setState((current) =>
        current.exiting.some((item) => item.id === id)
          ? { ...current, exiting: current.exiting.filter((item) => item.id !== id) }
          : current,
      ),
    [],
  );
  return { items: exiting, remove };
}
