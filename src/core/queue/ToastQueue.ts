import type { ErrorDisplay } from '../display/ErrorDisplay';
import { warnOnce } from '../dev';
import {
  DEFAULT_MAX_QUEUED,
  DEFAULT_MAX_VISIBLE,
  MIN_ACTION_TOAST_DURATION_MS,
  MIN_TOAST_DURATION_MS,
} from './durations';
import { atLeast, resolveDuration } from './durations';
import type {
  ToastAddOptions,
  ToastItem,
  ToastQueueClock,
  ToastQueueDebugCounts,
  ToastQueueOptions,
  ToastQueueSnapshot,
} from './types';

/** Replaced by the app's bundler; declared here, not through @types/node (see core/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** The snapshot of an empty queue, also what a server renders. */
export const EMPTY_TOAST_SNAPSHOT: ToastQueueSnapshot = /* @__PURE__ */ Object.freeze({
  visible: /* @__PURE__ */ Object.freeze([]) as readonly ToastItem[],
  queuedCount: 0,
  paused: false,
  dropped: 0,
});

/** Key of the development warning given the first time a queue drops a waiting toast. */
const DROPPED_WARNING_KEY = 'toast-queue-dropped';

const systemClock: ToastQueueClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Entry {
  item: ToastItem;
  visible: boolean;
  /** Ms left on the auto-dismiss timer (meaningful while visible; `Infinity` when persistent). */
  remaining: number;
  deadline: number;
  timer: unknown;
  hasTimer: boolean;
  addOptions: ToastAddOptions | undefined;
}

/**
 * The toast queue: holds error toasts, coalesces repeats by `display.key`, shows at most
 * `maxVisible`, lets at most `maxQueued` wait (dropping the oldest waiting non-persistent one
 * beyond that, so an error storm cannot grow memory without bound) and auto-dismisses on timers
 * that can be paused. Framework-free; React reads it with `useSyncExternalStore`. Create one per
 * app or provider, never per module. Every operation is O(1) amortised (O(maxVisible) at most;
 * a drop scans past persistent waiting toasts, so O(maxQueued) at worst), and listeners are
 * notified once per microtask however many changes happened, so a burst of 1000 `add`s costs one
 * render.
 */
export class ToastQueue {
  readonly #clock: ToastQueueClock;
  readonly #entries = new Map<string, Entry>();
  readonly #byKey = new Map<string, string>();
  #visibleIds: string[] = [];
  /** Waiting ids in arrival order (a Set keeps insertion order and deletes in O(1)). */
  #queued = new Set<string>();
  readonly #listeners = new Set<() => void>();
  readonly #pauseReasons = new Set<string>();
  #maxVisible = DEFAULT_MAX_VISIBLE;
  #maxQueued = DEFAULT_MAX_QUEUED;
  /** Waiting toasts dropped by the `maxQueued` bound since creation or the last `destroy`. */
  #dropped = 0;
  #duration = MIN_TOAST_DURATION_MS;
  #actionDuration = MIN_ACTION_TOAST_DURATION_MS;
  #seq = 0;
  #timerCount = 0;
  #snapshot: ToastQueueSnapshot = EMPTY_TOAST_SNAPSHOT;
  #dirty = false;
  #notifyPending = false;
  /** Bumped by `destroy` so a notification scheduled before it does nothing. */
  #generation = 0;

  constructor(options: ToastQueueOptions = {}, clock: ToastQueueClock = systemClock) {
    this.#clock = clock;
    this.#applyOptions(options);
  }

