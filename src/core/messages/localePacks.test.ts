import {
  MESSAGE_KEYS,
  VEHICLE_MESSAGE_KEYS,
  englishLocale,
  type CompleteLocalePack,
  type LocalePack,
} from 'smartcar-error-kit/core';
import de from 'smartcar-error-kit/locales/de';
import es from 'smartcar-error-kit/locales/es';
import fr from 'smartcar-error-kit/locales/fr';

const PACKS: [string, LocalePack][] = [
  ['en', englishLocale],
  ['fr', fr],
  ['de', de],
  ['es', es],
];
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
      ...Object.values(pack.ui),
    ];
    for (const text of all) {
      expect(text).not.toMatch(/<[^>]*>|\bundefined\b|\bnull\b/);
    }
  });
});

describe('locale pack modules', () => {
  it('are typed as complete packs', () => {
    expectTypeOf(fr).toExtend<CompleteLocalePack>();
    expectTypeOf(de).toExtend<CompleteLocalePack>();
    expectTypeOf(es).toExtend<CompleteLocalePack>();
  });

  it('import nothing at runtime (types only), so they have no side effects', async () => {
    const sources = import.meta.glob<string>('../../locales/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const files = Object.entries(sources).filter(([path]) => !path.endsWith('.test.ts'));
    expect(files.map(([path]) => path.replace(/^.*\//, '')).sort()).toEqual([
      'de.ts',
      'es.ts',
      'fr.ts',
    ]);
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
