import { ToastQueue } from '../../core/queue/ToastQueue';
import type { ToastQueueClock, ToastQueueOptions } from '../../core/queue/types';

/**
 * What a `ToastQueueProvider` hands down: the app's queue, or the provider's own one, created on
 * first use with the options and clock read at mount.
 */
export interface ToastQueueSlot {
  /** The queue; `null` until a toast hook first asks for the provider's own one. */
  queue: ToastQueue | null;
  /** Options for the provider's own queue. */
  readonly options?: ToastQueueOptions | undefined;
  /** Timer functions for the provider's own queue. */
  readonly clock?: ToastQueueClock | undefined;
}

/**
 * The slot's queue, created on first use. Lives beside the toast hooks rather than in the
 * provider so that only code that shows toasts pulls `ToastQueue` into a bundle. Creating it
 * during a render is safe: the constructor starts no timer and subscribes to nothing.
 */
export function queueInSlot(slot: ToastQueueSlot): ToastQueue {
  slot.queue ??= new ToastQueue(slot.options, slot.clock);
  return slot.queue;
}
