import type { SmartcarError } from 'smartcar-error-kit/core';
import {
  parseConnectRedirect,
  parseSmartcarError,
  toErrorDisplay,
  type SmartcarErrorFields,
} from 'smartcar-error-kit/core';
import fr from 'smartcar-error-kit/locales/fr';
import { fixtureByName } from '../../../test/fixtures/smartcar';
import { resetWarnings } from '../internal/dev';
import { LOCALE_TAGS, OPT_IN_LOCALE_PACKS } from '../../../test/fixtures/localePacks';
import { makeSmartcarError } from '../../../test/fixtures/makeSmartcarError';

const LOCALES = OPT_IN_LOCALE_PACKS;

function makeError(fields: Partial<SmartcarErrorFields> & { type: string }): SmartcarError {
  return makeSmartcarError({ description: 'Developer text that must never be shown.', ...fields });
}

const fromFixture = (name: string) => parseSmartcarError(fixtureByName(name).json);
const doorOpen = fromFixture('VEHICLE_STATE__DOOR_OPEN__1');
const authFailed = fromFixture('CONNECTED_SERVICES_ACCOUNT__AUTHENTICATION_FAILED__1');

beforeEach(() => {
  resetWarnings();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('wording', () => {
  it("prefers the API's suggestedUserMessage in English", () => {
    const display = toErrorDisplay(doorOpen, { appName: 'Voltly' });
    expect(display.messageText).toBe(doorOpen.suggestedUserMessage);
    expect(display.title).toBe('Door open');
  });

  it('fills <app name> and <your app name>, and a backticked one', () => {
    for (const placeholder of ['<app name>', '<your app name>', '`<your app name>`']) {
      const error = makeError({
        type: 'COMPATIBILITY',
        code: 'MAKE_NOT_COMPATIBLE',
        suggestedUserMessage: `${placeholder} is not yet able to connect to your car brand.`,
      });
      expect(toErrorDisplay(error, { appName: 'Voltly' }).messageText).toBe(
        'Voltly is not yet able to connect to your car brand.',
      );
    }
  });

  it('turns <link to Smartcar Connect> into a link part to resolution.url', () => {
    const display = toErrorDisplay(authFailed, { appName: 'Voltly' });
    expect(display.message).toEqual([
      {
        kind: 'text',
        text: 'Your car got disconnected from Voltly. Please use this link to re-connect your car: ',
      },
      { kind: 'link', text: 'Reconnect', url: authFailed.resolution.url },
      { kind: 'text', text: '.' },
    ]);
    expect(display.messageText).toBe(
      'Your car got disconnected from Voltly. Please use this link to re-connect your car: Reconnect.',
    );
  });

  it('links <link to Smartcar Connect> to the reconnect action when there is no http(s) URL', () => {
    const noVehicles = fromFixture('CONNECTED_SERVICES_ACCOUNT__NO_VEHICLES__1');
    expect(toErrorDisplay(noVehicles, { appName: 'Voltly' }).message[1]).toEqual({
      kind: 'link',
      text: 'Reconnect',
      action: 'reconnect',
    });
  });

  it('uses a message that arrives with the name already filled as is', () => {
    const filled = 'Your car is temporarily unable to connect to Acme Fleet. Please be patient.';
    const error = makeError({ type: 'SERVER', code: 'INTERNAL', suggestedUserMessage: filled });
    expect(toErrorDisplay(error, { appName: 'Voltly' }).messageText).toBe(filled);
  });

  it("uses the kit's wording when the API message is missing or blank", () => {
    for (const suggestedUserMessage of [null, '', '   ']) {
      const error = makeError({ type: 'VEHICLE_STATE', code: 'ASLEEP', suggestedUserMessage });
      expect(toErrorDisplay(error, { appName: 'Voltly' }).messageText).toBe(
        'Your car is asleep. Start it, then try again.',
      );
    }
  });

  it("uses the kit's wording when the locale is not English", () => {
    const display = toErrorDisplay(doorOpen, { appName: 'Voltly', locale: 'de', locales: LOCALES });
    expect(display.messageText).toBe(
      'Ihr Auto konnte nicht verriegeln. Bitte Türen, Motorhaube und Kofferraum schließen.',
    );
    expect(display.locale).toBe('de');
  });

  it('falls back from fr-CA to fr', () => {
    const display = toErrorDisplay(doorOpen, { locale: 'fr-CA', locales: LOCALES });
    expect(display.locale).toBe('fr');
    expect(display.title).toBe(fr.messages['VEHICLE_STATE.DOOR_OPEN'].title);
  });

  it('falls back to English for a locale without a pack', () => {
    const display = toErrorDisplay(doorOpen, {
      appName: 'Voltly',
      locale: 'ja-JP',
      locales: LOCALES,
    });
    expect(display.locale).toBe('en');
    expect(display.messageText).toBe(doorOpen.suggestedUserMessage);
  });

  it('never shows description', () => {
    const error = makeError({ type: 'NEW_TYPE', description: 'Secret developer detail' });
    for (const locale of LOCALE_TAGS) {
      const display = toErrorDisplay(error, { locale, locales: LOCALES });
      expect(JSON.stringify([display.title, display.message, display.actions])).not.toContain(
        'Secret',
      );
    }
  });

  it("uses the locale's neutral phrase without appName, capitalised at a sentence start", () => {
    expect(toErrorDisplay(authFailed).messageText).toContain('disconnected from this app.');
    const error = makeError({
      type: 'VEHICLE_STATE',
      code: 'LOW_BATTERY',
      suggestedUserMessage: '<app name> was unable to connect. <app name> will retry.',
    });
    expect(toErrorDisplay(error).messageText).toBe(
      'This app was unable to connect. This app will retry.',
    );
    const permission = makeError({ type: 'PERMISSION' });
    expect(toErrorDisplay(permission, { locale: 'es', locales: LOCALES }).messageText).toContain(
      'esta app',
    );
  });

  it('warns once without appName in development', () => {
    const warn = vi.mocked(console.warn);
    toErrorDisplay(doorOpen);
    toErrorDisplay(authFailed, { appName: '  ' });
    toErrorDisplay(doorOpen, { appName: 'Voltly' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/appName/);
  });

  it('does not warn in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    toErrorDisplay(doorOpen);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it("falls back to the kit's wording for an API message with a placeholder it does not know", () => {
    const error = makeError({
      type: 'VEHICLE_STATE',
      code: 'UNREACHABLE',
      suggestedUserMessage: '<vehicle name> is out of range of <app name>.',
    });
    expect(toErrorDisplay(error, { appName: 'Voltly' }).messageText).toBe(
      'Your car has no mobile signal. Try again where coverage is better.',
    );
  });
});

describe('overrides', () => {
  const messages = {
    VEHICLE_STATE: { title: 'Car problem', message: '{vehicle} needs a look.' },
    'VEHICLE_STATE.DOOR_OPEN': { message: '{vehicle}: close the doors, then lock it in {app}.' },
    'CONNECT.access_denied': { title: 'No access', message: '{app} needs your OK.' },
  };

  it('override for TYPE.CODE wins over TYPE, field by field', () => {
    const display = toErrorDisplay(doorOpen, {
      appName: 'Voltly',
      vehicleName: 'Model 3',
      messages,
    });
    expect(display.title).toBe('Car problem');
    expect(display.messageText).toBe('Model 3: close the doors, then lock it in Voltly.');
    const asleep = toErrorDisplay(fromFixture('VEHICLE_STATE__ASLEEP__1'), { messages });
    expect(asleep.messageText).toBe('Your car needs a look.');
  });

  it("message overrides win over the API's message, in every locale", () => {
    for (const locale of ['en', 'fr']) {
      const display = toErrorDisplay(doorOpen, {
        appName: 'Voltly',
        locale,
        locales: LOCALES,
        messages,
      });
      const car = locale === 'en' ? 'Your car' : 'Votre voiture';
      expect(display.messageText).toBe(`${car}: close the doors, then lock it in Voltly.`);
    }
  });

  it('override for CONNECT.<error> applies to that Connect error, matched in any case', () => {
    const denied = parseConnectRedirect(fixtureByName('CONNECT__access_denied__1').text);
    expect(denied).not.toBeNull();
    const display = toErrorDisplay(denied as SmartcarError, { appName: 'Voltly', messages });
    expect([display.title, display.messageText]).toEqual(['No access', 'Voltly needs your OK.']);
    const upper = makeError({ type: 'connect', code: 'ACCESS_DENIED', format: 'connect' });
    expect(toErrorDisplay(upper, { messages }).title).toBe('No access');
  });

  it('ignores blank overrides and prototype keys', () => {
    const display = toErrorDisplay(doorOpen, {
      appName: 'Voltly',
      messages: { 'VEHICLE_STATE.DOOR_OPEN': { title: ' ', message: '' } },
    });
    expect(display.title).toBe('Door open');
    const odd = makeError({ type: 'constructor', code: '__proto__' });
    expect(toErrorDisplay(odd, { messages: {} }).title).toBe('Something went wrong');
  });
});

describe('vehicle context', () => {
  it('names vehicleName in messages about the car, in every locale', () => {
    for (const locale of LOCALE_TAGS) {
      const display = toErrorDisplay(doorOpen, {
        vehicleName: 'Model 3',
        locale,
        locales: LOCALES,
      });
      expect(display.messageText).toMatch(/^Model 3 /);
    }
  });

  it('names make, model and year of an incompatible vehicle from Connect', () => {
    const error = makeError({
      type: 'CONNECT',
      code: 'vehicle_incompatible',
      format: 'connect',
      vehicle: { id: null, vin: '5YJ3E1EA7KF317000', make: 'Tesla', model: 'Model 3', year: 2019 },
    });
    expect(toErrorDisplay(error, { appName: 'Voltly' }).messageText).toBe(
      '2019 Tesla Model 3 isn’t compatible with Voltly yet.',
    );
    expect(
      toErrorDisplay(error, { appName: 'Voltly', locale: 'fr', locales: LOCALES }).messageText,
    ).toBe('Tesla Model 3 (2019) n’est pas encore compatible avec Voltly.');
  });

  it('names only what came back (make only, year 0 dropped)', () => {
    const redirect = parseConnectRedirect(fixtureByName('CONNECT__vehicle_incompatible__1').text);
    expect(toErrorDisplay(redirect as SmartcarError, { appName: 'Voltly' }).messageText).toBe(
      'Tesla isn’t compatible with Voltly yet.',
    );
    const zeroYear = makeError({
      type: 'CONNECT',
      code: 'vehicle_incompatible',
      vehicle: { id: null, vin: null, make: 'Ford', model: null, year: 0 },
    });
    expect(
      toErrorDisplay(zeroYear, { appName: 'Voltly', locale: 'de', locales: LOCALES }).messageText,
    ).toBe('Ford wird von Voltly noch nicht unterstützt.');
  });
});

describe('hostile input stays text', () => {
  const html = '<img src=x onerror="alert(1)">{vehicle}';

  it('hostile appName stays text', () => {
    const display = toErrorDisplay(authFailed, { appName: html });
    expect(display.message[0]).toEqual({
      kind: 'text',
      text: `Your car got disconnected from ${html}. Please use this link to re-connect your car: `,
    });
    expect(display.message.filter((part) => part.kind === 'link')).toHaveLength(1);
  });

  it('hostile vehicleName stays text', () => {
    const display = toErrorDisplay(doorOpen, { vehicleName: html, appName: '{app}' });
    expect(display.messageText).toBe(
      `${html} couldn’t lock. Please close the doors, hood and trunk.`,
    );
  });

  it('a hostile API message never reaches the person as markup', () => {
    const error = makeError({ type: 'VEHICLE_STATE', code: 'ASLEEP', suggestedUserMessage: html });
    const display = toErrorDisplay(error, { appName: 'Voltly' });
    expect(display.message).toEqual([
      { kind: 'text', text: 'Your car is asleep. Start it, then try again.' },
    ]);
  });

  it('a hostile override message stays one text part', () => {
    const display = toErrorDisplay(doorOpen, {
      messages: { VEHICLE_STATE: { message: '<b>x</b>' } },
    });
    expect(display.message).toEqual([{ kind: 'text', text: '<b>x</b>' }]);
  });
});
