import type { ErrorDisplay } from '../display/ErrorDisplay';
import { BatchedNotifier } from './BatchedNotifier';
import { warnOnce } from '../dev';
import {
  atLeast,
  DEFAULT_MAX_QUEUED,
  DEFAULT_MAX_VISIBLE,
  MIN_ACTION_TOAST_DURATION_MS,
  MIN_TOAST_DURATION_MS,
  queueBound,
  resolveDuration,
} from './durations';
import type {
  ToastAddOptions,
  ToastItem,
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
  dropped: 0,
});

interface Entry {
  item: ToastItem;
  options: ToastAddOptions | undefined;
}

/**
 * The toast queue: holds error toasts, coalesces repeats by `display.key`, shows at most
 * `maxVisible`, lets at most `maxQueued` wait (dropping the oldest waiting non-persistent one
 * beyond that, so an error storm cannot grow memory without bound) and gives each toast its
 * auto-dismiss `duration`. It keeps no timer: the toaster (Radix Toast) counts the durations,
 * pauses them and calls `dismiss`. Framework-free; React reads it with `useSyncExternalStore`.
 * Create one per app or provider, never per module. Listeners are notified once per microtask
 * however many changes happened, so a burst of 1000 `add`s costs one render.
 */
export class ToastQueue {
  readonly #entries = new Map<string, Entry>();
  readonly #byKey = new Map<string, string>();
  /**
   * Every id in line: the first `maxVisible` are shown, the rest wait in arrival order. So a
   * dismissal shows the next waiting toast, and a new `maxVisible` applies by itself.
   */
  #line: string[] = [];
  readonly #notifier = new BatchedNotifier();
  #maxVisible = DEFAULT_MAX_VISIBLE;
  #maxQueued = DEFAULT_MAX_QUEUED;
  #settings = { duration: MIN_TOAST_DURATION_MS, actionDuration: MIN_ACTION_TOAST_DURATION_MS };
  #dropped = 0;
  #seq = 0;
  #snapshot: ToastQueueSnapshot | null = EMPTY_TOAST_SNAPSHOT;

  constructor(options: ToastQueueOptions = {}) {
    this.setOptions(options);
  }

