import type { ToastQueueOptions } from '../../core/queue/types';
import { createErrorToasts, type ErrorToastStore } from './createErrorToasts';

/**
 * What a toast provider hands down: the app's store, or the provider's own one, created on first
 * use with the options read at mount.
 */
export interface ToastQueueSlot {
  /** The store; `null` until a toast hook first asks for the provider's own one. */
  store: ErrorToastStore | null;
  /** Options for the provider's own store. */
  readonly options?: ToastQueueOptions | undefined;
}

/**
 * The slot's store, created on first use. Lives beside the toast hooks rather than in the
 * provider so that only code that shows toasts pulls `ToastQueue` into a bundle. Creating it
 * during a render is safe: it subscribes to nothing.
 */
export function storeInSlot(slot: ToastQueueSlot): ErrorToastStore {
  slot.store ??= createErrorToasts(slot.options);
  return slot.store;
}
