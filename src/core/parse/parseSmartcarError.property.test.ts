/**
 * Property-based proof that parsing never throws, always returns a complete, clean
 * SmartcarError, and never pollutes a prototype, for any input at all.
 */
import fc from 'fast-check';
import {
  isSmartcarError,
  parseBatchResponse,
  parseConnectRedirect,
  parseSmartcarError,
  parseSmartcarErrors,
  type SmartcarError,
} from 'smartcar-error-kit/core';
import { parseLenientJson } from '../../lenient/parseLenientJson';
import {
  INTERESTING_KEYS,
  anything,
  context,
  hostile,
  materialise,
  materialiseContext,
  smartcarShaped,
  text,
} from '../../../test/fixtures/hostileInputs';
import { SMARTCAR_ERROR_FIELDS } from '../../../test/fixtures/makeSmartcarError';

/** The caps on signals per error and errors per input (MAX_SIGNALS, MAX_ERRORS). */
const MAX_SIGNALS = 50;
const MAX_ERRORS = 200;
/** The cap on every string the kit keeps (MAX_STRING_LENGTH). */
const STRING_CAP = 2_000;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHAR = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const FIELDS = SMARTCAR_ERROR_FIELDS;
const FORMATS = ['v2', 'v1', 'v3', 'batch', 'webhook', 'oauth', 'connect', 'network', 'unknown'];
/** Generous: the runs take a few seconds on a busy 2-core machine. */
const PROPERTY_TIMEOUT_MS = 60_000;
let runs = 0;
let failures = 0;

const baseline = {
  object: Object.getOwnPropertyNames(Object.prototype).length,
  array: Object.getOwnPropertyNames(Array.prototype).length,
  objectProto: Object.getPrototypeOf(Object.prototype) as unknown,
};

/** A plain check: `expect` costs too much across tens of thousands of runs. */
function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function assertNotPolluted(): void {
  assert(
    Object.getOwnPropertyNames(Object.prototype).length === baseline.object,
    'Object.prototype polluted',
  );
  assert(
    Object.getOwnPropertyNames(Array.prototype).length === baseline.array,
    'Array.prototype polluted',
  );
  assert(
    Object.getPrototypeOf(Object.prototype) === baseline.objectProto,
    'Object.prototype re-parented',
  );
  assert(({} as Record<string, unknown>)['polluted'] === undefined, 'polluted');
}

function assertCleanString(value: unknown, path: string): void {
  if (typeof value === 'string') {
    assert(value.length <= STRING_CAP, `${path}: longer than the cap`);
    assert(!CONTROL_CHAR.test(value), `${path}: control character left`);
  } else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      assertCleanString(name, `${path} key`);
      assertCleanString(item, `${path}.${name}`);
    }
  }
}

function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

