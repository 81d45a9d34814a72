'use client';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { resolveErrorDisplay } from '../../core/display/index';
import type { ToastAddOptions, ToastQueueSnapshot } from '../../core/queue/types';
import { useSmartcarErrorConfig, type SmartcarErrorConfig } from '../SmartcarErrorContext';
import { mergeLocales, mergeRecords } from '../provider/mergeSmartcarErrorConfig';
import { useIsomorphicLayoutEffect } from '../provider/useIsomorphicLayoutEffect';
import { useToastQueue } from './ToastQueueProvider';

/** Options of `show`: wording options over the provider's, plus how this toast behaves. */
export interface ShowErrorToastOptions extends DisplayOptions, ToastAddOptions {}

/** What `useErrorToasts()` returns. The functions keep their identity across renders. */
export interface UseErrorToastsResult {
  /**
   * Show an error as a toast: `input` is anything `parseSmartcarError` accepts, a `SmartcarError`
   * or an `ErrorDisplay`. A repeat of a shown error (same display key) counts up instead of
   * stacking. Returns the toast's id. Never throws.
   */
  readonly show: (input: unknown, options?: ShowErrorToastOptions) => string;
  /** Replace a toast's error (its count is kept, its timer restarts). False when the id is unknown. */
  readonly update: (id: string, input: unknown, options?: DisplayOptions) => boolean;
  /** Remove one toast, visible or queued. */
  readonly dismiss: (id: string) => void;
  /** Remove every toast. */
  readonly dismissAll: () => void;
  /** The visible toasts and how many wait. */
  readonly toasts: ToastQueueSnapshot;
}

type MutableDisplayOptions = { -readonly [K in keyof DisplayOptions]: DisplayOptions[K] };

/** The provider's wording config with `options` over it (`messages`/`actions` key by key). */
export function mergeDisplayOptions(
  config: SmartcarErrorConfig,
  options: DisplayOptions | undefined,
): DisplayOptions {
  const own = typeof options === 'object' && options !== null ? options : {};
  const merged: MutableDisplayOptions = {};
  const appName = own.appName ?? config.appName;
  const locale = own.locale ?? config.locale;
  const locales = mergeLocales(own.locales, config.locales);
  const messages = mergeRecords(config.messages, own.messages);
  const actions = mergeRecords(config.actions, own.actions);
  if (appName !== undefined) merged.appName = appName;
  if (locale !== undefined) merged.locale = locale;
  if (locales !== undefined) merged.locales = locales;
  if (messages !== undefined) merged.messages = messages;
  if (actions !== undefined) merged.actions = actions;
  if (own.vehicleName !== undefined) merged.vehicleName = own.vehicleName;
  if (own.now !== undefined) merged.now = own.now;
  return merged;
}

function addOptionsOf(options: ShowErrorToastOptions | undefined): ToastAddOptions | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const { id, duration, persistent } = options;
  if (id === undefined && duration === undefined && persistent === undefined) return undefined;
  const add: { -readonly [K in keyof ToastAddOptions]: ToastAddOptions[K] } = {};
  if (typeof id === 'string' && id !== '') add.id = id;
  if (duration !== undefined) add.duration = duration;
  if (typeof persistent === 'boolean') add.persistent = persistent;
  return add;
}

/**
 * Show, update and dismiss error toasts from anywhere below `SmartcarErrorProvider`; the
 * `ErrorToaster` in the same provider renders them. Throws, with the fix in its message, when
 * used outside a provider. `toasts` is read with `useSyncExternalStore` (empty on the server).
 */
export function useErrorToasts(): UseErrorToastsResult {
  const queue = useToastQueue();
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
  const dismiss = useCallback((id: string) => queue.dismiss(id), [queue]);
  const dismissAll = useCallback(() => queue.dismissAll(), [queue]);
  const toasts = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getServerSnapshot);

  return useMemo(
    () => ({ show, update, dismiss, dismissAll, toasts }),
    [show, update, dismiss, dismissAll, toasts],
  );
}
