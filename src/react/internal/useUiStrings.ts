'use client';
/**
 * Internal: every label a component shows, for a display's locale — the locale pack's `ui`
 * (from the provider's `locales`, else built-in English; blank entries filled in English).
 */
import type { UiStrings } from '../../core/messages/LocalePack';
import { completeUi } from '../../core/display/completeUi';
import { resolveLocalePack } from '../../core/messages/resolveLocalePack';
import { useSmartcarErrorConfig, type SmartcarErrorConfig } from '../SmartcarErrorContext';

/**
 * The one way to get labels: for `locale` among the provider's `locales`, falling back like the
 * messages do. Cached per pack (`completeUi`), so calling it per toast or per render is cheap.
 */
export function uiStringsFor(locale: string, locales: SmartcarErrorConfig['locales']): UiStrings {
  return completeUi(resolveLocalePack(locale, locales));
}

/**
 * Labels for `locale` (a display's `locale`) under the nearest provider. No memo: the same pack
 * gives the same object (`completeUi` caches it), and finding the pack is a short loop.
 */
export function useUiStrings(locale: string): UiStrings {
  return uiStringsFor(locale, useSmartcarErrorConfig().locales);
}
