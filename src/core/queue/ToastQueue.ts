import type { ErrorDisplay } from '../display/ErrorDisplay';
import { BatchedNotifier } from './BatchedNotifier';
import { warnOnce } from '../internal/dev';
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

/** Replaced by the app's bundler; declared here, not via @types/node (see core/internal/dev.ts). */
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
  /** Arrival order: ties keep it. */
  readonly arrival: number;
  /**
   * Times the person moved it behind the others with `rotate()`: seen toasts wait behind unseen
   * ones.
   */
  round: number;
}

/**
 * A toast that needs the person (persistent: reconnect, billing, open-url…) comes before one that
 * passes by itself.
 */
const urgency = (entry: Entry): number =>
  entry.item.duration === Number.POSITIVE_INFINITY ? 0 : 1;

/** The order of the line: rotation round, then what needs the person first, then arrival. */
const inLineOrder = (a: Entry, b: Entry): number =>
  a.round - b.round || urgency(a) - urgency(b) || a.arrival - b.arrival;

/**
 * Internal (not exported by any entry): toasts reach it only through a toast store's `show` and
 * `update` (`createErrorToasts`), which build every display with `toErrorDisplay`, the kit's one
 * trust boundary; so it trusts its displays, as React Aria's queue trusts its `T`.
 *
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
   * Every id in line order (`inLineOrder`): the first `maxVisible` are shown, the rest wait. So a
   * toast the person must act on is never the one waiting while one that passes by itself is
   * shown, a dismissal shows the next waiting toast, and a new `maxVisible` applies by itself.
   */
  #line: string[] = [];
  readonly #notifier = new BatchedNotifier();
  #maxVisible = DEFAULT_MAX_VISIBLE;
  #maxQueued = DEFAULT_MAX_QUEUED;
  #settings = { duration: MIN_TOAST_DURATION_MS, actionDuration: MIN_ACTION_TOAST_DURATION_MS };
  #dropped = 0;
  #seq = 0;
  #arrivals = 0;
  #offline = false;
  /** Retries of network failures that waited for the connection, each once (a Set). */
  readonly #waiting = new Set<() => void>();
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
   * Show a toast, or count a repeat of one with the same `display.key`. Returns its id (`''` for
   * a network failure held back while offline).
   */
  add(display: ErrorDisplay, options?: ToastAddOptions): string {
    if (this.#offline && display.type === 'NETWORK') {
      this.#wait(options);
      return '';
    }
    const key = display.key;
    const repeat = this.#entries.get(this.#byKey.get(key) ?? '');
    if (repeat) {
      repeat.options = options ?? repeat.options;
      this.#replace(repeat, display, repeat.item.count + 1);
      return repeat.item.id;
    }
    const id = options?.id ?? `sek-toast-${++this.#seq}`;
    if (this.update(id, display)) return id;
    const first = this.#entries.get(this.#line[0]!);
    const item = this.#item(id, display, 1, Date.now(), options);
    const entry = { item, options, arrival: ++this.#arrivals, round: first?.round ?? 0 };
    this.#entries.set(id, entry);
    this.#byKey.set(key, id);
    this.#place(id, entry);
    this.#trim();
    this.#changed();
    return id;
  }

  /** Replace a toast's display (count kept); its new `duration` restarts its time. */
  update(id: string, display: ErrorDisplay): boolean {
    const entry = this.#entries.get(id);
    if (!entry) return false;
    const oldKey = entry.item.display.key;
    if (this.#byKey.get(oldKey) === id) this.#byKey.delete(oldKey);
    if (!this.#byKey.has(display.key)) this.#byKey.set(display.key, id);
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

  /**
   * While the browser is offline, network failures are one situation, not a toast each: the
   * toaster shows one notice, `add` of a `NETWORK` display shows nothing (its `retry` option
   * waits), and the network toasts already there end (their retries wait too). Back online,
   * returns the retries that waited, each once, for the caller to run (the queue keeps no timer).
   * At most `maxQueued` retries wait.
   */
  setOffline(offline: boolean): (() => void)[] {
    this.#offline = offline;
    if (offline) {
      for (const id of [...this.#line]) {
        const entry = this.#entries.get(id)!;
        if (entry.item.display.type === 'NETWORK') {
          this.#wait(entry.options);
          this.dismiss(id);
        }
      }
      return [];
    }
    const retries = [...this.#waiting];
    this.#waiting.clear();
    return retries;
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
    const seen = this.#line.splice(0, this.#maxVisible);
    const round = this.#entries.get(this.#line[this.#line.length - 1]!)!.round + 1;
    for (const id of seen) this.#entries.get(id)!.round = round;
    // Still in line order among themselves: one round, and the order they were shown in.
    this.#line.push(...seen);
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
    this.#waiting.clear();
    this.#notifier.clear();
    this.#dropped = 0;
    this.#snapshot = EMPTY_TOAST_SNAPSHOT;
  }

  /**
   * @internal Live resources, so tests and benchmarks can prove nothing is left behind. Not in
   * the published types (`stripInternal`).
   */
  debugCounts(): ToastQueueDebugCounts {
    const { listeners, pending } = this.#notifier.counts();
    return { items: this.#entries.size, listeners, pendingNotifications: pending };
  }

  #wait(options: ToastAddOptions | undefined): void {
    const retry = options?.retry;
    if (retry !== undefined && this.#waiting.size < this.#maxQueued) this.#waiting.add(retry);
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
    const before = urgency(entry);
    entry.item = this.#item(id, display, count, createdAt, entry.options);
    // A toast that now needs the person (or no longer does) takes its place in line.
    if (urgency(entry) !== before) {
      this.#line.splice(this.#line.indexOf(id), 1);
      this.#place(id, entry);
    }
    this.#changed();
  }

  /**
   * Insert `id` in line order. Scanning from the end, most arrivals stop at once (a toast that
   * passes by itself, in the current round), so a burst of adds stays linear.
   */
  #place(id: string, entry: Entry): void {
    let at = this.#line.length;
    while (at > 0 && inLineOrder(this.#entries.get(this.#line[at - 1]!)!, entry) > 0) at -= 1;
    this.#line.splice(at, 0, id);
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
          'dropped. Raise `maxQueued` on ErrorToaster (or createErrorToasts), or show fewer ' +
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
