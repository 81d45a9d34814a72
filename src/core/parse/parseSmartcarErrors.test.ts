import {
  parseSmartcarError,
  parseSmartcarErrors,
  toErrorDisplay,
  type SmartcarError,
} from 'smartcar-error-kit/core';
import { toSmartcarErrorBody } from 'smartcar-error-kit/server';
import { smartcarPayloadFixtures } from 'smartcar-error-kit/testing';
import { fixtureByName, payloadFixtures } from '../../../test/fixtures/smartcar';
import { MAX_ERRORS } from './limits';

type Json = Record<string, unknown>;

/** A webhook event's JSON, deep-copied, so a test can change it. */
function eventOf(name: string): Json {
  return JSON.parse(fixtureByName(name).text) as Json;
}

/** `list` behind a proxy that counts reads of its items (by index), to bound the parser's work. */
function counted<T>(items: T[]) {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads, reset: () => (reads = 0) };
}

/** The documented VEHICLE_ERROR event with these error items instead of its own. */
function vehicleErrorEvent(items: readonly unknown[]): Json {
  const event = eventOf('WEBHOOK__VEHICLE_ERROR__1');
  return { ...event, data: { ...(event['data'] as Json), errors: items } };
}

function itemsOf(name: string): unknown[] {
  return (eventOf(name)['data'] as { errors: unknown[] }).errors;
}

const TESLA_ID = '123e4567-e89b-12d3-a456-426614174000';

describe('issue 18, problem 1: a RESOLVED event is shown as an active failure', () => {
  it('reads the state of a webhook item: RESOLVED as RESOLVED, ERROR as ERROR', () => {
    const resolved = parseSmartcarError(fixtureByName('WEBHOOK__VEHICLE_ERROR__2').text);
    expect(resolved).toMatchObject({
      type: 'VEHICLE_STATE',
      code: 'UNREACHABLE',
      state: 'RESOLVED',
      format: 'webhook',
    });
    expect(parseSmartcarError(fixtureByName('WEBHOOK__VEHICLE_ERROR__1').text).state).toBe('ERROR');
  });

  it('gives every failure without a lifecycle the state ERROR', () => {
    for (const fixture of payloadFixtures.filter((f) => f.format !== 'webhook')) {
      for (const error of parseSmartcarErrors(fixture.text)) expect(error.state).toBe('ERROR');
    }
  });
});

