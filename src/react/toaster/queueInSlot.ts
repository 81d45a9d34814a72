import type { ToastQueueClock, ToastQueueOptions } from '../../core/queue/types';
import { createErrorToasts, type ErrorToastStore } from './createErrorToasts';

/**
 * What a toast provider hands down: the app's store, or the provider's own one, created on first
 * use with the options and clock read at mount.
 */
export interface ToastQueueSlot {
  /** The store; `null` until a toast hook first asks for the provider's own one. */
  store: ErrorToastStore | null;
  /** Options for the provider's own store. */
  readonly options?: ToastQueueOptions | undefined;
  /** Timer functions for the provider's own store. */
  readonly clock?: ToastQueueClock | undefined;
}

/**
 * The slot's store, created on first use. Lives beside the toast hooks rather than in the
 * provider so that only code that shows toasts pulls `ToastQueue` into a bundle. Creating it
 * during a render is safe: it starts no timer and subscribes to nothing.
 */
export function storeInSlot(slot: ToastQueueSlot): ErrorToastStore {
  slot.store ??= createErrorToasts({
    ...slot.options,
    ...(slot.clock !== undefined && { clock: slot.clock }),
  });
  return slot.store;
}
