/**
 * Every payload in test/fixtures/smartcar/payloads (Smartcar's documented examples and SDK test
 * fixtures), parsed and checked field by field against what the body says and what
 * INDEX.json and catalogue.json document.
 */
import { parseSmartcarError, type SmartcarError } from 'smartcar-error-kit/core';
import { parseSmartcarErrorLenient } from 'smartcar-error-kit/lenient';
import {
  catalogueEntryFor,
  fixtureByName,
  payloadFixtures,
  type PayloadFixture,
} from '../../../test/fixtures/smartcar';

/**
 * Documentation defects and SDK quirks where the body's `code` differs from the code INDEX.json
 * files it under: the parser keeps what the body says (see each file's INDEX.json notes).
 */
const CODE_AS_SENT: Readonly<Record<string, string | null>> = {
  // The docs' UPSTREAM RATE_LIMIT example was copy-pasted from NO_RESPONSE.
  UPSTREAM__RATE_LIMIT__1: 'NO_RESPONSE',
  // The docs' VALIDATION PARAMETER example says `"code": null`.
  VALIDATION__PARAMETER__1: null,
  // The Python SDK's test input spells the code `Vehicle`.
  RATE_LIMIT__VEHICLE__4: 'Vehicle',
  RATE_LIMIT__VEHICLE__5: 'Vehicle',
};

/** Headers the SDK tests sent with these bodies (INDEX.json notes). */
const SENT_WITH_HEADERS: Readonly<Record<string, Record<string, string>>> = {
  RATE_LIMIT__VEHICLE__2: { 'retry-after': '12345' },
  RATE_LIMIT__VEHICLE__4: { 'Retry-After': '5000' },
  RATE_LIMIT__VEHICLE__5: { 'Retry-After': '5000' },
};

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

function orNull(value: unknown): unknown {
  return value === undefined ? null : value;
}

/** The valid-JSON body of a fixture (the fixed `.json` sibling for an `.asdocumented.txt`). */
function bodyOf(fixture: PayloadFixture): unknown {
  if (fixture.kind === 'asdocumented') {
    return fixtureByName(fixture.name.replace('.asdocumented', '')).json;
  }
  return fixture.json;
}

interface Expected {
  code: string | null;
  description: unknown;
  statusCode: unknown;
  requestId: unknown;
  docURL: unknown;
  resolution: { type: unknown; url: unknown };
  suggestedUserMessage: unknown;
  detail: unknown;
  retryAfterSeconds: number | null;
  vehicle: unknown;
}

function resolutionOf(value: unknown): { type: unknown; url: unknown } {
  if (typeof value === 'string') return { type: value, url: null };
  const resolution = record(value);
  return { type: orNull(resolution['type']), url: orNull(resolution['url']) };
}

/** The signal that failed first: its `status.value` is `ERROR` (v3: in its `attributes`). */
function failedSignalOf(signals: readonly unknown[]): Json {
  const failed = signals
    .map((signal) => record(record(signal)['attributes'] ?? signal))
    .find((signal) => record(signal['status'])['value'] === 'ERROR');
  return record(failed);
}

/**
 * The v2-shaped error object a fixture carries (the body, a batch item's body, a webhook item,
 * a failed signal's `status.error`).
 */
function errorObjectOf(fixture: PayloadFixture, body: unknown): Json {
  const data = record(body)['data'];
  if (fixture.format === 'batch') {
    const responses = record(body)['responses'] as unknown[];
    const failed = responses.map(record).find((item) => Number(item['code']) >= 400);
    return record(failed?.['body']);
  }
  if (fixture.format === 'webhook') {
    const errors = record(data)['errors'];
    if (Array.isArray(errors)) return record(errors[0]);
    const signals = record(data)['signals'];
    return record(
      record(failedSignalOf(Array.isArray(signals) ? signals : [body])['status'])['error'],
    );
  }
  if (fixture.format === 'v3') {
    const errors = record(body)['errors'];
    if (Array.isArray(errors)) return record(errors[0]);
    return record(record(failedSignalOf(data as unknown[])['status'])['error']);
  }
  return record(body);
}