describe('issue 18, problem 2: every failure after the first is lost', () => {
  it('reads both errors of the VEHICLE_ERROR event with several, the one needing Reconnect too', () => {
    const errors = parseSmartcarErrors(fixtureByName('WEBHOOK4__VEHICLE_ERROR__SEVERAL__1').text);
    expect(errors.map((e) => [e.type, e.code, e.state])).toEqual([
      ['COMPATIBILITY', 'VEHICLE_NOT_CAPABLE', 'ERROR'],
      ['CONNECTED_SERVICES_ACCOUNT', 'AUTHENTICATION_FAILED', 'ERROR'],
    ]);
    const second = toErrorDisplay(errors[1] as SmartcarError, { appName: 'Voltly' });
    expect(second.actions[0]?.kind).toBe('reconnect');
  });

  it('reads every failed item of the batch with several, each with its own status', () => {
    const errors = parseSmartcarErrors(fixtureByName('BATCH__SEVERAL__1').text);
    expect(errors.map((e) => [e.type, e.code, e.statusCode, e.retryAfterSeconds])).toEqual([
      ['VEHICLE_STATE', 'UNREACHABLE', 409, null],
      ['RATE_LIMIT', 'VEHICLE', 429, 999],
      ['VEHICLE_STATE', 'DOOR_OPEN', 409, null],
    ]);
  });

  it('reads every item of a VEHICLE_ERROR event, in the order sent', () => {
    const event = vehicleErrorEvent([
      ...itemsOf('WEBHOOK__VEHICLE_ERROR__1'),
      ...itemsOf('WEBHOOK__VEHICLE_ERROR__3'),
    ]);
    const errors = parseSmartcarErrors(event);
    expect(errors.map((e) => [e.type, e.code, e.resolution.type])).toEqual([
      ['COMPATIBILITY', 'VEHICLE_NOT_CAPABLE', 'CONTACT_SUPPORT'],
      ['CONNECTED_SERVICES_ACCOUNT', 'AUTHENTICATION_FAILED', 'REAUTHENTICATE'],
    ]);
    for (const error of errors) {
      expect(error.vehicle?.id).toBe(TESLA_ID);
      expect(error.raw).toBe(event);
    }
    // The single parser still reads the first.
    expect(parseSmartcarError(event)).toEqual(errors[0]);
  });

  it('reads every failed item of a batch, each with its own status', () => {
    const batch = JSON.parse(fixtureByName('BATCH__MIXED__1').text) as { responses: unknown[] };
    const rateLimited = JSON.parse(fixtureByName('BATCH__RATE_LIMIT__VEHICLE__1').text) as {
      responses: unknown[];
    };
    const both = { responses: [...batch.responses, ...rateLimited.responses] };
    expect(parseSmartcarErrors(both).map((e) => [e.type, e.statusCode, e.format])).toEqual([
      ['vehicle_state_error', 409, 'batch'],
      ['RATE_LIMIT', 429, 'batch'],
    ]);
  });

  it('reads every item of a v3 errors body', () => {
    const body = JSON.parse(fixtureByName('V3__UPSTREAM__INVALID_DATA__1').text) as {
      errors: Json[];
    };
    const two = { errors: [...body.errors, { ...body.errors[0], code: 'KNOWN_ISSUE' }] };
    expect(parseSmartcarErrors(two).map((e) => [e.type, e.code, e.format])).toEqual([
      ['UPSTREAM', 'INVALID_DATA', 'v3'],
      ['UPSTREAM', 'KNOWN_ISSUE', 'v3'],
    ]);
  });
});

describe('issue 18, problem 3: a failed signal is not read at all', () => {
  it("reads the VEHICLE_STATE event's failed signal as its error, not UNKNOWN", () => {
    const text = fixtureByName('WEBHOOK4__VEHICLE_STATE__SIGNAL_ERROR__1').text;
    const error = parseSmartcarError(text);
    expect(error).toMatchObject({
      type: 'COMPATIBILITY',
      code: 'VEHICLE_NOT_CAPABLE',
      state: 'ERROR',
      format: 'webhook',
      signals: [{ code: 'location-isathome', name: 'IsAtHome', group: 'Location' }],
      vehicle: { id: TESLA_ID, make: 'Test Make', model: 'Test Model', year: 2020 },
    });
    expect(toErrorDisplay(error, { appName: 'Voltly' }).type).toBe('COMPATIBILITY');
    expect(parseSmartcarErrors(text)).toEqual([error]);
  });

  it('reads the failed signal of a v3 signals response, and nothing of a healthy one', () => {
    const errors = parseSmartcarErrors(fixtureByName('V3__SIGNALS__SIGNAL_ERROR__1').text);
    expect(errors).toMatchObject([
      {
        type: 'CONNECTED_SERVICES_ACCOUNT',
        code: 'AUTHENTICATION_FAILED',
        resolution: { type: 'REAUTHENTICATE' },
        format: 'v3',
        signals: [{ code: 'location-preciselocation', name: 'PreciseLocation', group: 'Location' }],
        vehicle: { id: 'tst2e255-d3c8-4f90-9fec-e6e68b98e9cb', make: 'TESLA', year: 2021 },
      },
    ]);
    expect(parseSmartcarErrors(smartcarPayloadFixtures.byName('V3__SIGNALS__OK__1').text)).toEqual(
      [],
    );
  });
});

describe('issue 18, problem 4: the vehicle id is dropped', () => {
  it("keeps data.vehicle.id, else the event's vehicleId", () => {
    const event = eventOf('WEBHOOK__VEHICLE_ERROR__3');
    expect(parseSmartcarError(event).vehicle).toEqual({
      id: TESLA_ID,
      vin: null,
      make: 'TESLA',
      model: 'Model 3',
      year: 2020,
    });
    const data = event['data'] as Json;
    const withoutVehicle = { ...event, vehicleId: 'v-top', data: { errors: data['errors'] } };
    expect(parseSmartcarError(withoutVehicle).vehicle).toEqual({
      id: 'v-top',
      vin: null,
      make: null,
      model: null,
      year: null,
    });
  });
});

