import { parseSmartcarError } from 'smartcar-error-kit/core';
import { parseLenientJson, parseSmartcarErrorLenient } from 'smartcar-error-kit/lenient';
import { payloadFixtures } from '../../test/fixtures/smartcar';

describe('parseSmartcarErrorLenient', () => {
  it('reads the fields of JSON with a missing or trailing comma and unquoted keys', () => {
    const text = '{"type": "VEHICLE_STATE" "code": "ASLEEP", statusCode: 409, }';
    expect(parseSmartcarError(text)).toMatchObject({ type: 'UNKNOWN', description: text });
    const error = parseSmartcarErrorLenient(text, { headers: { 'SC-Request-Id': 'req-1' } });
    expect(error).toMatchObject({
      type: 'VEHICLE_STATE',
      code: 'ASLEEP',
      statusCode: 409,
      requestId: 'req-1',
      format: 'v2',
    });
    expect(error.raw).toBe(text);
  });

  it('reads a body cut off in transit, even a 3 MB one', () => {
    const cut = '{"type":"RATE_LIMIT","code":"VEHICLE","description":"Too many requ';
    expect(parseSmartcarErrorLenient(cut)).toMatchObject({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      description: 'Too many requ',
    });
    const huge = `{"type":"SERVER","code":"INTERNAL","detail":[${'[1,'.repeat(1_000_000)}`;
    expect(parseSmartcarErrorLenient(huge)).toMatchObject({ type: 'SERVER', code: 'INTERNAL' });
  });

  it('is parseSmartcarError on every documented payload that is valid JSON, and on non-text', () => {
    for (const fixture of payloadFixtures.filter((f) => f.kind !== 'asdocumented')) {
      const lenient = parseSmartcarErrorLenient(fixture.text, { status: 400 });
      expect(lenient.toJSON(), fixture.name).toEqual(
        parseSmartcarError(fixture.text, { status: 400 }).toJSON(),
      );
    }
    const body = { type: 'SERVER', code: 'INTERNAL' };
    expect(parseSmartcarErrorLenient(body).toJSON()).toEqual(parseSmartcarError(body).toJSON());
  });

  it('leaves plain text, HTML and Connect redirects to parseSmartcarError', () => {
    for (const text of ['502 Bad Gateway', '<html>oops</html>', '?error=access_denied', '']) {
      expect(parseSmartcarErrorLenient(text).toJSON()).toEqual(parseSmartcarError(text).toJSON());
    }
  });

  it('never lets __proto__ reach a prototype', () => {
    const error = parseSmartcarErrorLenient('{"type":"X","__proto__":{"polluted":1},"detail":[{');
    expect(error.type).toBe('X');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseLenientJson', () => {
  it('is JSON.parse on valid JSON and undefined when nothing can be read', () => {
    expect(parseLenientJson('{"a":[1,2,{"b":null}]}')).toEqual({ a: [1, 2, { b: null }] });
    expect(parseLenientJson('{a:1 b:2,}')).toEqual({ a: 1, b: 2 });
    expect(parseLenientJson('')).toBeUndefined();
  });
});
