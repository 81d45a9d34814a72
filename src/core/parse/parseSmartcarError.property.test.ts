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
  SmartcarError,
} from 'smartcar-error-kit/core';
import { parseLenientJson } from './parseLenientJson';
import { payloadFixtures } from '../../../test/fixtures/smartcar';

/** The cap on every string the kit keeps (MAX_STRING_LENGTH). */
const STRING_CAP = 2_000;
const CONTROL_CHAR = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const FIELDS = [
  'type',
  'code',
  'description',
  'statusCode',
  'requestId',
  'docURL',
  'resolution',
  'suggestedUserMessage',
  'detail',
  'retryAfterSeconds',
  'vehicle',
  'format',
  'raw',
] as const;
const FORMATS = ['v2', 'v1', 'v3', 'batch', 'webhook', 'oauth', 'connect', 'network', 'unknown'];
/** Keys the parser looks at, and keys that attack prototypes. */
const INTERESTING_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'type',
  'code',
  'description',
  'message',
  'name',
  'error',
  'error_description',
  'errors',
  'responses',
  'body',
  'headers',
  'data',
  'eventType',
  'detail',
  'resolution',
  'statusCode',
  'status',
  'status_code',
  'requestId',
  'docURL',
  'links',
  'retryAfter',
  'vehicle',
  'vehicleInfo',
  'isAxiosError',
  'response',
  'format',
  'state',
  'signals',
  'href',
  'search',
];
const TRAPS = [
  'get',
  'has',
  'ownKeys',
  'getPrototypeOf',
  'getOwnPropertyDescriptor',
  'set',
  'defineProperty',
  'deleteProperty',
  'isExtensible',
  'preventExtensions',
  'setPrototypeOf',
] as const;
/** Generous: the runs take a few seconds on a busy 2-core machine. */
const PROPERTY_TIMEOUT_MS = 60_000;
const HOSTILE_KINDS = [
  'getters',
  'proxy',
  'revoked',
  'cycle',
  'frozen',
  'nullProto',
  'wrapped',
  'impostor',
] as const;

let runs = 0;
let failures = 0;

const boom = (): never => {
  throw new Error('hostile');
};

function deepFreeze(value: unknown, seen = new Set<unknown>()): unknown {
  if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    try {
      Object.freeze(value);
      for (const key of Reflect.ownKeys(value))
        deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
    } catch {
      // typed arrays cannot be frozen: fine
    }
  }
  return value;
}

/** Turns a value into something hostile of the given kind. */
function makeHostile(
  kind: (typeof HOSTILE_KINDS)[number],
  base: unknown,
  keys: readonly string[],
  traps: readonly (typeof TRAPS)[number][],
): unknown {
  const target: Record<string, unknown> =
    base !== null && typeof base === 'object' ? (base as Record<string, unknown>) : { value: base };
  switch (kind) {
    case 'getters': {
      const out: Record<string, unknown> = { ...target };
      for (const key of keys) Object.defineProperty(out, key, { get: boom, enumerable: true });
      return out;
    }
    case 'proxy':
      return new Proxy(target, Object.fromEntries(traps.map((trap) => [trap, boom])));
    case 'revoked': {
      const { proxy, revoke } = Proxy.revocable(target, {});
      revoke();
      return proxy;
    }
    case 'cycle': {
      const out: Record<string, unknown> = { ...target };
      for (const key of keys)
        Object.defineProperty(out, key, { value: [out, { error: out }], enumerable: true });
      return out;
    }
    case 'frozen':
      return deepFreeze(base);
    case 'nullProto':
      return Object.assign(Object.create(null) as object, target);
    case 'impostor':
      // Claims to be a SmartcarError: every property answers its own value, the prototype lies.
      return new Proxy(target, {
        get: (object, name) => (typeof name === 'symbol' ? true : object[name]),
        getPrototypeOf: () => SmartcarError.prototype,
      });
    case 'wrapped':
      return {
        error: base,
        response: { status: 500, data: base, headers: base },
        responses: [{ code: 500, body: base }],
      };
  }
}

const key = fc.oneof(fc.constantFrom(...INTERESTING_KEYS), fc.string({ maxLength: 8 }));
const anything = fc.anything({
  key,
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});
const smartcarShaped = fc.dictionary(fc.constantFrom(...INTERESTING_KEYS), anything, {
  maxKeys: 8,
});
/**
 * A recipe for a hostile value, built inside the property: fast-check itself inspects generated
 * values, and a revoked Proxy would break fast-check rather than the parser.
 */
class HostileRecipe {
  constructor(
    readonly kind: (typeof HOSTILE_KINDS)[number],
    readonly base: unknown,
    readonly keys: readonly string[],
    readonly traps: readonly (typeof TRAPS)[number][],
  ) {}

  build(): unknown {
    return makeHostile(this.kind, this.base, this.keys, this.traps);
  }
}
const hostile = fc
  .tuple(
    fc.constantFrom(...HOSTILE_KINDS),
    fc.oneof(anything, smartcarShaped),
    fc.subarray(INTERESTING_KEYS, { maxLength: 6 }),
    fc.subarray([...TRAPS]),
  )
  .map(([kind, base, keys, traps]) => new HostileRecipe(kind, base, keys, traps));

/** The input itself, or the hostile value a recipe describes. */
function materialise(value: unknown): unknown {
  return value instanceof HostileRecipe ? value.build() : value;
}
/** JSON with random damage (a character dropped or doubled), like a broken documented example. */
const damagedJson = fc
  .tuple(
    fc.oneof(fc.json(), fc.constantFrom(...payloadFixtures.map((fixture) => fixture.text))),
    fc.nat(),
    fc.boolean(),
  )
  .map(([text, at, drop]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    return drop
      ? text.slice(0, i) + text.slice(i + 1)
      : text.slice(0, i) + text.charAt(i) + text.slice(i);
  });
const queryString = fc.oneof(
  fc.webQueryParameters().map((query) => `?${query}`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }))
    .map(([error, rest]) => `error=${error}&${rest}`),
);
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.json(), damagedJson, queryString);
const context = fc.option(
  fc.record(
    {
      status: fc.oneof(fc.integer({ min: -1, max: 1_000 }), anything),
      headers: fc.oneof(
        fc.dictionary(
          fc.constantFrom('SC-Request-Id', 'retry-after', 'Retry-After', 'x'),
          fc.oneof(fc.string(), anything),
        ),
        fc.array(fc.tuple(fc.constantFrom('sc-request-id', 'RETRY-AFTER'), fc.string())),
        hostile,
      ),
      now: fc.oneof(fc.integer(), anything),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** The context with its hostile headers (if any) built. */
function materialiseContext(ctx: unknown): never {
  if (ctx === undefined || ctx === null) return ctx as never;
  const { headers, ...rest } = ctx as { headers?: unknown };
  return (headers === undefined ? rest : { ...rest, headers: materialise(headers) }) as never;
}

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

/** A complete, frozen, clean SmartcarError whose raw is the input. */
function assertComplete(error: SmartcarError, input: unknown): void {
  assert(isSmartcarError(error), 'not a SmartcarError');
  assert(Object.isFrozen(error), 'not frozen');
  for (const field of FIELDS) {
    assert(field in error, `${field} missing`);
    assert(field === 'raw' || error[field] !== undefined, `${field} undefined`);
  }
  assert(error === input || error.raw === input, 'raw is not the input');
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
    'reads valid JSON leniently exactly as JSON.parse does',
    () => {
      check(fc.json(), 6_000, (json) => {
        expect(parseLenientJson(json)).toStrictEqual(JSON.parse(json));
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
