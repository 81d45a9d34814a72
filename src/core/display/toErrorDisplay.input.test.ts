import fc from 'fast-check';
import { parseSmartcarError, toErrorDisplay, type DisplayOptions } from 'smartcar-error-kit/core';
import { isErrorDisplay } from './isErrorDisplay';
import { isTrusted } from './readDisplay';
import { readOptions } from './readOptions';
import { makeComponentDisplay } from '../../../test/fixtures/componentDisplays';
import { fixtureByName } from '../../../test/fixtures/smartcar';

const NOW = 1_700_000_000_000;
const options: DisplayOptions = { appName: 'Volt', locale: 'en', now: NOW };
const rateLimit = fixtureByName('RATE_LIMIT__VEHICLE__1');

/** An object whose every property read throws. */
const throwingOnRead = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
    },
  );

describe('toErrorDisplay: any input', () => {
  beforeEach(() => {
    // Inputs without appName warn once in development; that is toErrorDisplay's business.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns an ErrorDisplay as is', () => {
    const display = toErrorDisplay(parseSmartcarError(rateLimit.json), options);
    expect(toErrorDisplay(display, { appName: 'Other' })).toBe(display);
  });

  it('turns a SmartcarError into its display with the options', () => {
    const error = parseSmartcarError(rateLimit.json, { headers: { 'Retry-After': '30' } });
    const display = toErrorDisplay(error, options);
    expect(display).toEqual(toErrorDisplay(error, options));
    expect(display.error).toStrictEqual(error.toJSON());
    expect(display.retryAt).toBe(NOW + 30_000);
    expect(display.messageText).toContain('Volt');
  });

  it.each([
    ['a parsed body', rateLimit.json],
    ['the raw JSON text', rateLimit.text],
    ['a Connect redirect', fixtureByName('CONNECT__access_denied__1').text],
  ])('parses %s first', (_label, input) => {
    expect(toErrorDisplay(input, options)).toEqual(
      toErrorDisplay(parseSmartcarError(input), options),
    );
  });

  it('is deterministic given options.now', () => {
    const error = parseSmartcarError(rateLimit.json, { headers: { 'Retry-After': '5' } });
    expect(toErrorDisplay(error, options)).toEqual(toErrorDisplay(error, options));
  });

  it('never throws and always returns a display, whatever the input', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [undefined, null, '', '<html>', 42, Symbol('x'), 10n, hostile, revoked]) {
      expect(isErrorDisplay(toErrorDisplay(input))).toBe(true);
      expect(isErrorDisplay(toErrorDisplay(input, hostile as DisplayOptions))).toBe(true);
    }
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (input) => {
        expect(isErrorDisplay(toErrorDisplay(input, options))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a hand-made display once: what it returns is trusted, and the same object next time', () => {
    const junk = {
      ...makeComponentDisplay(),
      actions: [{ kind: 'retry', label: ' ' }, null],
      retryAt: 'soon',
      locale: '',
    };
    const read = toErrorDisplay(junk, options);
    expect(read).not.toBe(junk);
    expect(isTrusted(read)).toBe(true);
    expect(read).toMatchObject({ actions: [], retryAt: null, locale: 'en' });
    expect(toErrorDisplay(junk, { appName: 'Other' })).toBe(read);
    expect(toErrorDisplay(read)).toBe(read);
  });

  it('gives the generic display when a getter inside messages or a locale pack throws', () => {
    const throwing = throwingOnRead();
    const error = parseSmartcarError(rateLimit.json);
    for (const hostile of [
      { messages: throwing },
      { actions: throwing },
      { locale: 'fr', locales: [throwing] },
    ] as DisplayOptions[]) {
      const display = toErrorDisplay(error, { ...options, ...hostile });
      expect(isErrorDisplay(display)).toBe(true);
      expect(isTrusted(display)).toBe(true);
    }
  });
});

describe('readOptions: the one read of display options', () => {
  it('keeps the usable values only, trimmed', () => {
    const locales: never[] = [];
    const messages = { VEHICLE_STATE: { title: 'T' } };
    expect(
      readOptions({
        appName: '  Volt ',
        locale: ' ',
        locales,
        messages,
        actions: 'retry',
        vehicleName: 7,
        now: Number.NaN,
        extra: true,
      }),
    ).toEqual({ appName: 'Volt', locales, messages });
    expect(readOptions({ now: 5, vehicleName: 'Model 3', locale: 'fr' })).toEqual({
      now: 5,
      vehicleName: 'Model 3',
      locale: 'fr',
    });
  });

  it('is {} for anything else, and never throws', () => {
    for (const value of [undefined, null, 'x', 42, throwingOnRead()]) {
      expect(readOptions(value)).toEqual({});
    }
  });
});
