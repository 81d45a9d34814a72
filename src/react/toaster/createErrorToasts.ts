import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { readOptions } from '../../core/display/readOptions';
import { toErrorDisplay } from '../../core/display/toErrorDisplay';
import { ToastQueue } from '../../core/queue/ToastQueue';
import type {
  ToastAddOptions,
  ToastQueueOptions,
  ToastQueueSnapshot,
} from '../../core/queue/types';
import type { SmartcarErrorConfig } from '../SmartcarErrorContext';
import { mergeDisplayOptions } from '../internal/mergeSmartcarErrorConfig';
import { failuresIn } from './failuresIn';

/** Options of `show`: wording options over the provider's, plus how this toast behaves. */
export interface ShowErrorToastOptions extends DisplayOptions, ToastAddOptions {}

/**
 * A toast store: the error toasts of one app, usable inside and outside React (a TanStack Query
 * `QueryCache` `onError`, a fetch interceptor, a Server Action's result handler). Render it with
 * `<SmartcarErrorProvider toasts={store}>` and an `ErrorToaster` below; `useErrorToasts()` below
 * that provider returns this store's functions. Create one per app with `createErrorToasts()`.
 */
export interface ErrorToastStore {
  /**
   * Show an error as a toast: `input` is anything `parseSmartcarError` accepts, a `SmartcarError`
   * or an `ErrorDisplay`. Its wording follows the config (app name, locale, locale packs,
   * messages, actions) of the provider that renders the store, with `options` over it. Shown
   * before any provider renders the store, the toast waits and appears once one mounts. A repeat
   * of a shown error (same display key) counts up instead of stacking. Returns the toast's id.
   * Never throws.
   *
   * Every failure the input holds is shown (`parseSmartcarErrors`: each item of a webhook
   * `VEHICLE_ERROR` event, each failed signal or batch item), and one Smartcar reports
   * `RESOLVED` ends the toast of the same failure (same type, code and vehicle) instead of being
   * shown. Returns the id of the first toast shown or ended, `''` when there was none; an `id`
   * option goes to that first toast only.
   */
  readonly show: (input: unknown, options?: ShowErrorToastOptions) => string;
  /**
   * Replace a toast's error (its count is kept, its timer restarts). False when the id is unknown.
   */
  readonly update: (id: string, input: unknown, options?: DisplayOptions) => boolean;
  /** Remove one toast, visible, queued or waiting for a provider. */
  readonly dismiss: (id: string) => void;
  /** Remove every toast. */
  readonly dismissAll: () => void;
  /** The visible toasts and how many wait (what `useErrorToasts().toasts` reads). */
  readonly getSnapshot: () => ToastQueueSnapshot;
  /** What a server renders: always empty, so nothing differs at hydration. */
  readonly getServerSnapshot: () => ToastQueueSnapshot;
  /**
   * Call `listener` after the snapshot changes (batched per microtask); returns the unsubscribe.
   */
  readonly subscribe: (listener: () => void) => () => void;
}

/** Options of `createErrorToasts`: the queue's limits and durations. */
export type CreateErrorToastsOptions = ToastQueueOptions;

/**
 * Internal: what the kit's provider, hook and toaster use beside the public functions. Present on
 * every store `createErrorToasts` makes; absent from the public type.
 */
export interface ToastStore extends ErrorToastStore {
  /** The queue that holds the toasts (the toaster's `rotate` and `setOptions`). */
  readonly queue: ToastQueue;
  /**
   * A provider rendering the store lends it its config (read at each `show`) until the returned
   * function is called; the latest lender wins. Toasts shown before any lender are shown now.
   */
  readonly lend: (read: () => SmartcarErrorConfig) => () => void;
  /** The same toasts, shown with the config `read` returns (a nested provider's hook). */
  readonly view: (read: () => SmartcarErrorConfig) => ToastStore;
  /** How `show` words `input` (the config `read` returns), without showing it. */
  readonly word: (input: unknown) => ErrorDisplay;
  /**
   * End the toast of the same failure as `failure` (same display key: type, code, vehicle), what a
   * resolved vehicle issue does. False when no toast of it was open.
   */
  readonly end: (failure: ErrorDisplay) => boolean;
}

/** A `show` made while no provider rendered the store: shown when one lends its config. */
interface EarlyToast {
  readonly id: string;
  readonly input: unknown;
  readonly options: ShowErrorToastOptions;
}

/** What a store and its views share. */
interface Shared {
  readonly queue: ToastQueue;
  readonly lenders: (() => SmartcarErrorConfig)[];
  early: EarlyToast[];
  earlySeq: number;
}

/**
 * Creates a toast store. Safe at module scope and during server rendering: it starts no timer and
 * touches no browser global until a toast is shown in the browser. Each call makes an
 * independent store (there is no shared default one).
 *
 * @example
 * ```ts
 * export const toasts = createErrorToasts();
 * const queryClient = new QueryClient({
 *   queryCache: new QueryCache({ onError: (error) => toasts.show(error) }),
 * });
 * // Rendered by <SmartcarErrorProvider appName="Volt" toasts={toasts}> with <ErrorToaster />.
 * ```
 */
