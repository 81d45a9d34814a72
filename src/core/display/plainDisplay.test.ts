/**
 * The display model is plain data (issue 10): a copy of it — `structuredClone`, a JSON round
 * trip, what a server component hands a client component — is still an ErrorDisplay, is used as
 * is, and equals the original. An error stripped of its fields on the way warns in development.
 */
import {
  parseSmartcarError,
  toErrorDisplay,
  type DisplayOptions,
  type ErrorDisplay,
} from 'smartcar-error-kit/core';
import { isErrorDisplay } from './isErrorDisplay';
import type { MockInstance } from 'vitest';
import { payloadFixtures } from '../../../test/fixtures/smartcar';
import { resetWarnings } from '../internal/dev';

const options: DisplayOptions = { appName: 'Volt', locale: 'en', now: 1_700_000_000_000 };

const displays: [string, ErrorDisplay][] = payloadFixtures.map((fixture) => [
  fixture.name,
  toErrorDisplay(
    parseSmartcarError(fixture.kind === 'json' ? fixture.json : fixture.text, {
      ...(fixture.httpStatus === null ? {} : { status: fixture.httpStatus }),
      headers: { 'Retry-After': '30' },
    }),
    options,
  ),
]);

describe('ErrorDisplay is plain data', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    resetWarnings();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['structuredClone', (display: ErrorDisplay): unknown => structuredClone(display)],
    ['a JSON round trip', (display: ErrorDisplay): unknown => JSON.parse(JSON.stringify(display))],
  ])('survives %s over every payload, and is used as is', (_how, copy) => {
    expect(displays.length).toBe(payloadFixtures.length);
    for (const [name, display] of displays) {
      const copied = copy(display);
      expect(isErrorDisplay(copied), name).toBe(true);
      expect(copied, name).toStrictEqual(display);
      expect(toErrorDisplay(copied, { appName: 'Other' }), name).toBe(copied);
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('copies the fields the components print out of the error', () => {
    const [, display] = displays.find(([name]) => name === 'RATE_LIMIT__VEHICLE__1') ?? [];
    expect(display).toBeDefined();
    expect(display).toMatchObject({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      statusCode: 429,
      retryAfterSeconds: 30,
    });
    expect(display?.error).toMatchObject({ $smartcarError: 1, type: 'RATE_LIMIT' });
  });

  it("renders a SmartcarError's toJSON() form like the error itself, without a warning", () => {
    for (const fixture of payloadFixtures) {
      const error = parseSmartcarError(fixture.kind === 'json' ? fixture.json : fixture.text);
      expect(toErrorDisplay(error.toJSON(), options), fixture.name).toStrictEqual(
        toErrorDisplay(error, options),
      );
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['structuredClone of a SmartcarError', () => structuredClone(parseSmartcarError(rateLimit()))],
    ['an empty object (an instance as a server→client prop)', () => ({})],
    ['an Error with a digest', () => Object.assign(new Error('x'), { digest: '123' })],
  ])('warns once, in development, for %s', (_what, make) => {
    const display = toErrorDisplay(make(), options);
    toErrorDisplay(make(), options);
    expect(display.type).toBe('UNKNOWN');
    const stripped = warn.mock.calls.filter(([text]) => String(text).includes('toJSON()'));
    expect(stripped).toHaveLength(1);
    expect(String(stripped[0]?.[0])).toContain('[smartcar-error-kit]');
  });

  it('does not call a readable unknown input stripped', () => {
    toErrorDisplay({ status: 'weird', foo: 1 }, options);
    toErrorDisplay('some text', options);
    toErrorDisplay(null, options);
    expect(warn.mock.calls.filter(([text]) => String(text).includes('toJSON()'))).toHaveLength(0);
  });
});

function rateLimit(): unknown {
  return payloadFixtures.find((fixture) => fixture.name === 'RATE_LIMIT__VEHICLE__1')?.json;
}
