/** Normalisation rules: nulls, resolution, request id, Retry-After and status code. */
import { parseSmartcarError } from 'smartcar-error-kit/core';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0); // Sat, 28 Nov 2026 12:00:00 GMT
const BODY = { type: 'RATE_LIMIT', code: 'VEHICLE', description: 'Throttled.' };

describe('parseSmartcarError normalises', () => {
  it('an absent or null code to null, and fills every field', () => {
    const error = parseSmartcarError({ type: 'PERMISSION' });
    expect(error.code).toBeNull();
    expect(parseSmartcarError({ type: 'PERMISSION', code: null }).code).toBeNull();
    for (const [field, value] of Object.entries({ ...error })) {
      expect(value, field).not.toBeUndefined();
    }
    expect(error).toMatchObject({
      description: null,
      statusCode: null,
      requestId: null,
      docURL: null,
      resolution: { type: null, url: null },
      suggestedUserMessage: null,
      detail: null,
      retryAfterSeconds: null,
      vehicle: null,
    });
  });

  it('keeps a code as sent (case included)', () => {
    expect(parseSmartcarError({ type: 'RATE_LIMIT', code: 'Vehicle' }).code).toBe('Vehicle');
  });

  it('a string resolution to { type, url: null }, and null or missing to nulls', () => {
    expect(
      parseSmartcarError({ type: 'PERMISSION', resolution: 'REAUTHENTICATE' }).resolution,
    ).toEqual({
      type: 'REAUTHENTICATE',
      url: null,
    });
    expect(parseSmartcarError({ type: 'X', resolution: null }).resolution).toEqual({
      type: null,
      url: null,
    });
    expect(parseSmartcarError({ type: 'X', resolution: { type: null } }).resolution).toEqual({
      type: null,
      url: null,
    });
  });

  describe('the request id', () => {
    const headerForms: Array<[string, HeadersInit]> = [
      ['a Headers object', new Headers({ 'SC-Request-Id': 'from-header' })],
      ['array pairs, lower case', [['sc-request-id', 'from-header']]],
      ['a record, upper case', { 'SC-REQUEST-ID': 'from-header' }],
      ['a record, mixed case', { 'Sc-Request-Id': 'from-header' }],
    ];

    it.each(headerForms)(
      'comes from the SC-Request-Id header (%s) when the body has none',
      (_form, headers) => {
        expect(parseSmartcarError(BODY, { headers }).requestId).toBe('from-header');
      },
    );

    it('comes from the body first', () => {
      const error = parseSmartcarError(
        { ...BODY, requestId: 'from-body' },
        { headers: { 'sc-request-id': 'from-header' } },
      );
      expect(error.requestId).toBe('from-body');
    });
  });

  describe('Retry-After', () => {
    const cases: Array<[string, unknown, number | null]> = [
      ['delay-seconds', '120', 120],
      ['delay-seconds with spaces', ' 30 ', 30],
      ['fractional seconds, rounded up', '1.5', 2],
      ['zero', '0', 0],
      ['an IMF-fixdate', 'Sat, 28 Nov 2026 12:01:30 GMT', 90],
      ['an RFC 850 date', 'Saturday, 28-Nov-26 12:00:10 GMT', 10],
      ['an asctime date', 'Sat Nov 28 12:02:00 2026', 120],
      ['an asctime date with a one-digit day', 'Tue Dec  1 12:00:00 2026', 259_200],
      ['a date in the past (ignored)', 'Sat, 28 Nov 2026 11:59:00 GMT', null],
      ['a negative value (ignored)', '-5', null],
      ['an invalid value (ignored)', 'soon', null],
      ['an impossible date (ignored)', 'Sat, 31 Foo 2026 12:00:00 GMT', null],
      ['an ISO date, which is no HTTP-date (ignored)', '2026-11-29 GMT', null],
      ['a date without its day name (ignored)', '29 Nov 2026 12:00:00 GMT', null],
      ['an overlong value (ignored)', '1'.repeat(100), null],
    ];

    it.each(cases)('reads %s from the header', (_label, header, seconds) => {
      const error = parseSmartcarError(BODY, {
        headers: { 'Retry-After': header as string },
        now: NOW,
      });
      expect(error.retryAfterSeconds).toBe(seconds);
    });

    it('reads a numeric header value (batch item headers) and the body fields', () => {
      expect(
        parseSmartcarError(BODY, { headers: { 'Retry-After': 999 } as unknown as HeadersInit })
          .retryAfterSeconds,
      ).toBe(999);
      expect(parseSmartcarError({ ...BODY, retryAfter: '45' }).retryAfterSeconds).toBe(45);
      expect(parseSmartcarError({ ...BODY, retry_after: 7 }).retryAfterSeconds).toBe(7);
      expect(parseSmartcarError({ ...BODY, retryAfter: -1 }).retryAfterSeconds).toBeNull();
    });

    it('uses the injected clock for dates, and Date.now() by default', () => {
      const inOneMinute = new Date(Date.now() + 60_000).toUTCString();
      const seconds = parseSmartcarError(BODY, {
        headers: { 'Retry-After': inOneMinute },
      }).retryAfterSeconds;
      expect(seconds).toBeGreaterThanOrEqual(58);
      expect(seconds).toBeLessThanOrEqual(60);
    });
  });

  describe('the status code', () => {
    it('comes from the body first, else from the HTTP status', () => {
      expect(parseSmartcarError({ ...BODY, statusCode: 429 }, { status: 400 }).statusCode).toBe(
        429,
      );
      expect(parseSmartcarError(BODY, { status: 429 }).statusCode).toBe(429);
    });

    it('turns a v3 status string into a number', () => {
      const error = parseSmartcarError({
        errors: [{ status: '502', type: 'UPSTREAM', code: 'INVALID_DATA' }],
      });
      expect(error.statusCode).toBe(502);
    });

    it('ignores values that are not HTTP statuses', () => {
      for (const statusCode of ['abc', 42, 1000, 4.5, '4044', true]) {
        expect(parseSmartcarError({ ...BODY, statusCode }, { status: 418 }).statusCode).toBe(418);
      }
      expect(parseSmartcarError(BODY, { status: 0 }).statusCode).toBeNull();
    });
  });
});
