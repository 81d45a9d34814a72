'use client';
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ToastQueue } from '../../core/queue/ToastQueue';
import type { ToastQueueOptions } from '../../core/queue/types';
import { useIsomorphicLayoutEffect } from '../provider/useIsomorphicLayoutEffect';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import {
  isErrorToastStore,
  lendConfig,
  queueOfStore,
  storeForQueue,
  type ErrorToastStore,
} from './createErrorToasts';
import { storeInSlot, type ToastQueueSlot } from './queueInSlot';

const ToastQueueContext = createContext<ToastQueueSlot | null>(null);

/** Props of `ToastQueueProvider`. */
export interface ToastQueueProviderProps {
  /** The tree that shows and renders toasts. */
  readonly children?: ReactNode;
  /**
   * Render this store (from `createErrorToasts()`) instead of creating one: `show` called on it
   * from outside React then uses the nearest `SmartcarErrorProvider`'s config. The caller owns it.
   */
  readonly toasts?: ErrorToastStore;
  /**
   * Use this queue instead of creating one (tests, benchmarks). The caller owns it and calls
   * `destroy()`. Default: the provider creates and destroys its own. Ignored with `toasts`.
   */
  readonly queue?: ToastQueue;
  /**
   * Options of the queue the provider creates (read once, at mount). Default `{}`. A mounted
   * `ErrorToaster` sets `maxVisible`, `maxQueued`, `duration` and `actionDuration` from its own
   * props.
   */
  readonly options?: ToastQueueOptions;
}

/** Internal props of the slot provider both public providers render. */
interface ToastSlotProviderProps extends Omit<ToastQueueProviderProps, 'queue'> {
  /** Use the enclosing provider's toasts when none are given (what `SmartcarErrorProvider` does). */
  readonly inherit?: boolean;
}

/**
 * Holds one toast store for the tree below: `useErrorToasts()` adds to it and `ErrorToaster`
 * shows it. `SmartcarErrorProvider` already renders one; use this directly only without that
 * provider. Without `toasts` or `queue`, each instance has its own store (never shared between
 * apps or tests, even when nested), destroyed when the provider unmounts.
 */
export function ToastQueueProvider({ queue, toasts, ...rest }: ToastQueueProviderProps): ReactNode {
  // A queue becomes a store here, not in the slot provider, so that `SmartcarErrorProvider`
  // (which takes no queue) does not bundle the store's `show` and the display resolution.
  const store = toasts ?? (queue === undefined ? undefined : storeForQueue(queue));
  return <ToastSlotProvider {...rest} {...(store !== undefined && { toasts: store })} />;
}

/** Internal: provides the given store, else the enclosing one (`inherit`), else its own. */
export function ToastSlotProvider({
  children,
  toasts,
  options,
  inherit = false,
}: ToastSlotProviderProps): ReactNode {
  const outer = useContext(ToastQueueContext);
  const config = useSmartcarErrorConfig();
  // The provider only keeps a slot: its own store is created by the first toast hook that asks
  // for it (see queueInSlot), so an app using only the banner never bundles ToastQueue. The
  // initialiser runs once per instance and has no side effect.
  const [ownSlot] = useState((): ToastQueueSlot => ({ store: null, options }));
  const given = toasts !== undefined && isErrorToastStore(toasts) ? toasts : undefined;
  const givenSlot = useMemo(
    (): ToastQueueSlot | null => (given === undefined ? null : { store: given }),
    [given],
  );
  const value = givenSlot ?? (inherit && outer !== null ? outer : ownSlot);

  // A given store takes this provider's config for `show` calls made outside React.
  const latestConfig = useRef(config);
  useIsomorphicLayoutEffect(() => {
    latestConfig.current = config;
  });
  useIsomorphicLayoutEffect(
    () => (given === undefined ? undefined : lendConfig(given, () => latestConfig.current)),
    [given],
  );

  useEffect(() => {
    return () => {
      if (ownSlot.store !== null) queueOfStore(ownSlot.store).destroy();
    };
  }, [ownSlot]);

  return <ToastQueueContext.Provider value={value}>{children}</ToastQueueContext.Provider>;
}

/** Message of the error thrown when the toasts are used outside any provider. */
export const MISSING_TOAST_PROVIDER_MESSAGE =
  'smartcar-error-kit: useErrorToasts() and <ErrorToaster> must be rendered inside ' +
  '<SmartcarErrorProvider> (or <ToastQueueProvider>). Wrap your app, e.g. ' +
  '<SmartcarErrorProvider appName="My app"><App /><ErrorToaster /></SmartcarErrorProvider>.';

/**
 * Internal: the nearest provider's store. Throws an actionable error without one, because a
 * silently created local store would swallow every toast the app shows elsewhere.
 */
export function useToastStore(): ErrorToastStore {
  const slot = useContext(ToastQueueContext);
  if (slot === null) throw new Error(MISSING_TOAST_PROVIDER_MESSAGE);
  return storeInSlot(slot);
}

/** Internal: the queue of the nearest provider's store (what `ErrorToaster` drives). */
export function useToastQueue(): ToastQueue {
  return queueOfStore(useToastStore());
}
