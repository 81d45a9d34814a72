import {
  toErrorDisplay,
  type LocalePack,
  type SmartcarError,
  type SmartcarErrorFields,
} from 'smartcar-error-kit/core';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { CATALOGUE_ENTRIES } from '../catalogue/lookupCatalogue';
import { LOCALE_PACK_BY_TAG, OPT_IN_LOCALE_PACKS } from '../../../test/fixtures/localePacks';
import { makeSmartcarError } from '../../../test/fixtures/makeSmartcarError';
import { catalogueEntryFor } from '../../../test/fixtures/smartcar';

const APP = 'Voltly';
const NOW = 1_700_000_000_000;
const PACKS: Record<string, LocalePack> = LOCALE_PACK_BY_TAG;
const LOCALES = OPT_IN_LOCALE_PACKS;
const LEFTOVER = /<[^>]*>|\{[^}]*\}|undefined/;

function makeError(fields: Partial<SmartcarErrorFields> & { type: string }): SmartcarError {
  return makeSmartcarError({
    description: 'Developer text that must never be shown.',
    requestId: 'req-1',
    retryAfterSeconds: 30,
    ...fields,
  });
}

/** The error as documented: its resolution (with URL) and its suggested user message. */
function documentedError(entry: CatalogueEntry): SmartcarError {
  const doc = catalogueEntryFor(entry.type, entry.code);
  return makeError({
    type: entry.type,
    code: entry.code,
    resolution: { type: entry.resolution, url: doc?.resolution?.url ?? null },
    suggestedUserMessage: doc?.suggestedUserMessage ?? null,
  });
}

const CASES = CATALOGUE_ENTRIES.flatMap((entry) =>
  Object.keys(PACKS).flatMap((locale) =>
    [undefined, APP].map(
      (appName) => [`${entry.type} ${entry.code}`, locale, appName, entry] as const,
    ),
  ),
);

describe('every catalogue entry × every locale pack × with and without appName', () => {
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it.each(CASES)('%s in %s, appName %s', (_name, locale, appName, entry) => {
    const error = documentedError(entry);
    const options = { locale, locales: LOCALES, now: NOW };
    const display = toErrorDisplay(
      error,
      appName === undefined ? options : { ...options, appName },
    );
    const pack = PACKS[locale] as LocalePack;

    expect(display.locale).toBe(locale);
    expect(display.title.trim()).not.toBe('');
    expect(display.messageText.trim()).not.toBe('');
    expect(display.actions.length).toBeGreaterThan(0);
    const texts = [
      display.title,
      display.messageText,
      ...display.message.map((part) => part.text),
      ...display.actions.map((action) => action.label),
    ];
    for (const text of texts) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(LEFTOVER);
    }
    expect(display.messageText).not.toContain('Developer text');
    expect(display.severity).toBe(entry.severity);
    expect(display.politeness).toBe(entry.politeness);

    // the app is named wherever the message mentions it
    const fallback = pack.ui.appNameFallback.toLowerCase();
    const kitWording = locale !== 'en' || error.suggestedUserMessage === null;
    const mentionsApp = kitWording
      ? (pack.messages[entry.messageKey]?.message.includes('{app}') ?? false)
      : /<(your )?app name>/i.test(error.suggestedUserMessage ?? '');
    if (appName === undefined) {
      expect(display.messageText.toLowerCase().includes(fallback)).toBe(mentionsApp);
    } else {
      expect(display.messageText.includes(APP)).toBe(mentionsApp);
      expect(display.messageText.toLowerCase()).not.toContain(fallback);
    }
  });
});

describe('every message about the car × every locale pack names the vehicle', () => {
  const aboutTheCar = CATALOGUE_ENTRIES.filter((entry) => entry.mentionsVehicle);

  it.each(
    aboutTheCar.flatMap((entry) =>
      Object.keys(PACKS).map((locale) => [`${entry.type} ${entry.code}`, locale, entry] as const),
    ),
  )('%s in %s', (_name, locale, entry) => {
    const display = toErrorDisplay(documentedError(entry), {
      appName: APP,
      locale,
      locales: LOCALES,
      vehicleName: 'Model 3',
    });
    expect(display.messageText).toMatch(/^Model 3 /);
    expect(display.messageText).not.toMatch(LEFTOVER);
  });
});
