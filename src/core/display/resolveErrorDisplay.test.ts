import fc from 'fast-check';
import {
  parseSmartcarError,
  resolveErrorDisplay,
  toErrorDisplay,
  type DisplayOptions,
} from 'smartcar-error-kit/core';
import { isErrorDisplay } from './isErrorDisplay';
import { fixtureByName } from '../../../test/fixtures/smartcar';

const NOW = 1_700_000_000_000;
const options: DisplayOptions = { appName: 'Volt', locale: 'en', now: NOW };
const rateLimit = fixtureByName('RATE_LIMIT__VEHICLE__1');

describe('resolveErrorDisplay', () => {
  beforeEach(() => {
    // Inputs without appName warn once in development; that is toErrorDisplay's business.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns an ErrorDisplay as is', () => {
    const display = toErrorDisplay(parseSmartcarError(rateLimit.json), options);
    expect(resolveErrorDisplay(display, { appName: 'Other' })).toBe(display);
  });

  it('turns a SmartcarError into its display with the options', () => {
    const error = parseSmartcarError(rateLimit.json, { headers: { 'Retry-After': '30' } });
    const display = resolveErrorDisplay(error, options);
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
    expect(resolveErrorDisplay(input, options)).toEqual(
      toErrorDisplay(parseSmartcarError(input), options),
    );
  });

  it('is deterministic given options.now', () => {
    const error = parseSmartcarError(rateLimit.json, { headers: { 'Retry-After': '5' } });
    expect(resolveErrorDisplay(error, options)).toEqual(resolveErrorDisplay(error, options));
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
      expect(isErrorDisplay(resolveErrorDisplay(input))).toBe(true);
      expect(isErrorDisplay(resolveErrorDisplay(input, hostile as DisplayOptions))).toBe(true);
    }
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (input) => {
        expect(isErrorDisplay(resolveErrorDisplay(input, options))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
