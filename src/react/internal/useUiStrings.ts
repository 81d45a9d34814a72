'use client';
/**
 * Internal: every label a component shows, for a display's locale — the locale pack's `ui`
 * (from the provider's `locales`, else built-in English; blank entries filled in English).
 */
import { useMemo } from 'react';
import type { UiStrings } from '../../core/messages/LocalePack';
import { completeUi } from '../../core/display/completeUi';
import { resolveLocalePack } from '../../core/messages/resolveLocalePack';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';

/** The labels the components use. */
export type KitUiStrings = UiStrings;

/** Labels for `locale` (a display's `locale`), falling back like the messages do. */
export function useUiStrings(locale: string): KitUiStrings {
  const { locales } = useSmartcarErrorConfig();
  return useMemo(() => {
    return completeUi(resolveLocalePack(locale, locales));
  }, [locale, locales]);
}
