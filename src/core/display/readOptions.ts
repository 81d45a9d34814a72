import { nonBlank } from '../internal/nonBlank';
import type { DisplayOptions } from './DisplayOptions';

const NO_OPTIONS: DisplayOptions = {};

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * The one read of display options, wherever they come from (a `toErrorDisplay` call, a
 * component's props, a `show` call, the provider's config merged with either): a plain copy of
 * the usable values only — `appName`, `vehicleName` and `locale` non-blank (trimmed), `locales`
 * an array, `messages` and `actions` objects, `now` a finite number. `{}` for anything that is
 * not an object, or whose fields throw when read. Never throws. What `messages`, `actions` and
 * the packs in `locales` hold is read by key where it is used, inside `toErrorDisplay`'s guard.
 */
export function readOptions(options: unknown): DisplayOptions {
  if (!isObject(options)) return NO_OPTIONS;
  try {
    const given = options as { readonly [K in keyof DisplayOptions]?: unknown };
    const read: { -readonly [K in keyof DisplayOptions]: DisplayOptions[K] } = {};
    for (const key of ['appName', 'locale', 'vehicleName'] as const) {
      const text = nonBlank(given[key]);
      if (text !== null) read[key] = text;
    }
    const { locales, messages, actions, now } = given;
    if (Array.isArray(locales)) read.locales = locales;
    if (isObject(messages)) read.messages = messages as DisplayOptions['messages'] & object;
    if (isObject(actions)) read.actions = actions as DisplayOptions['actions'] & object;
    if (Number.isFinite(now)) read.now = now as number;
    return read;
  } catch {
    return NO_OPTIONS;
  }
}
