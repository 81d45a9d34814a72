'use client';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ToastQueue } from '../../core/queue/ToastQueue';
import type { ToastQueueClock, ToastQueueOptions } from '../../core/queue/types';
import { queueInSlot, type ToastQueueSlot } from './queueInSlot';

const ToastQueueContext = createContext<ToastQueueSlot | null>(null);

/** Props of `ToastQueueProvider`. */
export interface ToastQueueProviderProps {
  /** The tree that shows and renders toasts. */
  readonly children?: ReactNode;
  /**
   * Use this queue instead of creating one (tests, benchmarks, or sharing with non-React code).
   * The caller owns it and calls `destroy()`. Default: the provider creates and destroys its own.
   */
  readonly queue?: ToastQueue;
  /**
   * Options of the queue the provider creates (read once, at mount). Default `{}`. A mounted
   * `ErrorToaster` sets `maxVisible`, `maxQueued`, `duration` and `actionDuration` from its own
   * props.
   */
  readonly options?: ToastQueueOptions;
  /** Timer functions of the queue the provider creates (read once, at mount). Default: the system's. */
  readonly clock?: ToastQueueClock;
}

/**
 * Holds one `ToastQueue` for the tree below: `useErrorToasts()` adds to it and `ErrorToaster`
 * shows it. `SmartcarErrorProvider` already renders one; use this directly only without that
 * provider. Each instance has its own queue (never shared between apps or tests), destroyed when
 * the provider unmounts.
 */
export function ToastQueueProvider({
  children,
  queue,
  options,
  clock,
}: ToastQueueProviderProps): ReactNode {
  // The provider only keeps a slot: the queue itself is created by the first toast hook that asks
  // for it (see queueInSlot), so an app using only the banner never bundles ToastQueue. The
  // initialiser runs once per instance and has no side effect.
  const [ownSlot] = useState((): ToastQueueSlot | null =>
    queue === undefined ? { queue: null, options, clock } : null,
  );
  const givenSlot = useMemo(
    (): ToastQueueSlot | null => (queue === undefined ? null : { queue }),
    [queue],
  );
  const value = givenSlot ?? ownSlot;

  useEffect(() => {
    if (ownSlot === null) return undefined;
    return () => ownSlot.queue?.destroy();
  }, [ownSlot]);

  return <ToastQueueContext.Provider value={value}>{children}</ToastQueueContext.Provider>;
}

/** Message of the error thrown when the toasts are used outside any provider. */
export const MISSING_TOAST_PROVIDER_MESSAGE =
  'smartcar-error-kit: useErrorToasts() and <ErrorToaster> must be rendered inside ' +
  '<SmartcarErrorProvider> (or <ToastQueueProvider>). Wrap your app, e.g. ' +
  '<SmartcarErrorProvider appName="My app"><App /><ErrorToaster /></SmartcarErrorProvider>.';

/**
 * Internal: the nearest provider's queue. Throws an actionable error without one, because a
 * silently created local queue would swallow every toast the app shows elsewhere.
 */
export function useToastQueue(): ToastQueue {
  const slot = useContext(ToastQueueContext);
  if (slot === null) throw new Error(MISSING_TOAST_PROVIDER_MESSAGE);
  return queueInSlot(slot);
}