/** What the parser must produce, read from the body by hand, one shape at a time. */
function expectedOf(fixture: PayloadFixture): Expected {
  if (fixture.format === 'connect') {
    // The files end with a newline, which is not part of the redirect.
    const params = new URLSearchParams(fixture.text.trim());
    const errorMessage = params.get('error_message');
    const status = params.get('status_code');
    const vin = params.get('vin');
    const make = params.get('make');
    return {
      code: params.get('error'),
      description:
        params.get('error_description') ??
        // oem_cancelled_login: the documented description lost its `error_description=` key.
        [...params.keys()].find((key) => key.includes(' ')) ??
        null,
      statusCode: status === null ? null : Number(status),
      requestId: null,
      docURL: null,
      resolution: { type: null, url: null },
      suggestedUserMessage: null,
      detail: errorMessage === null ? null : [{ message: errorMessage }],
      retryAfterSeconds: null,
      vehicle:
        vin === null && make === null ? null : { id: null, vin, make, model: null, year: null },
    };
  }
  const body = bodyOf(fixture);
  const error = errorObjectOf(fixture, body);
  const code = fixture.name in CODE_AS_SENT ? (CODE_AS_SENT[fixture.name] ?? null) : fixture.code;
  expect(orNull(error['code'])).toBe(code); // the override table matches the bodies
  let statusCode: unknown = orNull(error['statusCode']) ?? fixture.httpStatus;
  let description: unknown = orNull(error['description']);
  let docURL: unknown = orNull(error['docURL']);
  let retryAfterSeconds: number | null = null;
  let vehicle: unknown = null;
  if (fixture.format === 'v1') {
    statusCode = fixture.httpStatus;
    description = error['message'];
  } else if (fixture.format === 'v3' && error['status'] === undefined) {
    // A failed signal of a signals response: the response's vehicle, no status of its own.
    const car = record(record(record(body)['included'])['vehicle']);
    const attributes = record(car['attributes']);
    statusCode = null;
    description = error['description'];
    vehicle = {
      id: car['id'],
      vin: null,
      make: attributes['make'],
      model: attributes['model'],
      year: Number(attributes['year']),
    };
  } else if (fixture.format === 'v3') {
    statusCode = Number(error['status']);
    description = error['detail'];
    docURL = record(error['links'])['about'];
  } else if (fixture.format === 'batch') {
    const responses = record(body)['responses'] as unknown[];
    const item = responses.map(record).find((entry) => Number(entry['code']) >= 400) ?? {};
    statusCode = item['code'];
    if (error['error'] !== undefined) description = error['message'];
    const itemRetryAfter = record(item['headers'])['Retry-After'];
    retryAfterSeconds = typeof itemRetryAfter === 'number' ? itemRetryAfter : null;
  } else if (fixture.format === 'webhook' && record(body)['eventType'] !== undefined) {
    const car = record(record(record(body)['data'])['vehicle']);
    vehicle = {
      id: car['id'] ?? record(body)['vehicleId'] ?? null,
      vin: null,
      make: car['make'],
      model: car['model'],
      year: car['year'],
    };
  }
  const sentRetryAfter = Object.values(SENT_WITH_HEADERS[fixture.name] ?? {})[0];
  if (sentRetryAfter !== undefined) retryAfterSeconds = Number(sentRetryAfter);
  return {
    code,
    description,
    statusCode: orNull(statusCode),
    requestId: orNull(error['requestId']),
    docURL,
    resolution: resolutionOf(error['resolution']),
    suggestedUserMessage: orNull(error['suggestedUserMessage']),
    detail: orNull(
      error['detail'] !== undefined && typeof error['detail'] !== 'string' ? error['detail'] : null,
    ),
    retryAfterSeconds,
    vehicle,
  };
}

/** The documented examples that are not valid JSON are read by the opt-in lenient entry. */
function parseFixture(fixture: PayloadFixture, input: unknown): SmartcarError {
  const headers = SENT_WITH_HEADERS[fixture.name];
  const parse = fixture.kind === 'asdocumented' ? parseSmartcarErrorLenient : parseSmartcarError;
  return parse(input, {
    ...(fixture.httpStatus === null ? {} : { status: fixture.httpStatus }),
    ...(headers === undefined ? {} : { headers }),
  });
}

