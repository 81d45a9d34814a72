'use client';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { ToastQueue } from '../../core/queue/ToastQueue';
import type { ToastQueueOptions } from '../../core/queue/types';
import { ToastSlotContext, useToastSlot } from './useToastSlot';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import { storeAround, type ErrorToastStore } from './createErrorToasts';

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

/**
 * Toasts apart from the enclosing `SmartcarErrorProvider`'s, worded with its config: the given
 * store or queue, else one of its own (never shared, destroyed on unmount). Not public: the
 * toaster's tests use it to hand in a queue they own; apps use
 * `<SmartcarErrorProvider toasts={createErrorToasts()}>`.
 */
export function ToastQueueProvider({
  children,
  toasts,
  queue,
  options,
}: ToastQueueProviderProps): ReactNode {
  const given = useMemo(
    () => toasts ?? (queue === undefined ? undefined : storeAround(queue)),
    [toasts, queue],
  );
  const slot = useToastSlot(useSmartcarErrorConfig(), given, false, options);
  return <ToastSlotContext.Provider value={slot}>{children}</ToastSlotContext.Provider>;
}
