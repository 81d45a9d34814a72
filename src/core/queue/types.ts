import type { ErrorDisplay } from '../display/ErrorDisplay';

/** One toast held by a `ToastQueue`. Immutable: a change produces a new item object. */
export interface ToastItem {
  /** Unique within its queue. */
  readonly id: string;
  /** What the toast shows (the latest display given for its key). */
  readonly display: ErrorDisplay;
  /** How many times this error was shown (repeats of the same `display.key` coalesce). */
  readonly count: number;
  /** Epoch ms of the first `add`. */
  readonly createdAt: number;
  /** Epoch ms of the last `add` or `update`. */
  readonly updatedAt: number;
  /**
   * Auto-dismiss delay in ms once visible, from the last `add` or `update`; `Infinity` for a
   * persistent toast. The toaster counts it (the queue keeps no timer).
   */
  readonly duration: number;
}

/** What a `ToastQueue` shows right now. Referentially stable until something changes. */
export interface ToastQueueSnapshot {
  /** At most `maxVisible` items, in line order (what needs the person first, then arrival). */
  readonly visible: readonly ToastItem[];
  /** Items waiting for a free slot (at most `maxQueued`). */
  readonly queuedCount: number;
  /**
   * Waiting items dropped because the waiting line was full, since the queue was created or last
   * destroyed.
   */
  readonly dropped: number;
}

/** Options of a `ToastQueue`, also settable later with `setOptions`. */
export interface ToastQueueOptions {
  /** Toasts shown at once; the rest wait. Default 3, at least 1. */
  readonly maxVisible?: number;
  /**
   * Toasts that may wait for a slot; beyond it the oldest waiting non-persistent toast is dropped
   * (the oldest waiting one when all are persistent). Default 50, at least 0.
   */
  readonly maxQueued?: number;
  /** Auto-dismiss delay in ms of a toast without an action. Default 5000, never below 5000. */
  readonly duration?: number;
  /**
   * Auto-dismiss delay in ms of a toast with an action other than dismiss. Default 10000, never
   * below 10000.
   */
  readonly actionDuration?: number;
}

/** How one toast behaves, apart from its display (also the options of `show`). */
export interface ToastAddOptions {
  /** Use this id instead of a generated one (ignored when the toast coalesces into another). */
  readonly id?: string;
  /** Auto-dismiss delay in ms, floored like the queue's durations. */
  readonly duration?: number;
  /** Overrides `display.persistent`: `true` never auto-dismisses. */
  readonly persistent?: boolean;
  /**
   * The app's retry of what failed. A network failure shown while the browser is offline
   * (`setOffline`) shows no toast; its retry waits and runs once when the browser is back online.
   */
  readonly retry?: () => void;
}

/** Live resources of a queue, for tests and benchmarks that prove nothing leaks (not public). */
export interface ToastQueueDebugCounts {
  /** Items visible plus queued. */
  readonly items: number;
  /** Subscribed listeners. */
  readonly listeners: number;
  /** 1 while a batched notification is waiting for its microtask, else 0. */
  readonly pendingNotifications: number;
}
