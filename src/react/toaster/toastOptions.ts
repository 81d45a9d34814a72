import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ToastAddOptions } from '../../core/queue/types';

/** Options of `show`: wording options over the provider's, plus how this toast behaves. */
export interface ShowErrorToastOptions extends DisplayOptions, ToastAddOptions {}

/** The queue's part of `show`'s options (id, duration, persistent), validated; else undefined. */
export function addOptionsOf(
  options: ShowErrorToastOptions | undefined,
): ToastAddOptions | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
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
}