  /**
   * Change the limits and durations; visible toasts adopt them at once. A lower `maxQueued` (or a
   * lower `maxVisible` that sends toasts back to wait) drops waiting toasts beyond the bound.
   */
  setOptions(options: ToastQueueOptions): void {
    const before = {
      max: this.#maxVisible,
      queued: this.#maxQueued,
      d: this.#duration,
      a: this.#actionDuration,
    };
    this.#applyOptions(options);
    if (this.#duration !== before.d || this.#actionDuration !== before.a) this.#retime();
    if (this.#maxVisible !== before.max) this.#rebalance();
    if (this.#maxVisible !== before.max || this.#maxQueued !== before.queued) this.#trimQueued();
  }

  /**
   * Show a toast, or count a repeat of one with the same `display.key`. Returns its id, or `''`
   * when `display` is not an object (ignored, never thrown on).
   */
  add(display: ErrorDisplay, options?: ToastAddOptions): string {
    if (typeof display !== 'object' || display === null) return '';
    const now = this.#clock.now();
    const key = typeof display.key === 'string' ? display.key : null;
    const existingId = key === null ? undefined : this.#byKey.get(key);
    const existing = existingId === undefined ? undefined : this.#entries.get(existingId);
    if (existing) {
      const item = existing.item;
      this.#replace(existing, { ...item, display, count: item.count + 1, updatedAt: now }, options);
      return item.id;
    }
    if (options?.id !== undefined && this.#entries.has(options.id)) {
      this.update(options.id, display);
      return options.id;
    }
    const id = options?.id ?? `sek-toast-${++this.#seq}`;
    const duration = this.#durationOf(display, now, options);
    const item: ToastItem = { id, display, count: 1, createdAt: now, updatedAt: now, duration };
    const entry: Entry = {
      item: Object.freeze(item),
      visible: false,
      remaining: duration,
      deadline: 0,
      timer: undefined,
      hasTimer: false,
      addOptions: options,
    };
    this.#entries.set(id, entry);
    if (key !== null) this.#byKey.set(key, id);
    if (this.#visibleIds.length < this.#maxVisible) this.#show(entry);
    else {
      this.#queued.add(id);
      this.#trimQueued();
    }
    this.#changed();
    return id;
  }

  /** Replace a toast's display (count unchanged) and restart its timer. False when unknown. */
  update(id: string, display: ErrorDisplay): boolean {
    const entry = this.#entries.get(id);
    if (!entry || typeof display !== 'object' || display === null) return false;
    const oldKey = entry.item.display?.key;
    const newKey = typeof display?.key === 'string' ? display.key : null;
    if (oldKey !== newKey) {
      if (typeof oldKey === 'string' && this.#byKey.get(oldKey) === id) this.#byKey.delete(oldKey);
      if (newKey !== null && !this.#byKey.has(newKey)) this.#byKey.set(newKey, id);
    }
    const now = this.#clock.now();
    this.#replace(entry, { ...entry.item, display, updatedAt: now }, entry.addOptions);
    return true;
  }

  /** Remove a toast (visible or queued); the next queued one takes its place. */
  dismiss(id: string): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#forget(entry);
    if (entry.visible) {
      this.#visibleIds = this.#visibleIds.filter((visibleId) => visibleId !== id);
      this.#promote();
    } else {
      this.#queued.delete(id);
    }
    this.#changed();
  }

  /** Remove every toast, visible and queued. */
  dismissAll(): void {
    if (this.#entries.size === 0) return;
    for (const entry of this.#entries.values()) this.#stopTimer(entry);
    this.#entries.clear();
    this.#byKey.clear();
    this.#visibleIds = [];
    this.#queued.clear();
    this.#changed();
  }

  /**
   * Move the visible toasts behind the waiting ones and show the next ones (the "N more" button),
   * so every toast can be reached without dismissing any. Moved toasts get a full timer when they
   * come back. Does nothing when none wait.
   */
  rotate(): void {
    if (this.#queued.size === 0) return;
    const moved = this.#visibleIds;
    this.#visibleIds = [];
    for (const id of moved) {
      const entry = this.#entries.get(id);
      if (!entry) continue;
      this.#stopTimer(entry);
      entry.visible = false;
      entry.remaining = entry.item.duration;
      this.#queued.add(id);
    }
    this.#promote();
    this.#changed();
  }

  /** Hold every timer for `reason` (hover, focus, window blur, hidden page…) until `resume(reason)`. */
  pause(reason = 'default'): void {
    if (this.#pauseReasons.has(reason)) return;
    this.#pauseReasons.add(reason);
    if (this.#pauseReasons.size > 1) return;
    const now = this.#clock.now();
    for (const id of this.#visibleIds) {
      const entry = this.#entries.get(id);
      if (entry?.hasTimer) {
        entry.remaining = Math.max(0, entry.deadline - now);
        this.#stopTimer(entry);
      }
    }
    this.#changed();
  }

  /** Release the pause held for `reason`; timers run again once no reason is left. */
  resume(reason = 'default'): void {
    if (!this.#pauseReasons.delete(reason) || this.#pauseReasons.size > 0) return;
    for (const id of this.#visibleIds) {
      const entry = this.#entries.get(id);
      if (entry) this.#startTimer(entry);
    }
    this.#changed();
  }

  /** Listen to changes (batched: at most one call per microtask). Returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** The current state; the same object until something changes. */
  getSnapshot = (): ToastQueueSnapshot => {
    if (this.#dirty) {
      this.#dirty = false;
      const visible: ToastItem[] = [];
      for (const id of this.#visibleIds) {
        const entry = this.#entries.get(id);
        if (entry) visible.push(entry.item);
      }
      this.#snapshot = Object.freeze({
        visible: Object.freeze(visible),
        queuedCount: this.#queued.size,
        paused: this.#pauseReasons.size > 0,
        dropped: this.#dropped,
      });
    }
    return this.#snapshot;
  };

  /** What a server renders: always empty, so nothing differs at hydration. */
  getServerSnapshot = (): ToastQueueSnapshot => EMPTY_TOAST_SNAPSHOT;

  /**
   * Clear every item, timer, pause and listener. The queue stays usable afterwards, because React
   * StrictMode runs an effect's cleanup and setup again on the same instance.
   */
  destroy(): void {
    for (const entry of this.#entries.values()) this.#stopTimer(entry);
    this.#entries.clear();
    this.#byKey.clear();
    this.#visibleIds = [];
    this.#queued.clear();
    this.#listeners.clear();
    this.#pauseReasons.clear();
    this.#dropped = 0;
    this.#notifyPending = false;
    this.#generation += 1;
    this.#snapshot = EMPTY_TOAST_SNAPSHOT;
    this.#dirty = false;
  }

  /** Live resources, so tests and benchmarks can prove nothing is left behind. */
  debugCounts(): ToastQueueDebugCounts {
    return {
      items: this.#entries.size,
      timers: this.#timerCount,
      listeners: this.#listeners.size,
      pendingNotifications: this.#notifyPending ? 1 : 0,
      pauseReasons: this.#pauseReasons.size,
    };
  }

  #applyOptions(options: ToastQueueOptions): void {
    if (options.maxVisible !== undefined) {
      this.#maxVisible = Math.floor(atLeast(options.maxVisible, 1));
    }
    if (options.maxQueued !== undefined) {
      const value: unknown = options.maxQueued;
      // Infinity is a valid "never drop"; NaN or a non-number keeps the bound rather than lifting it
      this.#maxQueued =
        typeof value === 'number' && !Number.isNaN(value)
          ? Math.max(0, Math.floor(value))
          : DEFAULT_MAX_QUEUED;
    }
    if (options.duration !== undefined) {
      this.#duration = atLeast(options.duration, MIN_TOAST_DURATION_MS);
    }
    if (options.actionDuration !== undefined) {
      this.#actionDuration = atLeast(options.actionDuration, MIN_ACTION_TOAST_DURATION_MS);
    }
  }

  #durationOf(display: ErrorDisplay, now: number, options: ToastAddOptions | undefined): number {
    const settings = { duration: this.#duration, actionDuration: this.#actionDuration };
    return resolveDuration(display, settings, now, options);
  }

  /** Swap an entry's item and give it a full timer again. */
  #replace(entry: Entry, next: ToastItem, options: ToastAddOptions | undefined): void {
    if (options !== entry.addOptions && options !== undefined) entry.addOptions = options;
    const duration = this.#durationOf(next.display, next.updatedAt, entry.addOptions);
    entry.item = Object.freeze({ ...next, duration });
    this.#stopTimer(entry);
    entry.remaining = duration;
    if (entry.visible) this.#startTimer(entry);
    this.#changed();
  }

  /** Durations changed: shift each visible timer by the difference, keep time already spent. */
  #retime(): void {
    const now = this.#clock.now();
    for (const entry of this.#entries.values()) {
      const old = entry.item.duration;
      const duration = this.#durationOf(entry.item.display, now, entry.addOptions);
      if (duration === old) continue;
      entry.item = Object.freeze({ ...entry.item, duration });
      const left = entry.hasTimer ? entry.deadline - now : entry.remaining;
      this.#stopTimer(entry);
      entry.remaining = Number.isFinite(old) ? Math.max(0, left + duration - old) : duration;
      if (entry.visible) this.#startTimer(entry);
    }
    this.#changed();
  }

  /** `maxVisible` changed: promote waiting toasts, or move the newest visible ones back to the front of the queue. */
  #rebalance(): void {
    if (this.#visibleIds.length > this.#maxVisible) {
      const demoted = this.#visibleIds.slice(this.#maxVisible);
      this.#visibleIds = this.#visibleIds.slice(0, this.#maxVisible);
      const now = this.#clock.now();
      for (const id of demoted) {
        const entry = this.#entries.get(id);
        if (!entry) continue;
        if (entry.hasTimer) entry.remaining = Math.max(0, entry.deadline - now);
        this.#stopTimer(entry);
        entry.visible = false;
      }
      this.#queued = new Set([...demoted, ...this.#queued]);
    }
    this.#promote();
    this.#changed();
  }

  /** Stop an entry's timer and remove it from the item and key maps (not from the id lists). */
  #forget(entry: Entry): void {
    const id = entry.item.id;
    this.#stopTimer(entry);
    this.#entries.delete(id);
    const key = entry.item.display?.key;
    if (typeof key === 'string' && this.#byKey.get(key) === id) this.#byKey.delete(key);
  }

  /**
   * Drop waiting toasts beyond `maxQueued`: the oldest non-persistent one first, else the oldest.
   * Persistent ones are kept longest because they carry something the person must act on.
   */
  #trimQueued(): void {
    if (this.#queued.size <= this.#maxQueued) return;
    while (this.#queued.size > this.#maxQueued) {
      let victim: string | undefined;
      let oldest: string | undefined;
      for (const id of this.#queued) {
        oldest ??= id;
        if (Number.isFinite(this.#entries.get(id)?.item.duration ?? 0)) {
          victim = id;
          break;
        }
      }
      const dropId = victim ?? oldest;
      if (dropId === undefined) return;
      this.#queued.delete(dropId);
      const entry = this.#entries.get(dropId);
      if (entry) this.#forget(entry);
      this.#dropped += 1;
    }
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        DROPPED_WARNING_KEY,
        `The toast waiting line is full at ${this.#maxQueued}, so the oldest waiting error was ` +
          'dropped. Raise `maxQueued` on ErrorToaster (or the ToastQueue options), or show fewer ' +
          'distinct errors (repeats of the same error count up on one toast and never drop).',
      );
    }
    this.#changed();
  }

  #show(entry: Entry): void {
    entry.visible = true;
    this.#visibleIds.push(entry.item.id);
    this.#startTimer(entry);
  }

  #promote(): void {
    while (this.#visibleIds.length < this.#maxVisible && this.#queued.size > 0) {
      const next = this.#queued.values().next();
      if (next.done === true) return;
      this.#queued.delete(next.value);
      const entry = this.#entries.get(next.value);
      if (entry) this.#show(entry);
    }
  }

  #startTimer(entry: Entry): void {
    if (entry.hasTimer || this.#pauseReasons.size > 0 || !Number.isFinite(entry.remaining)) return;
    const id = entry.item.id;
    entry.deadline = this.#clock.now() + entry.remaining;
    entry.hasTimer = true;
    this.#timerCount += 1;
    entry.timer = this.#clock.setTimeout(() => {
      entry.hasTimer = false;
      this.#timerCount -= 1;
      this.dismiss(id);
    }, entry.remaining);
  }

  #stopTimer(entry: Entry): void {
    if (!entry.hasTimer) return;
    this.#clock.clearTimeout(entry.timer);
    entry.hasTimer = false;
    entry.timer = undefined;
    this.#timerCount -= 1;
  }

  /** Mark the snapshot stale and notify listeners once, in a microtask. */
  #changed(): void {
    this.#dirty = true;
    if (this.#notifyPending) return;
    this.#notifyPending = true;
    const generation = this.#generation;
    queueMicrotask(() => {
      if (generation !== this.#generation || !this.#notifyPending) return;
      this.#notifyPending = false;
      for (const listener of [...this.#listeners]) {
        try {
          listener();
        } catch (error) {
          // one failing listener must not starve the others; surface it without breaking the loop
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    });
  }
}
