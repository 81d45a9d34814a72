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

type LocalePacks = readonly LocalePack[] | undefined;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Sets each of `keys` that `merge` gives a value (not null) from `under`'s and `over`'s; by
 * default `over`'s value, else `under`'s.
 */
function setEither<K extends keyof LooseConfig>(
  merged: Mutable<LooseConfig>,
  under: LooseConfig,
  over: LooseConfig,
  keys: readonly K[],
  merge: (under: never, over: never) => unknown = (a, b) => b ?? a,
): void {
  for (const key of keys) {
    const value = merge(under[key] as never, over[key] as never);
    if (value != null) merged[key] = value as LooseConfig[K];
  }
}

/** The wording part of both merges below: set values win, records key by key, own packs first. */
function mergeWording(
  under: SmartcarErrorConfig,
  over: LooseConfig | LooseDisplayOptions,
): Mutable<DisplayOptions> {
  const merged: Mutable<DisplayOptions> = {};
  setEither(merged, under, over, ['appName', 'locale']);
  setEither(merged, under, over, ['locales'], (a: LocalePacks, b: LocalePacks) =>
    mergeLocales(b, a),
  );
  setEither(merged, under, over, ['messages', 'actions'], mergeRecords);
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
  setEither(merged, outer, inner, ['colorScheme', 'onRetry', 'onReconnect', 'onAction']);
  setEither(merged, outer, inner, ['support'], mergeRecords);
  setEither(merged, outer, inner, ['theme'], mergeThemes);
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