  /**
   * Change the limits and durations. New durations apply to toasts added or updated afterwards;
   * a new `maxVisible` applies at once (the newest visible toasts go back to the front of the
   * waiting line, or waiting ones are shown), and the waiting line is trimmed to `maxQueued`.
   */
  setOptions({ maxVisible, maxQueued, duration, actionDuration }: ToastQueueOptions): void {
    const shown = Math.min(this.#line.length, this.#maxVisible);
    if (maxVisible !== undefined) this.#maxVisible = Math.floor(atLeast(maxVisible, 1));
    if (maxQueued !== undefined) this.#maxQueued = queueBound(maxQueued);
    if (duration !== undefined) this.#settings.duration = atLeast(duration, MIN_TOAST_DURATION_MS);
    if (actionDuration !== undefined) {
      this.#settings.actionDuration = atLeast(actionDuration, MIN_ACTION_TOAST_DURATION_MS);
    }
    // Durations apply to later toasts; only a new number of shown toasts changes the snapshot.
    if (Math.min(this.#line.length, this.#maxVisible) !== shown) this.#changed();
    this.#trim();
  }

  /**
   * Show a toast, or count a repeat of one with the same `display.key`. Returns its id, or `''`
   * when `display` is not an object (ignored, never thrown on).
   */
  add(display: ErrorDisplay, options?: ToastAddOptions): string {
    if (typeof display !== 'object' || display === null) return '';
    const key = typeof display.key === 'string' ? display.key : undefined;
    const repeat = this.#entries.get(this.#byKey.get(key!) ?? '');
    if (repeat) {
      repeat.options = options ?? repeat.options;
      this.#replace(repeat, display, repeat.item.count + 1);
      return repeat.item.id;
    }
    const id = options?.id ?? `sek-toast-${++this.#seq}`;
    if (this.update(id, display)) return id;
    this.#entries.set(id, { item: this.#item(id, display, 1, Date.now(), options), options });
    if (key !== undefined) this.#byKey.set(key, id);
    this.#line.push(id);
    this.#trim();
    this.#changed();
    return id;
  }

  /** Replace a toast's display (count kept); its new `duration` restarts its time. */
  update(id: string, display: ErrorDisplay): boolean {
    const entry = this.#entries.get(id);
    if (!entry || typeof display !== 'object' || display === null) return false;
    const oldKey = entry.item.display.key;
    if (this.#byKey.get(oldKey) === id) this.#byKey.delete(oldKey);
    if (typeof display.key === 'string' && !this.#byKey.has(display.key)) {
      this.#byKey.set(display.key, id);
    }
    this.#replace(entry, display, entry.item.count);
    return true;
  }

  /** The id of the toast (visible or waiting) showing `key`, or `undefined`. */
  idOf(key: string): string | undefined {
    return this.#byKey.get(key);
  }

  /** Remove a toast (visible or waiting); the oldest waiting one takes its place. */
  dismiss(id: string): void {
    const at = this.#line.indexOf(id);
    if (at === -1) return;
    this.#forget(at);
    this.#changed();
  }

  /** Remove every toast, visible and waiting. */
  dismissAll(): void {
    if (this.#entries.size === 0) return;
    this.#clear();
    this.#changed();
  }

  /**
   * Move the visible toasts behind the waiting ones and show the next ones (the "N more" button),
   * so every toast can be reached without dismissing any. Does nothing when none wait.
   */
  rotate(): void {
    if (this.#line.length <= this.#maxVisible) return;
    this.#line.push(...this.#line.splice(0, this.#maxVisible));
    this.#changed();
  }

  /** Listen to changes (batched: at most one call per microtask). Returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => this.#notifier.subscribe(listener);

  /** The current state; the same frozen object until something changes. */
  getSnapshot = (): ToastQueueSnapshot =>
    (this.#snapshot ??= Object.freeze({
      visible: Object.freeze(
        this.#line.slice(0, this.#maxVisible).map((id) => this.#entries.get(id)!.item),
      ),
      queuedCount: Math.max(0, this.#line.length - this.#maxVisible),
      dropped: this.#dropped,
    }));

  /** What a server renders: always empty, so nothing differs at hydration. */
  getServerSnapshot = (): ToastQueueSnapshot => EMPTY_TOAST_SNAPSHOT;

  /**
   * Clear every item and listener. The queue stays usable afterwards, because React StrictMode
   * runs an effect's cleanup and setup again on the same instance.
   */
  destroy(): void {
    this.#clear();
    this.#notifier.clear();
    this.#dropped = 0;
    this.#snapshot = EMPTY_TOAST_SNAPSHOT;
  }

  /** Live resources, so tests and benchmarks can prove nothing is left behind. */
  debugCounts(): ToastQueueDebugCounts {
    const { listeners, pending } = this.#notifier.counts();
    return { items: this.#entries.size, listeners, pendingNotifications: pending };
  }

  /** A frozen item; its `updatedAt` is now, from which the toaster restarts its time. */
  #item(
    id: string,
    display: ErrorDisplay,
    count: number,
    createdAt: number,
    options?: ToastAddOptions,
  ) {
    const now = Date.now();
    const duration = resolveDuration(display, this.#settings, now, options);
    return Object.freeze({ id, display, count, createdAt, updatedAt: now, duration });
  }

  #replace(entry: Entry, display: ErrorDisplay, count: number): void {
    const { id, createdAt } = entry.item;
    entry.item = this.#item(id, display, count, createdAt, entry.options);
    this.#changed();
  }

  /** Remove the item at `at` in line, and its key. */
  #forget(at: number): void {
    const [id] = this.#line.splice(at, 1);
    const key = this.#entries.get(id!)!.item.display.key;
    this.#entries.delete(id!);
    if (this.#byKey.get(key) === id) this.#byKey.delete(key);
  }

  #clear(): void {
    this.#entries.clear();
    this.#byKey.clear();
    this.#line = [];
  }

  /**
   * Drop waiting toasts beyond `maxQueued`: the oldest non-persistent one first, else the oldest.
   * Persistent ones are kept longest because they carry something the person must act on.
   */
  #trim(): void {
    const limit = this.#maxVisible + this.#maxQueued;
    if (this.#line.length <= limit) return;
    while (this.#line.length > limit) {
      let victim = this.#maxVisible;
      for (let at = victim; at < this.#line.length; at += 1) {
        if (Number.isFinite(this.#entries.get(this.#line[at]!)!.item.duration)) {
          victim = at;
          break;
        }
      }
      this.#forget(victim);
      this.#dropped += 1;
    }
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        'toast-queue-dropped',
        `The toast waiting line is full at ${this.#maxQueued}, so the oldest waiting error was ` +
          'dropped. Raise `maxQueued` on ErrorToaster (or the ToastQueue options), or show fewer ' +
          'distinct errors (repeats of the same error count up on one toast and never drop).',
      );
    }
    this.#changed();
  }

  /** Mark the snapshot stale and notify the listeners (once per microtask). */
  #changed(): void {
    this.#snapshot = null;
    this.#notifier.notify();
  }
}
