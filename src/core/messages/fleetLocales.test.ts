import { englishLocale, type LocalePack } from 'smartcar-error-kit/core';
import { EVERY_LOCALE_PACK } from '../../../test/fixtures/localePacks';
import { FLEET_LOCALES, fleetStringsFor } from './fleetLocales';
import { formatPlural } from './formatPlural';
import type { FleetGroupKey } from './LocalePack';

const GROUP_KEYS: readonly FleetGroupKey[] = [
  'reconnect',
  'billing',
  'open-url',
  'contact-support',
  'retry',
  'none',
];

/** The smallest count of each plural category the language reaches in 1..10,000. */
function samplesByCategory(locale: string): Map<string, number> {
  const rules = new Intl.PluralRules(locale);
  const samples = new Map<string, number>();
  for (let count = 1; count <= 10_000; count += 1) {
    const category = rules.select(count);
    if (!samples.has(category)) samples.set(category, count);
  }
  return samples;
}

/** Counts a language spells out in a word instead of digits (Arabic "سيارة واحدة", "سيارتان"). */
const SPELLED_OUT: Readonly<Record<string, readonly number[]>> = { ar: [1, 2] };

describe.each(EVERY_LOCALE_PACK.map((pack) => [pack.locale, pack] as const))(
  'fleet wording of %s',
  (tag, pack) => {
    const fleet = fleetStringsFor(pack);

    it('is the built-in wording of the pack’s language', () => {
      expect(fleet).toBe(FLEET_LOCALES[tag]);
    });

    it('has a title, an empty line, both disclosure labels and every group', () => {
      for (const text of [fleet.title, fleet.empty, fleet.showMore, fleet.showFewer]) {
        expect(text.trim()).not.toBe('');
      }
      expect(Object.keys(fleet.groups).sort()).toEqual([...GROUP_KEYS].sort());
    });

    it.each(GROUP_KEYS)('says the count of %s in every plural category it reaches', (key) => {
      for (const [category, count] of samplesByCategory(tag)) {
        const cars = fleet.cars === undefined ? null : formatPlural(fleet.cars, count, tag);
        const text = formatPlural(fleet.groups[key], count, tag, { cars });
        const label = `${key} ${category} (${count}): ${text}`;
        expect(text, label).not.toMatch(/[{}]|undefined|null/);
        if (!SPELLED_OUT[tag]?.includes(count)) {
          expect(text, label).toContain(new Intl.NumberFormat(tag).format(count));
        }
      }
    });

    it('says "N more" in every plural category it reaches', () => {
      for (const [category, count] of samplesByCategory(tag)) {
        const text = formatPlural(fleet.more, count, tag);
        expect(text, `${category} (${count})`).not.toMatch(/[{}]/);
        if (!SPELLED_OUT[tag]?.includes(count)) {
          expect(text).toContain(new Intl.NumberFormat(tag).format(count));
        }
      }
    });

    it('uses only the {count} and {cars} tokens', () => {
      const texts = [
        ...Object.values(fleet.groups),
        fleet.more,
        fleet.cars ?? { other: '' },
      ].flatMap((plural) => Object.values(plural) as string[]);
      for (const text of texts) {
        for (const [, token] of text.matchAll(/\{(\w+)\}/g))
          expect(['count', 'cars']).toContain(token);
      }
    });
  },
);

describe('fleet wording: plural forms', () => {
  it('English: one car needs, several cars need', () => {
    const { groups } = FLEET_LOCALES['en']!;
    expect(formatPlural(groups.reconnect, 1, 'en')).toBe('1 car needs reconnecting');
    expect(formatPlural(groups.reconnect, 3, 'en')).toBe('3 cars need reconnecting');
    expect(formatPlural(groups.reconnect, 1000, 'en')).toBe('1,000 cars need reconnecting');
  });

  it('Arabic: one, two, few, many and other forms of "cars"', () => {
    const { cars } = FLEET_LOCALES['ar']!;
    const form = (count: number) => formatPlural(cars!, count, 'ar');
    expect(form(1)).toBe('سيارة واحدة');
    expect(form(2)).toBe('سيارتان');
    expect(form(3)).toBe(`${new Intl.NumberFormat('ar').format(3)} سيارات`);
    expect(form(11)).toBe(`${new Intl.NumberFormat('ar').format(11)} سيارة`);
    expect(form(100)).toBe(`${new Intl.NumberFormat('ar').format(100)} سيارة`);
  });
});

describe('fleetStringsFor', () => {
  it('falls back to English for a language the kit has no wording for', () => {
    const pack: LocalePack = { ...englishLocale, locale: 'ja' };
    expect(fleetStringsFor(pack)).toBe(FLEET_LOCALES['en']);
  });

  it('takes a pack’s own wording over the built-in, group by group', () => {
    const pack = {
      ...englishLocale,
      locale: 'fr-CA',
      fleet: { title: 'Parc', groups: { retry: { other: '{count} hors ligne' } } },
    } as unknown as LocalePack;
    const fleet = fleetStringsFor(pack);
    expect(fleet.title).toBe('Parc');
    expect(fleet.groups.retry.other).toBe('{count} hors ligne');
    expect(fleet.groups.reconnect).toBe(FLEET_LOCALES['fr']!.groups.reconnect);
    expect(fleet.showMore).toBe(FLEET_LOCALES['fr']!.showMore);
  });

  it('ignores a fleet field that cannot be read', () => {
    const pack = {
      ...englishLocale,
      get fleet() {
        throw new Error('hostile');
      },
    } as unknown as LocalePack;
    expect(fleetStringsFor(pack)).toBe(FLEET_LOCALES['en']);
  });
});

describe('formatPlural', () => {
  it('uses other for a category the text leaves out, and English rules for a bad tag', () => {
    expect(formatPlural({ other: '{count} x' }, 1, 'en')).toBe('1 x');
    expect(formatPlural({ one: 'one', other: 'many' }, 1, 'not a tag!')).toBe('one');
  });
});
