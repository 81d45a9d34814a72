import type { DisplayOptions } from '../../core/display/DisplayOptions';
import { resolveErrorDisplay } from '../../core/display/resolveErrorDisplay';
import { ToastQueue } from '../../core/queue/ToastQueue';
import type { ToastQueueOptions, ToastQueueSnapshot } from '../../core/queue/types';
import type { SmartcarErrorConfig } from '../SmartcarErrorContext';
import { mergeDisplayOptions } from '../provider/mergeSmartcarErrorConfig';
import { addOptionsOf, type ShowErrorToastOptions } from './toastOptions';

/**
 * A toast store: the error toasts of one app, usable inside and outside React (a TanStack Query
 * `QueryCache` `onError`, a fetch interceptor, a Server Action's result handler). Render it with
 * `<SmartcarErrorProvider toasts={store}>` and an `ErrorToaster` below; `useErrorToasts()` below
 * that provider returns the same toasts. Create one per app with `createErrorToasts()`.
 */
export interface ErrorToastStore {
  /**
   * Show an error as a toast: `input` is anything `parseSmartcarError` accepts, a `SmartcarError`
   * or an `ErrorDisplay`. Its wording follows the config (app name, locale, locale packs,
   * messages, actions) of the provider that renders the store, with `options` over it. Shown
   * before any provider renders the store, the toast waits and appears once one mounts. A repeat
   * of a shown error (same display key) counts up instead of stacking. Returns the toast's id.
   * Never throws.
   */
  readonly show: (input: unknown, options?: ShowErrorToastOptions) => string;
  /** Replace a toast's error (its count is kept, its timer restarts). False when the id is unknown. */
  readonly update: (id: string, input: unknown, options?: DisplayOptions) => boolean;
  /** Remove one toast, visible, queued or waiting for a provider. */
  readonly dismiss: (id: string) => void;
  /** Remove every toast. */
  readonly dismissAll: () => void;
  /** The visible toasts and how many wait (what `useErrorToasts().toasts` reads). */
  readonly getSnapshot: () => ToastQueueSnapshot;
  /** Call `listener` after the snapshot changes (batched per microtask); returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** Options of `createErrorToasts`: the queue's limits and durations. */
export type CreateErrorToastsOptions = ToastQueueOptions;

/** A `show` made while no provider rendered the store: resolved when one mounts. */
interface EarlyToast {
  readonly id: string;
  readonly input: unknown;
  readonly options: ShowErrorToastOptions;
}

/** What the kit's React layer reaches behind a store's public functions. */
interface StoreInternals {
  readonly queue: ToastQueue;
  /** Config readers of the providers rendering the store; the latest mounted one wins. */
  readonly configs: (() => SmartcarErrorConfig)[];
  early: EarlyToast[];
}

const internalsOf = new WeakMap<ErrorToastStore, StoreInternals>();
const storeOfQueue = new WeakMap<ToastQueue, ErrorToastStore>();

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
 * // <SmartcarErrorProvider appName="Volt" toasts={toasts}>…<ErrorToaster /></SmartcarErrorProvider>
 * ```
 */
export function createErrorToasts(options: CreateErrorToastsOptions = {}): ErrorToastStore {
  return storeForQueue(
    new ToastQueue(typeof options === 'object' && options !== null ? options : {}),
  );
}

/** Internal: the store around `queue` (one per queue, so its identity is stable). */
export function storeForQueue(queue: ToastQueue): ErrorToastStore {
  const known = storeOfQueue.get(queue);
  if (known !== undefined) return known;
  const internals: StoreInternals = { queue, configs: [], early: [] };
  let earlySeq = 0;
  const config = (): SmartcarErrorConfig | undefined => internals.configs.at(-1)?.();

  const store: ErrorToastStore = {
    show(input, options) {
      const current = config();
      if (current !== undefined) {
        const display = resolveErrorDisplay(input, mergeDisplayOptions(current, options));
        return queue.add(display, addOptionsOf(options));
      }
      const id = addOptionsOf(options)?.id ?? `sek-toast-early-${++earlySeq}`;
      const own = typeof options === 'object' && options !== null ? options : {};
      internals.early = [
        ...internals.early.filter((early) => early.id !== id),
        { id, input, options: { ...own, id } },
      ];
      return id;
    },
    update(id, input, options) {
      const early = internals.early.find((item) => item.id === id);
      if (early !== undefined) {
        const own = typeof options === 'object' && options !== null ? options : {};
        internals.early = internals.early.map((item) =>
          item === early ? { id, input, options: { ...early.options, ...own, id } } : item,
        );
        return true;
      }
      return queue.update(
        id,
        resolveErrorDisplay(input, mergeDisplayOptions(config() ?? {}, options)),
      );
    },
    dismiss(id) {
      internals.early = internals.early.filter((item) => item.id !== id);
      queue.dismiss(id);
    },
    dismissAll() {
      internals.early = [];
      queue.dismissAll();
    },
    getSnapshot: queue.getSnapshot,
    subscribe: queue.subscribe,
  };
  internalsOf.set(store, internals);
  storeOfQueue.set(queue, store);
  return store;
}

/** Internal: whether `value` is a store made by `createErrorToasts` (anything else is ignored). */
export function isErrorToastStore(value: unknown): value is ErrorToastStore {
  return typeof value === 'object' && value !== null && internalsOf.has(value as ErrorToastStore);
}

/** Internal: the queue behind a store made by `createErrorToasts` (or `storeForQueue`). */
export function queueOfStore(store: ErrorToastStore): ToastQueue {
  const internals = internalsOf.get(store);
  if (internals === undefined) {
    throw new TypeError(
      'smartcar-error-kit: `toasts` must be a store made by createErrorToasts().',
    );
  }
  return internals.queue;
}

/**
 * Internal: a provider that renders `store` lends it its config (read at each `show`) until the
 * returned function is called. Toasts shown before any provider did are resolved and shown now.
 */
export function lendConfig(store: ErrorToastStore, read: () => SmartcarErrorConfig): () => void {
  const internals = internalsOf.get(store);
  if (internals === undefined) return () => {};
  internals.configs.push(read);
  const early = internals.early;
  internals.early = [];
  for (const { input, options } of early) store.show(input, options);
  return () => {
    const index = internals.configs.lastIndexOf(read);
    if (index !== -1) internals.configs.splice(index, 1);
  };
}