export function createErrorToasts(options: CreateErrorToastsOptions = {}): ErrorToastStore {
  return storeAround(
    new ToastQueue(typeof options === 'object' && options !== null ? options : {}),
  );
}

/** Internal: a store around `queue`, worded with the config of the provider that renders it. */
export function storeAround(queue: ToastQueue): ToastStore {
  const shared: Shared = { queue, lenders: [], early: [], earlySeq: 0 };
  return storeOver(shared, () => shared.lenders.at(-1)?.());
}

/** Internal: whether `value` is a store made by `createErrorToasts` (anything else is ignored). */
export function isToastStore(value: unknown): value is ToastStore {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<ToastStore>).lend === 'function' &&
    typeof (value as Partial<ToastStore>).view === 'function'
  );
}

/** The one implementation of `show` and `update`, with `read` giving the config to word with. */
function storeOver(shared: Shared, read: () => SmartcarErrorConfig | undefined): ToastStore {
  const { queue } = shared;
  const display = (input: unknown, options: DisplayOptions | undefined): ErrorDisplay =>
    toErrorDisplay(input, mergeDisplayOptions(read() ?? {}, options));

  const store: ToastStore = {
    show(input, options) {
      const own = readOptions(options);
      const add = addOptionsOf(options);
      const config = read();
      if (config === undefined) return waitForProvider(shared, input, { ...own, ...add });
      const failures = failuresIn(input, mergeDisplayOptions(config, own));
      let first = '';
      for (const failure of failures) {
        // A caller's id names the first toast; the others get their own.
        const id =
          failure.state === 'RESOLVED'
            ? endToast(queue, failure)
            : queue.add(failure, first === '' ? add : withoutId(add));
        if (first === '') first = id;
      }
      return first;
    },
    update(id, input, options) {
      const own = readOptions(options);
      const early = shared.early.find((item) => item.id === id);
      if (early === undefined) return queue.update(id, display(input, own));
      shared.early = shared.early.map((item) =>
        item === early ? { id, input, options: { ...early.options, ...own, id } } : item,
      );
      return true;
    },
    dismiss(id) {
      shared.early = shared.early.filter((item) => item.id !== id);
      queue.dismiss(id);
    },
    dismissAll() {
      shared.early = [];
      queue.dismissAll();
    },
    getSnapshot: queue.getSnapshot,
    getServerSnapshot: queue.getServerSnapshot,
    subscribe: queue.subscribe,
    queue,
    lend(lender) {
      shared.lenders.push(lender);
      const early = shared.early;
      shared.early = [];
      for (const { input, options } of early) store.show(input, options);
      return () => {
        const index = shared.lenders.lastIndexOf(lender);
        if (index !== -1) shared.lenders.splice(index, 1);
      };
    },
    view: (lender) => storeOver(shared, lender),
    word: (input) => display(input, undefined),
    end: (failure) => endToast(queue, failure) !== '',
  };
  return store;
}

/** Dismisses the toast showing `failure`'s key; returns its id, or `''` when none was open. */
function endToast(queue: ToastQueue, failure: ErrorDisplay): string {
  const id = queue.idOf(failure.key);
  if (id === undefined) return '';
  queue.dismiss(id);
  return id;
}

/** Keeps a `show` for the first provider that renders the store; returns the toast's future id. */
function waitForProvider(shared: Shared, input: unknown, options: ShowErrorToastOptions): string {
  const id = options.id ?? `sek-toast-early-${++shared.earlySeq}`;
  shared.early = [
    ...shared.early.filter((early) => early.id !== id),
    { id, input, options: { ...options, id } },
  ];
  return id;
}

/** `add` without its id. */
function withoutId(add: ToastAddOptions | undefined): ToastAddOptions | undefined {
  if (add?.id === undefined) return add;
  const { id: _id, ...rest } = add;
  return rest;
}

/**
 * The queue's part of `show`'s options (id, duration, persistent, retry), validated, read once
 * beside `readOptions`'s read of the wording part; undefined when there is none or it cannot be
 * read (never throws).
 */
function addOptionsOf(options: ShowErrorToastOptions | undefined): ToastAddOptions | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    const { id, duration, persistent, retry } = options;
    if (id === undefined && duration === undefined && persistent === undefined && !retry) {
      return undefined;
    }
    const add: { -readonly [K in keyof ToastAddOptions]: ToastAddOptions[K] } = {};
    if (typeof id === 'string' && id !== '') add.id = id;
    if (duration !== undefined) add.duration = duration;
    if (typeof persistent === 'boolean') add.persistent = persistent;
    if (typeof retry === 'function') add.retry = retry;
    return add;
  } catch {
    return undefined;
  }
}
