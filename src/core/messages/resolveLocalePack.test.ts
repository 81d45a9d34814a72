import { englishLocale, resolveLocalePack, type LocalePack } from 'smartcar-error-kit/core';
import ar from 'smartcar-error-kit/locales/ar';
import de from 'smartcar-error-kit/locales/de';
import es from 'smartcar-error-kit/locales/es';
import fr from 'smartcar-error-kit/locales/fr';
import italian from 'smartcar-error-kit/locales/it';
import nb from 'smartcar-error-kit/locales/nb';
import nl from 'smartcar-error-kit/locales/nl';
import sv from 'smartcar-error-kit/locales/sv';
import { OPT_IN_LOCALE_PACKS } from '../../../test/fixtures/localePacks';

const packs = OPT_IN_LOCALE_PACKS;

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

  it.each([
    ['nb-NO', nb],
    ['sv-SE', sv],
    ['ar-EG', ar],
    ['ar_SA', ar],
    ['it-CH', italian],
    ['nl-BE', nl],
    ['de-CH', de],
  ])('falls back from %s to its language', (tag, pack) => {
    expect(resolveLocalePack(tag, packs)).toBe(pack);
  });

  it('reads plain Norwegian (no, no-NO) as Bokmål, and the reverse', () => {
    expect(resolveLocalePack('no', packs)).toBe(nb);
    expect(resolveLocalePack('no-NO', packs)).toBe(nb);
    const no: LocalePack = { ...nb, locale: 'no' };
    expect(resolveLocalePack('nb-NO', [no])).toBe(no);
    // Nynorsk is its own language: without an nn pack it gets English, not Bokmål
    expect(resolveLocalePack('nn-NO', packs)).toBe(englishLocale);
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
