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
  const merged: { -readonly [K in keyof SmartcarErrorConfig]?: SmartcarErrorConfig[K] } = {};
  const pick = <K extends keyof SmartcarErrorConfig>(key: K): void => {
    const value = inner[key] ?? outer[key];
    if (value !== undefined && value !== null) merged[key] = value;
  };
  pick('appName');
  pick('locale');
  pick('colorScheme');
  pick('onRetry');
  pick('onReconnect');
  pick('onAction');
  const locales = mergeLocales(inner.locales, outer.locales);
  if (locales !== undefined) merged.locales = locales;
  const messages = mergeRecords(outer.messages, inner.messages);
  if (messages !== undefined) merged.messages = messages;
  const actions = mergeRecords(outer.actions, inner.actions);
  if (actions !== undefined) merged.actions = actions;
  const support = mergeRecords(outer.support, inner.support);
  if (support !== undefined) merged.support = support;
  const theme = mergeThemes(outer.theme, inner.theme);
  if (theme !== undefined) merged.theme = theme;
  return merged;
}

/** Display options whose fields may also be explicitly `undefined`. */
export type LooseDisplayOptions = {
  readonly [K in keyof DisplayOptions]?: DisplayOptions[K] | undefined;
};

/**
 * The provider's wording config with a component's props or a call's options over it, by the
 * same rules as nested providers (`mergeSmartcarErrorConfig`), plus `vehicleName` and `now`,
 * which only a component or call has. Used by `useErrorDisplay` and the toasts' `show`.
 */
export function mergeDisplayOptions(
  config: SmartcarErrorConfig,
  options: LooseDisplayOptions,
): DisplayOptions {
  const { appName, locale, locales, messages, actions } = mergeSmartcarErrorConfig(config, options);
  const { vehicleName, now } = options;
  const merged: Record<string, unknown> = {
    appName,
    locale,
    locales,
    messages,
    actions,
    vehicleName,
    now,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as DisplayOptions;
}