describe('parseSmartcarErrors', () => {
  it('gives [parseSmartcarError(input)] for every documented payload with one failure', () => {
    const several = ['WEBHOOK4__VEHICLE_ERROR__SEVERAL__1', 'BATCH__SEVERAL__1'];
    const single = payloadFixtures.filter(
      (f) => f.kind !== 'asdocumented' && !several.includes(f.name),
    );
    expect(single.length).toBe(payloadFixtures.length - 2 - 4);
    for (const fixture of single) {
      const errors = parseSmartcarErrors(fixture.text, { status: 400 });
      expect(errors, fixture.name).toEqual([parseSmartcarError(fixture.text, { status: 400 })]);
      expect(parseSmartcarErrors(fixture.json ?? fixture.text)).toEqual([
        parseSmartcarError(fixture.json ?? fixture.text),
      ]);
    }
  });

  it('gives [] for a batch without failures and for a webhook event without errors', () => {
    expect(
      parseSmartcarErrors({ responses: [{ path: '/odometer', code: 200, body: {} }] }),
    ).toEqual([]);
    expect(parseSmartcarErrors({ eventId: 'e', eventType: 'VERIFY', data: {} })).toEqual([]);
    expect(parseSmartcarErrors(vehicleErrorEvent([]))).toEqual([]);
  });

  it('returns a SmartcarError as it is, and reads anything else as one failure', () => {
    const error = parseSmartcarError(fixtureByName('SERVER__INTERNAL__1').text);
    expect(parseSmartcarErrors(error)[0]).toBe(error);
    expect(parseSmartcarErrors('<html>Bad gateway</html>', { status: 502 })).toMatchObject([
      { type: 'UNKNOWN', statusCode: 502 },
    ]);
    expect(parseSmartcarErrors(undefined)).toMatchObject([{ type: 'UNKNOWN' }]);
  });

  it(`stays bounded: 100,000 items give at most ${MAX_ERRORS} errors, reading a few thousand`, () => {
    const item = itemsOf('WEBHOOK__VEHICLE_ERROR__1')[0];
    const events = counted(Array.from({ length: 100_000 }, () => item));
    const huge = vehicleErrorEvent(events.list);
    const failed = counted(
      Array.from({ length: 100_000 }, (_, i) => ({
        type: 'signal',
        attributes: {
          code: `s-${i}`,
          status: { value: 'ERROR', error: { type: 'COMPATIBILITY', code: 'VEHICLE_NOT_CAPABLE' } },
        },
      })),
    );
    const signals = { data: failed.list };
    const fine = counted(
      Array.from({ length: 100_000 }, () => ({ attributes: { status: { value: 'SUCCESS' } } })),
    );
    const healthy = { data: fine.list };
    const hugeText = JSON.stringify(huge);
    events.reset();
    const large = JSON.stringify(vehicleErrorEvent(Array.from({ length: 1_000 }, () => item)));
    expect(parseSmartcarErrors(huge)).toHaveLength(MAX_ERRORS);
    expect(parseSmartcarErrors(signals)).toHaveLength(MAX_ERRORS);
    expect(parseSmartcarErrors(healthy)).toEqual([]);
    // Bounded work, not a clock (wall-clock times are noisy here): of 100,000 items each list
    // had at most its first 1,000 looked at, each a few times.
    for (const list of [events, failed, fine]) expect(list.reads()).toBeLessThan(5_000);
    // Only the first 1,000 signals are looked at: a failure after them is not searched for.
    expect(parseSmartcarErrors({ data: [...fine.list.slice(0, 1_000), failed.list[0]] })).toEqual(
      [],
    );
    expect(
      parseSmartcarErrors({ data: [...fine.list.slice(0, 999), ...failed.list.slice(0, 1)] }),
    ).toHaveLength(1);
    expect(parseSmartcarErrors(large)).toHaveLength(MAX_ERRORS);
    // As text it is past MAX_TEXT_LENGTH (1 MiB): only its start is read, which is not JSON.
    expect(parseSmartcarErrors(hugeText)).toMatchObject([{ type: 'UNKNOWN' }]);
  });
});

