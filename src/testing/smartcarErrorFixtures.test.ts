import catalogue from '../../test/fixtures/smartcar/catalogue.json';
import { parseSmartcarError } from '../core/parse/parseSmartcarError';
import { parseSmartcarErrorLenient } from '../lenient/parseSmartcarErrorLenient';
import { DOCUMENTED_SMARTCAR_ERRORS } from './documentedSmartcarErrors';
import { EXAMPLE_RETRY_AFTER_SECONDS, smartcarErrorFixtures } from './smartcarErrorFixtures';
import { smartcarPayloadFixtures } from './smartcarPayloadFixtures';

const { all } = smartcarErrorFixtures;
const identity = (type: string, code: string | null) => `${type} ${code}`;

describe('smartcarErrorFixtures', () => {
  it('holds the 102 payloads with a failure and the 8 catalogue-only bodies, with unique names', () => {
    expect(all).toHaveLength(110);
    expect(all.filter((f) => f.origin === 'constructed')).toHaveLength(3);
    expect(all.filter((f) => f.origin === 'catalogue')).toHaveLength(8);
    expect(new Set(all.map((f) => f.name)).size).toBe(all.length);
    for (const fixture of all) {
      expect(fixture.text.length).toBeGreaterThan(0);
      expect(Object.isFrozen(fixture)).toBe(true);
    }
  });

  it('has a fixture for every documented identity, and documents every identity it has', () => {
    const documented = Object.entries(DOCUMENTED_SMARTCAR_ERRORS).flatMap(([type, codes]) =>
      codes.map((code: string | null) => identity(type, code)),
    );
    const held = new Set(
      all
        .filter((f) => ['v2', 'v1', 'oauth', 'connect'].includes(f.format))
        .map((f) => identity(f.type, f.code)),
    );
    // `blargh` is an SDK test's made-up Connect error, kept to test unknown values.
    expect([...held].sort()).toEqual([...documented, identity('CONNECT', 'blargh')].sort());
    expect(documented).toHaveLength(48 + 8 + 9 + 2);
  });

  it('looks up by type and code: the first valid-JSON body of that identity', () => {
    const asleep = smartcarErrorFixtures.get('VEHICLE_STATE', 'ASLEEP');
    expect(asleep).toMatchObject({
      name: 'VEHICLE_STATE__ASLEEP__1',
      format: 'v2',
      status: 409,
      kind: 'json',
    });
    expect(asleep.body).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP' });
    // The documented example is not JSON: the minimally fixed .json comes first.
    expect(
      smartcarErrorFixtures.get('CONNECTED_SERVICES_ACCOUNT', 'VIRTUAL_KEY_REQUIRED').kind,
    ).toBe('json');
    // v2 before the v3 body of the same identity; v3 by format.
    expect(smartcarErrorFixtures.get('UPSTREAM', 'INVALID_DATA').format).toBe('v2');
    expect(smartcarErrorFixtures.ofFormat('v3').map((f) => [f.name, f.type, f.status])).toEqual([
      ['V3__UPSTREAM__INVALID_DATA__1', 'UPSTREAM', null],
      ['V3__UPSTREAM__INVALID_DATA__1.asdocumented', 'UPSTREAM', null],
      ['V3__ERROR__COMPATIBILITY_MAKE_NOT_COMPATIBLE__1.asdocumented', 'COMPATIBILITY', 501],
      ['V3__ERROR__COMPATIBILITY_MAKE_NOT_COMPATIBLE__1', 'COMPATIBILITY', 501],
      ['V3__ERROR__COMPATIBILITY_PLATFORM_NOT_CAPABLE__1.asdocumented', 'COMPATIBILITY', 501],
      ['V3__ERROR__COMPATIBILITY_PLATFORM_NOT_CAPABLE__1', 'COMPATIBILITY', 501],
      ['V3__SIGNALS__SIGNAL_ERROR__1', 'CONNECTED_SERVICES_ACCOUNT', null],
    ]);
    expect(smartcarErrorFixtures.getAll('PERMISSION', null).length).toBeGreaterThan(1);
    expect(smartcarErrorFixtures.get('CONNECT', 'access_denied').kind).toBe('connect');
    expect(smartcarErrorFixtures.get('OAUTH', 'invalid_grant')).toMatchObject({
      status: 400,
      origin: 'catalogue',
      body: { error: 'invalid_grant' },
    });
    expect(smartcarErrorFixtures.find('VEHICLE_STATE', 'asleep')).toBeUndefined();
    expect(smartcarErrorFixtures.byName('BATCH__MIXED__1.json').format).toBe('batch');
    expect(() => smartcarErrorFixtures.byName('nope')).toThrow(/no Smartcar error fixture/);
    expect(() =>
      // @ts-expect-error -- an undocumented code is a type error
      smartcarErrorFixtures.get('VEHICLE_STATE', 'WINDOW_OPEN'),
    ).toThrow(/no Smartcar error fixture/);
  });

  it('gives each HTTP body the headers the API sends with it', () => {
    const limited = smartcarErrorFixtures.get('RATE_LIMIT', 'VEHICLE');
    expect(limited.headers).toEqual({
      'Content-Type': 'application/json',
      'SC-Request-Id': (limited.body as { requestId: string }).requestId,
      'Retry-After': String(EXAMPLE_RETRY_AFTER_SECONDS),
    });
    // UPSTREAM RATE_LIMIT is Smartcar's upstream being limited: a 502 without Retry-After.
    expect(smartcarErrorFixtures.get('UPSTREAM', 'RATE_LIMIT').headers).not.toHaveProperty(
      'Retry-After',
    );
    expect(smartcarErrorFixtures.get('CONNECT', 'no_vehicles').headers).toEqual({});
    for (const fixture of all.filter((f) => f.kind !== 'connect')) {
      expect(fixture.headers['Content-Type']).toBe('application/json');
    }
  });

  it('parses to its documented identity with its status and headers', () => {
    for (const fixture of smartcarErrorFixtures.ofFormat('v2')) {
      // The documented example that is not valid JSON needs the lenient entry.
      const parse =
        fixture.kind === 'asdocumented' ? parseSmartcarErrorLenient : parseSmartcarError;
      const error = parse(fixture.body ?? fixture.text, {
        headers: fixture.headers,
        ...(fixture.status === null ? {} : { status: fixture.status }),
      });
      expect(error.type).toBe(fixture.type);
      expect(error.statusCode).toBe(fixture.status);
      expect(error.requestId).not.toBeNull();
    }
  });

  it('builds the catalogue-only bodies from the catalogue, unchanged', () => {
    for (const fixture of all.filter((f) => f.origin === 'catalogue')) {
      const entry = catalogue.find((e) => e.type === fixture.type && e.code === fixture.code);
      expect(entry, fixture.name).toBeDefined();
      const expected =
        entry?.format === 'oauth_token'
          ? { error: entry.code, error_description: entry.description }
          : (entry as { v1_fields?: unknown } | undefined)?.v1_fields;
      expect(fixture.body).toEqual(expected);
      expect(JSON.parse(fixture.text)).toEqual(expected);
      expect(fixture.sourceUrl).toBe(entry?.source_url);
    }
  });
});

