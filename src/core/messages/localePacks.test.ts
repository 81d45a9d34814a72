import { englishLocale, formatTemplate, type CompleteLocalePack } from 'smartcar-error-kit/core';
import { MESSAGE_KEYS, VEHICLE_MESSAGE_KEYS } from './messageKeys';
import { EVERY_LOCALE_PACK, OPT_IN_LOCALE_PACKS } from '../../../test/fixtures/localePacks';

const PACKS = EVERY_LOCALE_PACK.map((pack) => [pack.locale, pack] as const);
const UI_KEYS = Object.keys(englishLocale.ui);
const TOKEN = /\{(\w+)\}/g;

/** `{tokens}` each UI string may use (as documented on `UiStrings`). */
const UI_TOKENS: Record<string, readonly string[]> = {
  vehicleDescription: ['year', 'make', 'model'],
  actionRetryIn: ['seconds'],
  toastRegion: ['hotkey'],
  toastRepeat: ['count'],
  toastRepeatLabel: ['count'],
  toastMore: ['count'],
  toastResolved: ['title'],
  supportEmailSubject: ['app', 'code', 'requestId'],
  supportEmailBody: ['app', 'requestId', 'type', 'code', 'status', 'time'],
};

const tokensOf = (text: string) => [...text.matchAll(TOKEN)].map((match) => match[1]);

describe.each(PACKS)('locale pack %s', (tag, pack) => {
  it('has its tag', () => {
    expect(pack.locale).toBe(tag);
  });

  it('has a title and a message for every MESSAGE_KEYS key, and nothing else', () => {
    expect(Object.keys(pack.messages).sort()).toEqual([...MESSAGE_KEYS].sort());
    for (const key of MESSAGE_KEYS) {
      expect(pack.messages[key]?.title.trim(), key).not.toBe('');
      expect(pack.messages[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('has a title for every TitleKey of the English pack, and nothing else', () => {
    expect(Object.keys(pack.titles).sort()).toEqual(Object.keys(englishLocale.titles).sort());
    for (const [key, title] of Object.entries(pack.titles)) {
      expect(title.trim(), key).not.toBe('');
      expect(tokensOf(title), key).toEqual([]);
    }
  });

  it('has every UiStrings label, and nothing else', () => {
    expect(Object.keys(pack.ui).sort()).toEqual([...UI_KEYS].sort());
    for (const value of Object.values(pack.ui)) expect(value.trim()).not.toBe('');
  });

  it('names the vehicle exactly in the messages the catalogue says are about the car', () => {
    for (const key of MESSAGE_KEYS) {
      const { title, message } = pack.messages[key] as { title: string; message: string };
      expect(tokensOf(title), key).toEqual([]);
      expect(
        tokensOf(message).every((token) => token === 'app' || token === 'vehicle'),
        key,
      ).toBe(true);
      expect(message.includes('{vehicle}'), key).toBe(VEHICLE_MESSAGE_KEYS.has(key));
      // the vehicle's name (or "Your car") opens a sentence, so it is never mid-sentence lower case
      if (message.includes('{vehicle}')) expect(message.startsWith('{vehicle}'), key).toBe(true);
      // the app's neutral stand-in is lower case, so {app} never opens the message
      expect(message.startsWith('{app}'), key).toBe(false);
    }
  });

  it('uses only the documented tokens in its UI strings', () => {
    for (const [key, value] of Object.entries(pack.ui)) {
      for (const token of tokensOf(value)) expect(UI_TOKENS[key], key).toContain(token);
    }
  });

  it('leaves no <placeholder>, "undefined" or "null" in its wording', () => {
    const all = [
      ...Object.values(pack.messages).flatMap((entry) => [entry.title, entry.message]),
      ...Object.values(pack.titles),
      ...Object.values(pack.ui),
    ];
    for (const text of all) {
      expect(text).not.toMatch(/<[^>]*>|\bundefined\b|\bnull\b/);
    }
  });
});

/**
 * Counted labels and the counts they are filled with: the repeat count is shown from 2 on, the
 * queued count and the countdown from 1 on.
 */
const COUNTED = [
  { key: 'toastRepeat', token: 'count', from: 2 },
  { key: 'toastRepeatLabel', token: 'count', from: 2 },
  { key: 'toastMore', token: 'count', from: 1 },
  { key: 'actionRetryIn', token: 'seconds', from: 1 },
] as const;

/** The smallest count of each plural category the language reaches in `from`..999. */
function samplesByCategory(locale: string, from: number): Map<string, number> {
  const rules = new Intl.PluralRules(locale);
  const samples = new Map<string, number>();
  for (let count = from; count < 1000; count += 1) {
    const category = rules.select(count);
    if (!samples.has(category)) samples.set(category, count);
  }
  return samples;
}

describe.each(PACKS)('counted labels of %s', (tag, pack) => {
  it.each(COUNTED)('$key reads right for every plural category', ({ key, token, from }) => {
    const template = pack.ui[key];
    const samples = samplesByCategory(tag, from);
    for (const [category, count] of samples) {
      const text = formatTemplate(template, { [token]: count });
      expect(text, `${key} ${category} (${count})`).toContain(String(count));
      expect(text, `${key} ${category} (${count})`).not.toMatch(/[{}]/);
    }
    // A language whose nouns change form across more than two categories in this range (Arabic:
    // two, few, many, other) must not put a counted word after the number; a label or a unit
    // symbol carries the count instead.
    if (samples.size > 2) {
      expect(template, key).not.toMatch(new RegExp(`\\{${token}\\}[\\s\\u00a0]*\\p{L}{2,}`, 'u'));
    }
  });
});

describe('locale pack modules', () => {
  it('are typed as complete packs', () => {
    expectTypeOf(OPT_IN_LOCALE_PACKS).items.toExtend<CompleteLocalePack>();
  });

  it('include Arabic, whose counts reach all six plural categories', () => {
    const categories = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
    expect([...categories].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect([...samplesByCategory('ar', 0).keys()].sort()).toEqual([...categories].sort());
    expect(samplesByCategory('ar', 2).size).toBeGreaterThan(2);
  });

  it('import nothing at runtime (types only), so they have no side effects', async () => {
    const sources = import.meta.glob<string>('../../locales/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const files = Object.entries(sources).filter(([path]) => !path.endsWith('.test.ts'));
    // every file of src/locales is in the one list the tests and Storybook go through
    expect(files.map(([path]) => path.replace(/^.*\//, '')).sort()).toEqual(
      OPT_IN_LOCALE_PACKS.map((pack) => `${pack.locale}.ts`).sort(),
    );
    for (const [path, source] of files) {
      const imports = source.match(/^import .*$/gm) ?? [];
      expect(
        imports.every((line) => line.startsWith('import type ')),
        path,
      ).toBe(true);
      expect(source, path).toMatch(/^export default \{/m);
      expect(source, path).toMatch(/\} satisfies CompleteLocalePack;\s*$/);
    }
  });
});
