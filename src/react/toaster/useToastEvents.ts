'use client';
/**
 * Internal: one toast's events. `shown` each time it comes on screen (again after "N more" or
 * after a more urgent toast), `repeated` when its count goes up while shown; when Radix closes
 * it, `dismissed` if the person did (close button, Escape, swipe: marked with `by`) or
 * `timed-out` if its time ran out, with how long it was on screen. A toast closed by an action
 * emits `action` (`useActionHandlers`; marked too, so it is not also a dismissal); one the app
 * ends emits nothing here.
 */
import { useEffect, useInsertionEffect, useMemo, useRef } from 'react';
import type { ToastItem } from '../../core/queue/types';
import { useKitEvents } from '../internal/useKitEvents';

/** For one toast: emits its events; `by` marks what the person did before Radix closes it. */
export function useToastEvents(item: ToastItem, open: boolean) {
  const emit = useKitEvents();
  const state = useRef({ item, at: 0, by: '' });
  useInsertionEffect(() => {
    state.current.item = item;
  });
  const { count, display } = item;
  useEffect(() => {
    if (!open) return;
    const first = state.current.at === 0;
    if (first) state.current.at = Date.now();
    emit(first ? 'shown' : 'repeated', 'toast', display, { count });
    // Once on screen, then once per repeat: a new display alone is no new sight.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [emit, open, count]);
  return useMemo(
    () => ({
      by: (reason: 'dismissed' | 'action') => {
        state.current.by = reason;
      },
      closed: () => {
        const { item: shown, at, by } = state.current;
        if (by !== 'action') {
          emit(by === '' ? 'timed-out' : 'dismissed', 'toast', shown.display, {
            count: shown.count,
            visibleMs: Date.now() - at,
          });
        }
        state.current.by = '';
      },
    }),
    [emit],
  );
}
