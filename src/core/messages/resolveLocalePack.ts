import { englishLocale } from './englishLocale';
import type { LocalePack } from './LocalePack';

function isLocalePack(value: unknown): value is LocalePack {
  if (typeof value !== 'object' || value === null) return false;
  const pack = value as Partial<LocalePack>;
  return (
    typeof pack.locale === 'string' &&
    typeof pack.messages === 'object' &&
    pack.messages !== null &&
    typeof pack.ui === 'object' &&
    pack.ui !== null
  );
}

function languageOf(tag: string): string {
  const end = tag.indexOf('-');
  const language = end === -1 ? tag : tag.slice(0, end);
  // Plain Norwegian (`no`, `no-NO`, as Chrome and older Android report it) is written Bokmål by
  // nearly all readers, so it matches an `nb` pack (and the reverse).
  return language === 'no' ? 'nb' : language;
}

/**
 * The pack for a BCP 47 tag (any case, `_` read as `-`): an exact match among `locales`, else one
 * of the same language (`fr-CA` → `fr`; `no` reads as `nb`), else the built-in English. Entries
 * that are not packs are skipped. Never throws.
 */
export function resolveLocalePack(
  locale: string | undefined,
  locales: readonly LocalePack[] | undefined,
): LocalePack {
  try {
    if (typeof locale !== 'string' || !Array.isArray(locales) || locales.length === 0) {
      return englishLocale;
    }
    for (const pack of locales) if (isLocalePack(pack) && pack.locale === locale) return pack;
    const wanted = locale.trim().replace(/_/g, '-').toLowerCase();
    const language = languageOf(wanted);
    let sameLanguage: LocalePack | undefined;
    for (const pack of locales as readonly unknown[]) {
      if (!isLocalePack(pack)) continue;
      const tag = pack.locale.toLowerCase();
      if (tag === wanted) return pack;
      if (sameLanguage === undefined && languageOf(tag) === language) sameLanguage = pack;
    }
    return sameLanguage ?? englishLocale;
  } catch {
    return englishLocale;
  }
}