/** A complete, clean, extensible SmartcarError whose raw is the input. */
function assertComplete(error: SmartcarError, input: unknown): void {
  assert(isSmartcarError(error), 'not a SmartcarError');
  assert(error === input || Object.isExtensible(error), 'not extensible');
  for (const field of FIELDS) {
    assert(field in error, `${field} missing`);
    assert(field === 'raw' || error[field] !== undefined, `${field} undefined`);
  }
  assert(error === input || Object.is(error.raw, input), 'raw is not the input');
  assert(typeof error.type === 'string' && error.type.length > 0, 'type empty');
  assert(FORMATS.includes(error.format), 'unknown format');
  assert(isNullableString(error.code) && isNullableString(error.description), 'code/description');
  assert(
    isNullableString(error.requestId) && isNullableString(error.suggestedUserMessage),
    'requestId/message',
  );
  assert(error.statusCode === null || Number.isInteger(error.statusCode), 'statusCode');
  assert(error.retryAfterSeconds === null || error.retryAfterSeconds >= 0, 'retryAfterSeconds');
  for (const url of [error.docURL, error.resolution.url]) {
    assert(url === null || /^https?:\/\//i.test(url), `unsafe URL ${String(url)}`);
  }
  assert(error.detail === null || Array.isArray(error.detail), 'detail');
  assert(error.state === 'ERROR' || error.state === 'RESOLVED', 'state');
  assert(
    Array.isArray(error.signals) && error.signals.length <= MAX_SIGNALS,
    'signals not a capped array',
  );
  assert(Object.isFrozen(error.signals), 'signals not frozen');
  const { raw: _raw, ...fields } = { ...error };
  assertCleanString(fields, 'error');
}

/** Runs a property, counting runs and failures for the summary line. */
function check<T>(
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  predicate: (value: T) => void,
): void {
  try {
    fc.assert(
      fc.property(arbitrary, (value) => {
        runs += 1;
        predicate(value);
      }),
      { numRuns },
    );
  } catch (error) {
    failures += 1;
    throw error;
  }
}

afterAll(() => {
  console.log(`fast-check: ${runs} runs, ${failures} failures`);
});

describe('parseSmartcarError, for any input', () => {
  it(
    'never throws and returns a complete, clean SmartcarError without polluting prototypes',
    () => {
      check(
        fc.tuple(fc.oneof(anything, smartcarShaped, hostile, text), context),
        16_000,
        ([recipe, ctx]) => {
          const input = materialise(recipe);
          const error = parseSmartcarError(input, materialiseContext(ctx));
          assertComplete(error, input);
          assertNotPolluted();
        },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reads JSON text and the parsed value alike',
    () => {
      const jsonValue = fc.oneof(
        fc.jsonValue(),
        fc.dictionary(fc.constantFrom(...INTERESTING_KEYS), fc.jsonValue(), { maxKeys: 10 }),
      );
      check(jsonValue, 6_000, (value) => {
        const fromText = parseSmartcarError(JSON.stringify(value));
        const fromValue = parseSmartcarError(value);
        const { raw: _a, stack: _s1, ...textFields } = { ...fromText, message: fromText.message };
        const {
          raw: _b,
          stack: _s2,
          ...valueFields
        } = { ...fromValue, message: fromValue.message };
        expect(textFields).toEqual(valueFields);
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reads its own JSON form back with nothing lost',
    () => {
      check(fc.tuple(fc.oneof(smartcarShaped, anything), context), 4_000, ([recipe, ctx]) => {
        const error = parseSmartcarError(materialise(recipe), materialiseContext(ctx));
        const copy = parseSmartcarError(JSON.parse(JSON.stringify(error)));
        for (const field of FIELDS) {
          if (field !== 'raw') expect(copy[field], field).toEqual(error[field]);
        }
        expect(copy.message).toBe(error.message);
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reads valid JSON leniently exactly as JSON.parse does',
    () => {
      check(fc.json(), 6_000, (json) => {
        expect(parseLenientJson(json)).toStrictEqual(JSON.parse(json));
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('parseSmartcarErrors, for any input', () => {
  it(
    'never throws and returns at most MAX_ERRORS complete errors; one failure is parseSmartcarError',
    () => {
      check(
        fc.tuple(fc.oneof(anything, smartcarShaped, hostile, text), context),
        8_000,
        ([recipe, ctx]) => {
          const input = materialise(recipe);
          const errors = parseSmartcarErrors(input, materialiseContext(ctx));
          assert(Array.isArray(errors) && errors.length <= MAX_ERRORS, 'not a capped array');
          for (const error of errors) assertComplete(error, input);
          assertNotPolluted();
        },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'gives [parseSmartcarError(input)] whenever it finds exactly one failure',
    () => {
      check(fc.tuple(fc.oneof(smartcarShaped, text), context), 6_000, ([input, ctx]) => {
        const errors = parseSmartcarErrors(input, materialiseContext(ctx));
        if (errors.length !== 1) return;
        const [error] = errors as [SmartcarError];
        const single = parseSmartcarError(input, materialiseContext(ctx));
        for (const field of FIELDS) expect(error[field], field).toEqual(single[field]);
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('parseConnectRedirect and parseBatchResponse, for any input', () => {
  it(
    'never throw',
    () => {
      check(fc.oneof(anything, hostile, text, smartcarShaped), 8_000, (recipe) => {
        const input = materialise(recipe);
        const redirect = parseConnectRedirect(input as string);
        if (redirect !== null) assertComplete(redirect, input);
        const items = parseBatchResponse(input);
        assert(Array.isArray(items), 'parseBatchResponse gave no array');
        for (const item of items) {
          assert(isNullableString(item.path), 'batch item path');
          assertComplete(item.error, item.error.raw);
        }
        assertNotPolluted();
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