/** Every field but `raw`, for comparing two parses of the same body. */
function fieldsOf(
  error: SmartcarError,
): Omit<SmartcarError, 'raw' | 'message' | 'stack' | 'toJSON'> & { message: string } {
  const { raw: _raw, stack: _stack, ...fields } = { ...error, message: error.message };
  return fields;
}

describe('parseSmartcarError on every documented payload', () => {
  it('covers all 102 payload files that hold a failure', () => {
    expect(payloadFixtures).toHaveLength(102);
  });

  describe.each(payloadFixtures.map((fixture) => [fixture.file, fixture] as const))(
    '%s',
    (_file, fixture) => {
      const input = fixture.text;
      const error = parseFixture(fixture, input);
      const expected = expectedOf(fixture);

      it('recognises its shape, type and code (code as sent)', () => {
        expect(error.format).toBe(fixture.format);
        expect(error.type).toBe(fixture.type);
        expect(error.code).toBe(expected.code);
      });

      it('keeps description, status, request id, doc link, resolution and user message', () => {
        expect(error.description).toBe(expected.description);
        expect(error.statusCode).toBe(expected.statusCode);
        expect(error.requestId).toBe(expected.requestId);
        expect(error.docURL).toBe(expected.docURL);
        expect(error.resolution).toEqual(expected.resolution);
        expect(error.suggestedUserMessage).toBe(expected.suggestedUserMessage);
      });

      it('keeps detail, Retry-After and vehicle, and the raw input', () => {
        expect(error.detail).toEqual(expected.detail);
        expect(error.retryAfterSeconds).toBe(expected.retryAfterSeconds);
        expect(error.vehicle).toEqual(expected.vehicle);
        expect(error.raw).toBe(input);
        expect(Object.isExtensible(error)).toBe(true);
      });

      it('agrees with the catalogue', () => {
        const entry = catalogueEntryFor(error.type, error.code ?? fixture.code);
        if (fixture.name === 'CONNECT__blargh__1') {
          expect(entry).toBeUndefined(); // deliberately undocumented
          return;
        }
        const documented = entry ?? catalogueEntryFor(fixture.type, fixture.code);
        expect(documented).toBeDefined();
        if (documented?.statusCode != null && error.statusCode !== null) {
          expect(error.statusCode).toBe(documented.statusCode);
        }
        if (fixture.origin === 'docs' && fixture.format === 'v2') {
          // The docs' own example: resolution and user message are the catalogue's.
          const byHeading = catalogueEntryFor(fixture.type, fixture.code);
          expect(error.resolution.type).toBe(byHeading?.resolution?.type ?? null);
          expect(error.suggestedUserMessage).toBe(byHeading?.suggestedUserMessage ?? null);
        }
      });

      if (fixture.kind === 'json') {
        it('gives the same error from the JSON text and from the parsed object', () => {
          const fromObject = parseFixture(fixture, fixture.json);
          expect(fieldsOf(fromObject)).toEqual(fieldsOf(error));
          expect(fromObject.raw).toBe(fixture.json);
        });
      }

      if (fixture.kind === 'asdocumented') {
        it('recovers every field of the fixed .json sibling from the invalid JSON', () => {
          const sibling = fixtureByName(fixture.name.replace('.asdocumented', ''));
          const fixed = parseFixture(sibling, sibling.text);
          expect(() => JSON.parse(fixture.text)).toThrow(SyntaxError);
          expect(fieldsOf(error)).toEqual(fieldsOf(fixed));
        });

        it('is plain text to parseSmartcarError, which reads JSON strictly', () => {
          const strict = parseSmartcarError(fixture.text);
          expect(strict).toMatchObject({ type: 'UNKNOWN', format: 'unknown', code: null });
          expect(fixture.text.trimStart().startsWith(strict.description ?? '-')).toBe(true);
        });
      }
    },
  );
});
