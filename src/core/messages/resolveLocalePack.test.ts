import { englishLocale, resolveLocalePack, type LocalePack } from 'smartcar-error-kit/core';
import de from 'smartcar-error-kit/locales/de';
import es from 'smartcar-error-kit/locales/es';
import fr from 'smartcar-error-kit/locales/fr';

const packs = [fr, de, es];

describe('resolveLocalePack', () => {
  it('picks the exact tag, any case, with _ read as -', () => {
    expect(resolveLocalePack('fr', packs)).toBe(fr);
    expect(resolveLocalePack('DE', packs)).toBe(de);
    const frCA: LocalePack = { ...fr, locale: 'fr-CA' };
    expect(resolveLocalePack('fr_ca', [fr, frCA])).toBe(frCA);
  });

  it('falls back from fr-CA to fr, then to English', () => {
    expect(resolveLocalePack('fr-CA', packs)).toBe(fr);
    expect(resolveLocalePack('es-419', packs)).toBe(es);
    expect(resolveLocalePack('ja-JP', packs)).toBe(englishLocale);
    expect(resolveLocalePack('fr-CA', [])).toBe(englishLocale);
    expect(resolveLocalePack(undefined, packs)).toBe(englishLocale);
  });

  it('matches a regional pack by language', () => {
    const deAT: LocalePack = { ...de, locale: 'de-AT' };
    expect(resolveLocalePack('de', [deAT])).toBe(deAT);
  });

  it('skips entries that are not packs and never throws', () => {
    const junk = [null, 42, { locale: 'fr' }, fr] as unknown as LocalePack[];
    expect(resolveLocalePack('fr', junk)).toBe(fr);
    expect(resolveLocalePack('fr', 'fr' as unknown as LocalePack[])).toBe(englishLocale);
    const throwing = new Proxy([fr], {
      get() {
        throw new Error('boom');
      },
    });
    expect(resolveLocalePack('fr', throwing)).toBe(englishLocale);
  });
});