describe('smartcarPayloadFixtures', () => {
  const payloads = smartcarPayloadFixtures.all;

  it('holds every payload file, failures or not, with unique names', () => {
    expect(payloads).toHaveLength(131);
    expect(new Set(payloads.map((p) => p.name)).size).toBe(payloads.length);
    for (const payload of payloads) {
      expect(Object.isFrozen(payload)).toBe(true);
      expect(payload.text.length).toBeGreaterThan(0);
    }
    // Every error fixture made from a file is one of them, with the same text.
    for (const fixture of all.filter((f) => f.file !== null)) {
      expect(smartcarPayloadFixtures.byName(fixture.name).text).toBe(fixture.text);
    }
    expect(() => smartcarPayloadFixtures.byName('nope')).toThrow(/no Smartcar payload fixture/);
  });

  it('names what each constructed payload was built from, and keeps events without failure', () => {
    const constructed = payloads.filter((p) => p.origin === 'constructed');
    expect(constructed.map((p) => p.name)).toEqual([
      'WEBHOOK4__VEHICLE_ERROR__SEVERAL__1',
      'BATCH__SEVERAL__1',
      'V3__SIGNALS__SIGNAL_ERROR__1',
    ]);
    for (const payload of constructed) expect(payload.notes.join(' ')).toMatch(/Constructed/);
    expect(smartcarPayloadFixtures.byName('WEBHOOK4__VERIFY__1.json')).toMatchObject({
      shape: 'webhook_v4',
      kind: 'json',
      body: { eventType: 'VERIFY' },
    });
    // A payload without a failure filed under a type is not an error fixture.
    expect(all.find((f) => f.name === 'WEBHOOK4__VERIFY__1')).toBeUndefined();
    expect(all.find((f) => f.name === 'WEBHOOK4__VEHICLE_STATE__SIGNAL_ERROR__1')).toMatchObject({
      format: 'webhook',
      type: 'COMPATIBILITY',
      code: 'VEHICLE_NOT_CAPABLE',
    });
  });
});