/** What each payload parses to: `type code state format [signal codes] vehicle id`. */
const PARSED: Readonly<Record<string, readonly string[]>> = {
  WEBHOOK__VEHICLE_ERROR__1: [
    'COMPATIBILITY VEHICLE_NOT_CAPABLE ERROR webhook [location-preciselocation tractionbattery-stateofcharge] 123e4567-e89b-12d3-a456-426614174000',
  ],
  WEBHOOK__VEHICLE_ERROR__2: [
    'VEHICLE_STATE UNREACHABLE RESOLVED webhook [location-preciselocation] 123e4567-e89b-12d3-a456-426614174000',
  ],
  WEBHOOK__VEHICLE_ERROR__3: [
    'CONNECTED_SERVICES_ACCOUNT AUTHENTICATION_FAILED ERROR webhook [] 123e4567-e89b-12d3-a456-426614174000',
  ],
  WEBHOOK4__VEHICLE_STATE__SIGNAL_ERROR__1: [
    'COMPATIBILITY VEHICLE_NOT_CAPABLE ERROR webhook [location-isathome] 123e4567-e89b-12d3-a456-426614174000',
  ],
  // A fragment of the docs (one signal of an event), not a payload: nothing to recognise.
  WEBHOOK4__SIGNAL_OBJECT__ERROR__1: ['UNKNOWN null ERROR unknown [] -'],
  WEBHOOK4__VEHICLE_ERROR__ERROR__2: [
    'COMPATIBILITY VEHICLE_NOT_CAPABLE ERROR webhook [location-preciselocation tractionbattery-stateofcharge] 123e4567-e89b-12d3-a456-426614174000',
  ],
  WEBHOOK4__VERIFY__1: [],
  WEBHOOK4__VERIFY__2: [],
  // What your endpoint answers to VERIFY, not something Smartcar sends: nothing to recognise.
  WEBHOOK4__VERIFY__RESPONSE__1: ['UNKNOWN null ERROR unknown [] -'],
  WEBHOOK2__VERIFY__1: [],
  WEBHOOK2__VERIFY__2: [],
  WEBHOOK4__VEHICLE_STATE__OK__1: [],
  WEBHOOK4__VEHICLE_STATE__FIRST_DELIVERY__1: [],
  WEBHOOK4__VEHICLE_STATE__OK__2: [],
  WEBHOOK3__VEHICLE_STATE__OK__1: [],
  WEBHOOK4__ENVELOPE__1: [],
  WEBHOOK4__RETRY_IDENTIFICATION__1: [],
  V3__ERROR__COMPATIBILITY_MAKE_NOT_COMPATIBLE__1: [
    'COMPATIBILITY MAKE_NOT_COMPATIBLE ERROR v3 [] -',
  ],
  V3__ERROR__COMPATIBILITY_PLATFORM_NOT_CAPABLE__1: [
    'COMPATIBILITY PLATFORM_NOT_CAPABLE ERROR v3 [] -',
  ],
  V3__UPSTREAM__INVALID_DATA__1: ['UPSTREAM INVALID_DATA ERROR v3 [] -'],
  V3__ERROR__400_BAD_REQUEST__1: ['UNKNOWN bad_request ERROR v3 [] -'],
  V3__ERROR__401_UNAUTHORIZED__1: ['UNKNOWN unauthorized ERROR v3 [] -'],
  V3__ERROR__403_FORBIDDEN__1: ['UNKNOWN forbidden ERROR v3 [] -'],
  V3__ERROR__404_NOT_FOUND__1: ['UNKNOWN not_found ERROR v3 [] -'],
  V3__ERROR__500_INTERNAL_ERROR__1: ['UNKNOWN internal_error ERROR v3 [] -'],
  // Fragments of the v3 schema: a signal's status alone, a SignalError alone.
  V3__SIGNAL_STATUS__ERROR__1: ['SignalError SIGNAL_NOT_FOUND ERROR v2 [] -'],
  V3__SIGNAL_ERROR__SCHEMA_EXAMPLE__1: [
    'CONNECTED_SERVICES_ACCOUNT AUTHENTICATION_FAILED ERROR v2 [] -',
  ],
  V3__SIGNALS__OK__1: [],
  V3__SIGNAL__OK__1: [],
  V3__COMMAND__SYNC_SUCCESS__1: [],
  V3__COMMAND__SYNC_SUCCESS__2: [],
  V3__COMMAND__REQUEST_SET_LIMIT__1: [],
  V3__COMMAND__ERROR_FRAGMENT__1: ['COMPATIBILITY VEHICLE_NOT_CAPABLE ERROR v2 [] -'],
  WEBHOOK4__VEHICLE_ERROR__SEVERAL__1: [
    'COMPATIBILITY VEHICLE_NOT_CAPABLE ERROR webhook [location-preciselocation tractionbattery-stateofcharge] 123e4567-e89b-12d3-a456-426614174000',
    'CONNECTED_SERVICES_ACCOUNT AUTHENTICATION_FAILED ERROR webhook [] 123e4567-e89b-12d3-a456-426614174000',
  ],
  BATCH__SEVERAL__1: [
    'VEHICLE_STATE UNREACHABLE ERROR batch [] -',
    'RATE_LIMIT VEHICLE ERROR batch [] -',
    'VEHICLE_STATE DOOR_OPEN ERROR batch [] -',
  ],
  V3__SIGNALS__SIGNAL_ERROR__1: [
    'CONNECTED_SERVICES_ACCOUNT AUTHENTICATION_FAILED ERROR v3 [location-preciselocation] tst2e255-d3c8-4f90-9fec-e6e68b98e9cb',
  ],
};

