'use client';
import { useCallback, useContext, useMemo, useRef, useSyncExternalStore } from 'react';
import { EMPTY_TOAST_SNAPSHOT, ToastQueue } from '../../core/queue/ToastQueue';
import type { ToastQueueSnapshot } from '../../core/queue/types';
import { ToastSlotContext, type ToastSlot } from './useToastSlot';
import { useHydrated } from '../internal/useHydrated';
import { storeAround, type ErrorToastStore, type ToastStore } from './createErrorToasts';

export type { ShowErrorToastOptions } from './createErrorToasts';

/** What `useErrorToasts()` returns. The functions keep their identity across renders. */
export interface UseErrorToastsResult extends Pick<
  ErrorToastStore,
  'show' | 'update' | 'dismiss' | 'dismissAll'
> {
  /**
   * The visible toasts and how many wait. A component re-renders when they change only once it
   * has read this field: one that only shows toasts never re-renders for them.
   */
  readonly toasts: ToastQueueSnapshot;
}

/** Message of the error thrown when the toasts are used outside any provider. */
export const MISSING_TOAST_PROVIDER_MESSAGE =
  'smartcar-error-kit: useErrorToasts() and <ErrorToaster> must be rendered inside ' +
  '<SmartcarErrorProvider>. Wrap your app, e.g. ' +
  '<SmartcarErrorProvider appName="My app"><App /><ErrorToaster /></SmartcarErrorProvider>.';

/**
 * Show, update and dismiss error toasts from anywhere below `SmartcarErrorProvider`: the
 * functions of the nearest provider's toast store (its `toasts` prop, or the one it shares or
 * owns), which the `ErrorToaster` below renders; toasts are worded with the nearest provider's
 * config. Throws, with the fix in its message, when used outside a provider. `toasts` is read
 * with `useSyncExternalStore` (empty on the server). Outside React, use `createErrorToasts()`.
 */
export function useErrorToasts(): UseErrorToastsResult {
  const store = useToastStore();
  const hydrated = useHydrated();
  // Until `toasts` is first read, the snapshot React compares is a constant, so a change of the
  // toasts re-renders nobody; the first read returns the store's toasts and subscribes for real.
  const reading = useRef(false);
  const getSnapshot = useCallback(
    () => (reading.current ? store.getSnapshot() : EMPTY_TOAST_SNAPSHOT),
    [store],
  );
  const snapshot = useSyncExternalStore(store.subscribe, getSnapshot, store.getServerSnapshot);
  const subscribed = reading.current;

  return useMemo(
    () => ({
      show: store.show,
      update: store.update,
      dismiss: store.dismiss,
      dismissAll: store.dismissAll,
      get toasts() {
        reading.current = true;
        // Not yet subscribed: `snapshot` is the constant, so read the store (the server's empty
        // snapshot until hydrated, as useSyncExternalStore would).
        if (subscribed || !hydrated) return snapshot;
        return store.getSnapshot();
      },
    }),
    [store, snapshot, subscribed, hydrated],
  );
}

/**
 * Internal: the nearest provider's toast store. Throws an actionable error without a provider,
 * because a silently created local store would swallow every toast the app shows elsewhere.
 */
export function useToastStore(): ToastStore {
  const slot = useContext(ToastSlotContext);
  if (slot === null) throw new Error(MISSING_TOAST_PROVIDER_MESSAGE);
  return storeOf(slot);
}

/**
 * The slot's store, made on first use: the enclosing provider's toasts worded with this
 * provider's config, or a store of its own. Lives here, not in the provider, so only code that
 * shows toasts bundles `ToastQueue`. Making it during a render is safe: it subscribes to nothing.
 */
function storeOf(slot: ToastSlot): ToastStore {
  slot.store ??=
    slot.parent === null
      ? storeAround(new ToastQueue(slot.options)).view(slot.read)
      : storeOf(slot.parent).view(slot.read);
  return slot.store;
}
