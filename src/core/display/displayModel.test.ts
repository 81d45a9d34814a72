import { parseSmartcarError, toErrorDisplay, type DisplayOptions } from 'smartcar-error-kit/core';
import { isErrorDisplay } from './isErrorDisplay';
import es from 'smartcar-error-kit/locales/es';
import { fixtureByName } from '../../../test/fixtures/smartcar';
import { makeSmartcarError } from '../../../test/fixtures/makeSmartcarError';

const makeError = makeSmartcarError;

const OPTIONS = { appName: 'Voltly', now: 1_700_000_000_000 };

describe('detail view', () => {
  it("VALIDATION fields read 'field: message'", () => {
    const error = parseSmartcarError(fixtureByName('VALIDATION__NULL__2').json);
    expect(toErrorDisplay(error, OPTIONS).detail).toEqual({
      label: 'Fields to check',
      items: ['requests: "requests" is required', 'request: "request" is not allowed'],
    });
  });

  it('other detail items show their message; nothing to show gives null', () => {
    const error = makeError({ type: 'UPSTREAM', detail: [{ message: 'Try the other charger' }] });
    expect(toErrorDisplay(error, OPTIONS).detail).toEqual({
      label: 'Details',
      items: ['Try the other charger'],
    });
    expect(
      toErrorDisplay(makeError({ type: 'UPSTREAM', detail: [{ foo: 1 }] }), OPTIONS).detail,
    ).toBeNull();
    expect(toErrorDisplay(makeError({ type: 'UPSTREAM' }), OPTIONS).detail).toBeNull();
  });

  it('hostile detail values stay text and never break the display', () => {
    const error = makeError({
      type: 'SERVER',
      code: 'MULTIPLE_RECORDS_FOUND',
      detail: [
        { capacities: [Number.NaN, '<b>70</b>', 1e21, 83.94] },
        { field: [{ toString: () => 'x' }, 'a', 1], message: '<script>x</script>' },
      ],
    });
    const display = toErrorDisplay(error, { ...OPTIONS, locale: 'es', locales: [es] });
    expect(display.detail?.label).toBe(es.ui.detailCapacities);
    expect(display.detail?.items).toEqual([
      '1.000.000.000.000.000.000.000\u00a0kWh',
      '83,9\u00a0kWh',
    ]);
    const fields = toErrorDisplay(
      makeError({ type: 'VALIDATION', detail: error.detail?.slice(1) ?? [] }),
      OPTIONS,
    );
    expect(fields.detail?.items).toEqual(['a.1: <script>x</script>']);
  });

  it('formats capacities with an invalid locale tag without throwing', () => {
    const error = parseSmartcarError(fixtureByName('SERVER__MULTIPLE_RECORDS_FOUND__1').json);
    expect(toErrorDisplay(error, { ...OPTIONS, locale: 'not a tag!' }).detail?.items[0]).toBe(
      '83.9\u00a0kWh',
    );
  });
});

describe('key', () => {
  const base = parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').json);

  it('is stable for one kind of error on one vehicle, whatever the request id or case', () => {
    const again = makeError({ type: 'rate_limit', code: 'vehicle', requestId: 'another-request' });
    expect(toErrorDisplay(base, OPTIONS).key).toBe(toErrorDisplay(again, OPTIONS).key);
    expect(toErrorDisplay(base, OPTIONS).key).toBe('RATE_LIMIT.VEHICLE');
  });

  it('differs by kind and by vehicle (VIN, else vehicleName)', () => {
    const other = makeError({ type: 'RATE_LIMIT', code: 'SMARTCAR_API' });
    expect(toErrorDisplay(other, OPTIONS).key).not.toBe(toErrorDisplay(base, OPTIONS).key);
    const model3 = toErrorDisplay(base, { ...OPTIONS, vehicleName: 'Model 3' }).key;
    const ioniq = toErrorDisplay(base, { ...OPTIONS, vehicleName: 'Ioniq 5' }).key;
    expect(model3).not.toBe(ioniq);
    const withVin = makeError({
      type: 'CONNECT',
      code: 'vehicle_incompatible',
      vehicle: { id: null, vin: 'VIN1', make: null, model: null, year: null },
    });
    expect(toErrorDisplay(withVin, { ...OPTIONS, vehicleName: 'Model 3' }).key).toBe(
      'CONNECT.VEHICLE_INCOMPATIBLE@VIN1',
    );
  });
});

describe('display model', () => {
  it('messageText is the message parts joined', () => {
    const error = parseSmartcarError(
      fixtureByName('CONNECTED_SERVICES_ACCOUNT__AUTHENTICATION_FAILED__1').json,
    );
    const display = toErrorDisplay(error, OPTIONS);
    expect(display.message.length).toBe(3);
    expect(display.messageText).toBe(display.message.map((part) => part.text).join(''));
  });

  it('carries requestId, docURL and the error itself', () => {
    const error = parseSmartcarError(fixtureByName('SERVER__INTERNAL__1').json);
    const display = toErrorDisplay(error, OPTIONS);
    expect(display.requestId).toBe('5dea93a1-3f79-4246-90c5-89610a20471b');
    expect(display.docURL).toBe(error.docURL);
    expect(display.error).toStrictEqual(error.toJSON());
  });

  it('is pure and deterministic with an injected clock', () => {
    const error = parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').json, {
      headers: { 'retry-after': '5' },
    });
    const options: DisplayOptions = { ...OPTIONS, messages: {}, actions: {} };
    const frozen = structuredClone(options);
    expect(toErrorDisplay(error, options)).toEqual(toErrorDisplay(error, options));
    expect(options).toEqual(frozen);
  });

  it('never throws on hostile options', () => {
    const error = parseSmartcarError(fixtureByName('VEHICLE_STATE__DOOR_OPEN__1').json);
    const hostile = new Proxy({} as DisplayOptions, {
      get() {
        throw new Error('boom');
      },
    });
    const display = toErrorDisplay(error, hostile);
    expect(isErrorDisplay(display)).toBe(true);
    expect(display.error).toStrictEqual(error.toJSON());
    const weird = { locale: 42, locales: 'fr', appName: {}, messages: 7, actions: null, now: 'x' };
    expect(isErrorDisplay(toErrorDisplay(error, weird as unknown as DisplayOptions))).toBe(true);
  });
});

describe('isErrorDisplay', () => {
  const error = parseSmartcarError(fixtureByName('VEHICLE_STATE__DOOR_OPEN__1').json);

  it('accepts a display and rejects errors, look-alikes and junk without throwing', () => {
    const display = toErrorDisplay(error, OPTIONS);
    expect(isErrorDisplay(display)).toBe(true);
    expect(isErrorDisplay(error)).toBe(false);
    expect(isErrorDisplay({ ...display, error: { ...error } })).toBe(false);
    expect(isErrorDisplay({ ...display, severity: 'fatal' })).toBe(false);
    for (const junk of [null, undefined, 'display', 42, [], {}])
      expect(isErrorDisplay(junk)).toBe(false);
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(isErrorDisplay(throwing)).toBe(false);
  });
});
