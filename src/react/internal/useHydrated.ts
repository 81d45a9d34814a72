'use client';
/**
 * Internal: false on the server and during hydration, true afterwards (and on a client-only
 * render). For output that may differ between server and browser, such as a time in the
 * reader's time zone, so hydration never sees a mismatch.
 */
import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => {};

/** Whether this render may use browser-only facts. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
