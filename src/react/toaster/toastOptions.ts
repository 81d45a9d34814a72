import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ToastAddOptions } from '../../core/queue/types';
import type { SmartcarErrorConfig } from '../SmartcarErrorContext';
import { mergeLocales, mergeRecords } from '../provider/mergeSmartcarErrorConfig';

/** Options of `show`: wording options over the provider's, plus how this toast behaves. */
export interface ShowErrorToastOptions extends DisplayOptions, ToastAddOptions {}

type MutableDisplayOptions = { -readonly [K in keyof DisplayOptions]: DisplayOptions[K] };

/** The provider's wording config with `options` over it (`messages`/`actions` key by key). */
export function mergeDisplayOptions(
  config: SmartcarErrorConfig,
  options: DisplayOptions | undefined,
): DisplayOptions {
  const own = typeof options === 'object' && options !== null ? options : {};
  const merged: MutableDisplayOptions = {};
  const appName = own.appName ?? config.appName;
  const locale = own.locale ?? config.locale;
  const locales = mergeLocales(own.locales, config.locales);
  const messages = mergeRecords(config.messages, own.messages);
  const actions = mergeRecords(config.actions, own.actions);
  if (appName !== undefined) merged.appName = appName;
  if (locale !== undefined) merged.locale = locale;
  if (locales !== undefined) merged.locales = locales;
  if (messages !== undefined) merged.messages = messages;
  if (actions !== undefined) merged.actions = actions;
  if (own.vehicleName !== undefined) merged.vehicleName = own.vehicleName;
  if (own.now !== undefined) merged.now = own.now;
  return merged;
}

/** The queue's part of `show`'s options (id, duration, persistent), validated; else undefined. */
export function addOptionsOf(
  options: ShowErrorToastOptions | undefined,
): ToastAddOptions | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const { id, duration, persistent } = options;
  if (id === undefined && duration === undefined && persistent === undefined) return undefined;
  const add: { -readonly [K in keyof ToastAddOptions]: ToastAddOptions[K] } = {};
  if (typeof id === 'string' && id !== '') add.id = id;
  if (duration !== undefined) add.duration = duration;
  if (typeof persistent === 'boolean') add.persistent = persistent;
  return add;
}
