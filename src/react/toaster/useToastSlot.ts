'use client';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ToastQueueOptions } from '../../core/queue/types';
import type { SmartcarErrorConfig } from '../SmartcarErrorContext';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { useLatest } from '../internal/useLatest';
import { isToastStore, type ErrorToastStore, type ToastStore } from './createErrorToasts';

/**
 * Internal: what a provider hands to the toast hook and the toaster below it. The store itself is
 * made by the first toast hook that asks (`storeOf` in useErrorToasts.ts), so an app that uses
 * only the banner never bundles `ToastQueue`.
 */
export interface ToastSlot {
  /** The store: the given one, else `null` until a toast hook asks for it. */
  store: ToastStore | null;
  /** The enclosing provider's slot, whose toasts this one shows with its own config. */
  readonly parent: ToastSlot | null;
  /** Options of the provider's own store. */
  readonly options: ToastQueueOptions | undefined;
  /** The provider's latest config, which words the toasts its hook shows. */
  readonly read: () => SmartcarErrorConfig;
}

/** Internal: the nearest provider's toast slot. */
export const ToastSlotContext = createContext<ToastSlot | null>(null);

/**
 * Internal: the toast slot of a provider with config `config`: the given store (lent this config
 * for `show` calls made outside React), else the enclosing provider's toasts (`inherit`), else a
 * store of its own, destroyed on unmount.
 */
export function useToastSlot(
  config: SmartcarErrorConfig,
  toasts: ErrorToastStore | undefined,
  inherit: boolean,
  options?: ToastQueueOptions,
): ToastSlot {
  const outer = useContext(ToastSlotContext);
  const latest = useLatest(config);
  const [read] = useState(() => () => latest.current);
  // Options are read once, when the provider's own store is made.
  const [firstOptions] = useState(options);
  const given = isToastStore(toasts) ? toasts : null;
  const parent = given === null && inherit ? outer : null;
  const slot = useMemo(
    (): ToastSlot => ({ store: given, parent, options: firstOptions, read }),
    [given, parent, firstOptions, read],
  );
  useIsomorphicLayoutEffect(() => given?.lend(slot.read), [given, slot]);
  useEffect(
    () => () => {
      // Only a store of its own; a given or inherited one belongs to someone else.
      if (given === null && parent === null) slot.store?.queue.destroy();
    },
    [given, parent, slot],
  );
  return slot;
}
