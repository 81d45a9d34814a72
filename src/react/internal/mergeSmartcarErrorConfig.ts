import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { LocalePack } from '../../core/messages/LocalePack';
import { mergeThemes } from '../../theme/themeToCssVars';
import type { SmartcarErrorConfig } from '../SmartcarErrorContext';

/** A config whose fields may also be explicitly `undefined` (unset props of a provider). */
export type LooseConfig = {
  readonly [K in keyof SmartcarErrorConfig]?: SmartcarErrorConfig[K] | undefined;
};

/**
 * Key-by-key merge of two records; `over` wins, and its `undefined` values never erase a value of
 * `under`. Returns the other record as is when one is absent.
 */
export function mergeRecords<T extends object>(
  under: T | undefined,
  over: T | undefined,
): T | undefined {
  if (over === undefined || over === null) return under ?? undefined;
  if (under === undefined || under === null) return over;
  const merged: Record<string, unknown> = {};
  for (const [key, value] of [...Object.entries(under), ...Object.entries(over)]) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

/** `first` then `second`, keeping the first pack of each locale tag. */
export function mergeLocales(
  first: readonly LocalePack[] | undefined,
  second: readonly LocalePack[] | undefined,
): readonly LocalePack[] | undefined {
  if (!Array.isArray(second) || second.length === 0)
    return Array.isArray(first) ? first : undefined;
  if (!Array.isArray(first) || first.length === 0) return second;
  const seen = new Set<unknown>();
  const merged: LocalePack[] = [];
  for (const pack of [...first, ...second]) {
    const tag = typeof pack?.locale === 'string' ? pack.locale.toLowerCase() : pack;
    if (seen.has(tag)) continue;
    seen.add(tag);
    merged.push(pack);
  }
  return merged;
}

/** Display options whose fields may also be explicitly `undefined`. */
export type LooseDisplayOptions = {
  readonly [K in keyof DisplayOptions]?: DisplayOptions[K] | undefined;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The wording part of both merges below: set values win, records key by key, own packs first. */
function mergeWording(
  under: SmartcarErrorConfig,
  over: LooseConfig | LooseDisplayOptions,
): Mutable<DisplayOptions> {
  const merged: Mutable<DisplayOptions> = {};
  const appName = over.appName ?? under.appName;
  const locale = over.locale ?? under.locale;
  const locales = mergeLocales(over.locales, under.locales);
  const messages = mergeRecords(under.messages, over.messages);
  const actions = mergeRecords(under.actions, over.actions);
  if (appName != null) merged.appName = appName;
  if (locale != null) merged.locale = locale;
  if (locales !== undefined) merged.locales = locales;
  if (messages !== undefined) merged.messages = messages;
  if (actions !== undefined) merged.actions = actions;
  return merged;
}

/**
 * Merges an inner provider's props over the outer provider's config. Scalars and handlers: the
 * inner one when set. `messages`, `actions` and `support`: key by key, inner wins. `theme`: token
 * by token, inner wins. `locales`: the inner packs first, then the outer ones (one pack per tag).
 * Unset (`undefined`) props never erase an outer value.
 */
export function mergeSmartcarErrorConfig(
  outer: SmartcarErrorConfig,
  inner: LooseConfig,
): SmartcarErrorConfig {
  const merged: Mutable<SmartcarErrorConfig> = mergeWording(outer, inner);
  const colorScheme = inner.colorScheme ?? outer.colorScheme;
  const onRetry = inner.onRetry ?? outer.onRetry;
  const onReconnect = inner.onReconnect ?? outer.onReconnect;
  const onAction = inner.onAction ?? outer.onAction;
  const support = mergeRecords(outer.support, inner.support);
  const theme = mergeThemes(outer.theme, inner.theme);
  if (colorScheme != null) merged.colorScheme = colorScheme;
  if (onRetry != null) merged.onRetry = onRetry;
  if (onReconnect != null) merged.onReconnect = onReconnect;
  if (onAction != null) merged.onAction = onAction;
  if (support !== undefined) merged.support = support;
  if (theme !== undefined) merged.theme = theme;
  return merged;
}

/**
 * The one merge of display options: the provider's wording config with a component's props or a
 * `show` call's options over it, by the same rules as nested providers, plus `vehicleName` and
 * `now`, which only a component or call has. Used by `useErrorDisplay` and the toasts' `show`.
 */
export function mergeDisplayOptions(
  config: SmartcarErrorConfig,
  options: LooseDisplayOptions | undefined,
): DisplayOptions {
  const own = options ?? {};
  const merged = mergeWording(config, own);
  if (own.vehicleName !== undefined) merged.vehicleName = own.vehicleName;
  if (own.now !== undefined) merged.now = own.now;
  return merged;
}
