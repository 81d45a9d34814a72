'use client';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { resolveErrorDisplay } from '../../core/display/resolveErrorDisplay';
import type { ToastQueueSnapshot } from '../../core/queue/types';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import { useIsomorphicLayoutEffect } from '../provider/useIsomorphicLayoutEffect';
import { queueOfStore, type ErrorToastStore } from './createErrorToasts';
import { mergeDisplayOptions } from '../provider/mergeSmartcarErrorConfig';
import { addOptionsOf, type ShowErrorToastOptions } from './toastOptions';
import { useToastStore } from './ToastQueueProvider';

export type { ShowErrorToastOptions } from './toastOptions';

/** What `useErrorToasts()` returns. The functions keep their identity across renders. */
export interface UseErrorToastsResult extends Pick<
  ErrorToastStore,
  'show' | 'update' | 'dismiss' | 'dismissAll'
> {
  /** The visible toasts and how many wait. */
  readonly toasts: ToastQueueSnapshot;
}

/**
 * Show, update and dismiss error toasts from anywhere below `SmartcarErrorProvider`: the nearest
 * provider's toast store (its `toasts` prop, or the one it shares or owns), which the
 * `ErrorToaster` below renders. Toasts are worded with the nearest provider's config. Throws,
 * with the fix in its message, when used outside a provider. `toasts` is read with
 * `useSyncExternalStore` (empty on the server). Outside React, use `createErrorToasts()`.
 */
export function useErrorToasts(): UseErrorToastsResult {
  const store = useToastStore();
  const queue = queueOfStore(store);
  const config = useSmartcarErrorConfig();
  const latestConfig = useRef(config);
  useIsomorphicLayoutEffect(() => {
    latestConfig.current = config;
  });

  const toDisplay = useCallback(
    (input: unknown, options: DisplayOptions | undefined): ErrorDisplay =>
      resolveErrorDisplay(input, mergeDisplayOptions(latestConfig.current, options)),
    [],
  );
  const show = useCallback(
    (input: unknown, options?: ShowErrorToastOptions) =>
      queue.add(toDisplay(input, options), addOptionsOf(options)),
    [queue, toDisplay],
  );
  const update = useCallback(
    (id: string, input: unknown, options?: DisplayOptions) =>
      queue.update(id, toDisplay(input, options)),
    [queue, toDisplay],
  );
  const dismiss = useCallback((id: string) => store.dismiss(id), [store]);
  const dismissAll = useCallback(() => store.dismissAll(), [store]);
  const toasts = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getServerSnapshot);

  return useMemo(
    () => ({ show, update, dismiss, dismissAll, toasts }),
    [show, update, dismiss, dismissAll, toasts],
  );
}