function summary(error: SmartcarError): string {
  const signals = error.signals.map((signal) => signal.code).join(' ');
  return `${error.type} ${String(error.code)} ${error.state} ${error.format} [${signals}] ${error.vehicle?.id ?? '-'}`;
}

describe('parseSmartcarErrors over every webhook and API v3 payload', () => {
  const payloads = smartcarPayloadFixtures.all.filter(
    (p) => p.kind === 'json' && (/^(WEBHOOK|V3__)/.test(p.name) || p.origin === 'constructed'),
  );

  it('covers each of them', () => {
    expect(payloads.map((p) => p.name).sort()).toEqual(Object.keys(PARSED).sort());
  });

  it.each(payloads.map((p) => [p.name, p] as const))('%s', (name, payload) => {
    expect(parseSmartcarErrors(payload.text).map(summary)).toEqual(PARSED[name]);
    expect(parseSmartcarErrors(payload.body).map(summary)).toEqual(PARSED[name]);
  });
});

describe('state, signals and vehicle.id survive toJSON and the server body', () => {
  it('reads them back with nothing lost', () => {
    for (const name of ['WEBHOOK__VEHICLE_ERROR__1', 'WEBHOOK__VEHICLE_ERROR__2']) {
      const error = parseSmartcarError(fixtureByName(name).text);
      expect(error.signals.length).toBeGreaterThan(0);
      expect(Object.isFrozen(error.signals)).toBe(true);
      expect(Object.isFrozen(error.signals[0])).toBe(true);
      const json = JSON.parse(JSON.stringify(error)) as Json;
      expect(json).toMatchObject({ state: error.state, signals: error.signals });
      const fromJson = parseSmartcarError(json);
      const fromBody = parseSmartcarError(JSON.parse(JSON.stringify(toSmartcarErrorBody(error))));
      for (const copy of [fromJson, fromBody]) {
        expect(copy.state).toBe(error.state);
        expect(copy.signals).toEqual(error.signals);
        expect(copy.vehicle).toEqual(error.vehicle);
        expect(copy.vehicle?.id).toBe(TESLA_ID);
        expect(copy.format).toBe('webhook');
      }
    }
  });
});
