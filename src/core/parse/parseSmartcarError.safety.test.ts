/** Safety rules: links, control characters, caps, no mutation, hostile inputs. */
import { parseSmartcarError, SmartcarError } from 'smartcar-error-kit/core';
import { fixtureByName } from '../../../test/fixtures/smartcar';

/** The cap on every string the kit keeps (MAX_STRING_LENGTH). */
const STRING_CAP = 2_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

function allStrings(error: SmartcarError): string[] {
  const strings: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  const { raw: _raw, ...fields } = { ...error };
  visit(fields);
  return strings;
}

describe('parseSmartcarError keeps links only when they are absolute http(s) URLs', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/docs/errors',
    'smartcar.com/docs',
    '//evil.example/x',
    'https://',
    'https://smartcar.com@evil.example/',
    'https://smart car.com/',
    'https://smartcar.com/\u0000x',
    'ftp://smartcar.com/',
    `https://smartcar.com/${'a'.repeat(STRING_CAP)}`,
  ];

  it.each(unsafe)('drops %j as docURL and resolution.url', (url) => {
    const error = parseSmartcarError({
      type: 'X',
      docURL: url,
      resolution: { type: 'REAUTHENTICATE', url },
    });
    expect(error.docURL).toBeNull();
    expect(error.resolution).toEqual({ type: 'REAUTHENTICATE', url: null });
  });

  it('keeps http and https URLs (any case), trimmed', () => {
    const error = parseSmartcarError({
      type: 'X',
      docURL: ' HTTPS://smartcar.com/docs/errors/api-errors/resource-errors#pathh ',
      resolution: { type: 'ACTION_REQUIRED', url: 'http://localhost:3000/cb?x=1#y' },
    });
    expect(error.docURL).toBe('HTTPS://smartcar.com/docs/errors/api-errors/resource-errors#pathh');
    expect(error.resolution.url).toBe('http://localhost:3000/cb?x=1#y');
  });
});

describe('parseSmartcarError cleans strings', () => {
  it('removes C0 (but tab and newline), DEL and C1 control characters everywhere', () => {
    const dirty = 'a\u0000b\u0007c\rd\u001be\u007ff\u0085g\u009fh\ti\nj\u00a0k';
    const clean = 'abcdefgh\ti\nj\u00a0k';
    const error = parseSmartcarError({
      type: `VEHICLE_STATE${'\u0000'}`,
      code: 'ASLEEP\u0008',
      description: dirty,
      suggestedUserMessage: dirty,
      requestId: `id${'\u0001'}`,
      resolution: { type: 'RETRY_LATER\u0002' },
      detail: [{ ['fi\u0000eld']: [dirty], nested: { deeper: dirty } }, dirty],
    });
    expect(error.type).toBe('VEHICLE_STATE');
    expect(error.code).toBe('ASLEEP');
    expect(error.description).toBe(clean);
    expect(error.suggestedUserMessage).toBe(clean);
    expect(error.requestId).toBe('id');
    expect(error.resolution.type).toBe('RETRY_LATER');
    expect(error.detail).toEqual([
      { field: [clean], nested: { deeper: clean } },
      { message: clean },
    ]);
    expect(error.message).toBe(`VEHICLE_STATE:ASLEEP - ${clean}`);
  });

  it('caps every string at 2,000 characters, inside detail too', () => {
    const long = 'x'.repeat(50_000);
    const error = parseSmartcarError({
      type: long,
      code: long,
      description: long,
      suggestedUserMessage: long,
      requestId: long,
      detail: [{ message: long, list: [long, long] }],
    });
    for (const text of allStrings(error)) expect(text.length).toBeLessThanOrEqual(STRING_CAP);
    expect(error.description).toHaveLength(STRING_CAP);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `${'x'.repeat(STRING_CAP - 1)}😀tail`;
    const description = parseSmartcarError({ type: 'X', description: text }).description ?? '';
    expect(description).toBe('x'.repeat(STRING_CAP - 1));
  });

  it('bounds detail: depth, items, keys, total size; functions and symbols left out', () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 50; i += 1) {
      node['next'] = {};
      node = node['next'] as Record<string, unknown>;
    }
    const manyKeys = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const error = parseSmartcarError({
      type: 'X',
      detail: [
        deep,
        manyKeys,
        { fn: () => 1, sym: Symbol('s'), big: 10n, nan: Number.NaN, ok: true },
        ...Array.from({ length: 1_000 }, (_, i) => ({ i })),
      ],
    });
    const detail = error.detail ?? [];
    expect(detail.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(detail[0]).match(/next/g)?.length).toBeLessThanOrEqual(5);
    expect(Object.keys(detail[1] ?? {}).length).toBeLessThanOrEqual(50);
    expect(detail[2]).toEqual({ big: '10', nan: null, ok: true });
    expect(JSON.stringify(detail).length).toBeLessThan(100_000);
    expect(Object.isFrozen(detail[0])).toBe(true);
  });
});

describe('parseSmartcarError never mutates nor pollutes', () => {
  it('leaves a deep-frozen input exactly as it was', () => {
    for (const name of [
      'SERVER__MULTIPLE_RECORDS_FOUND__1',
      'BATCH__RATE_LIMIT__VEHICLE__1',
      'WEBHOOK__VEHICLE_ERROR__3',
    ]) {
      const input = deepFreeze(structuredClone(fixtureByName(name).json));
      const before = structuredClone(input);
      const error = parseSmartcarError(input, { status: 500, headers: { 'Retry-After': '3' } });
      expect(input).toEqual(before);
      expect(error.raw).toBe(input);
      expect(error.type).not.toBe('UNKNOWN');
    }
  });

  it('does not share mutable state with the input: detail is a frozen copy', () => {
    const input = { type: 'SERVER', detail: [{ capacities: [83.9, 70.2] }] };
    const error = parseSmartcarError(input);
    expect(error.detail).toEqual(input.detail);
    expect(error.detail?.[0]).not.toBe(input.detail[0]);
    expect(Object.isFrozen(error.detail?.[0]?.['capacities'])).toBe(true);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const text =
      '{"type":"X","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
      '"detail":[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}],' +
      '"resolution":{"__proto__":{"type":"EVIL"}}}';
    for (const input of [text, JSON.parse(text) as unknown, `${text.slice(0, -1)}`]) {
      const error = parseSmartcarError(input);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(error.resolution.type).toBeNull();
      const item = error.detail?.[0] ?? {};
      expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(item, '__proto__')).toBe(false);
    }
  });

  it('reads null-prototype and frozen objects', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, {
      type: 'VEHICLE_STATE',
      code: 'ASLEEP',
      detail: [Object.assign(Object.create(null) as object, { a: 1 })],
    });
    const error = parseSmartcarError(Object.freeze(input));
    expect(error).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP', detail: [{ a: 1 }] });
  });
});

describe('parseSmartcarError never throws', () => {
  it('on throwing getters, keeping what it can read', () => {
    const input = {
      type: 'SERVER',
      get code(): string {
        throw new Error('getter');
      },
      get detail(): unknown {
        throw new Error('getter');
      },
      description: 'Still read.',
    };
    expect(parseSmartcarError(input)).toMatchObject({
      type: 'SERVER',
      code: null,
      detail: null,
      description: 'Still read.',
    });
  });

  it('on Proxies whose every trap throws, and on revoked Proxies', () => {
    const boom = (): never => {
      throw new Error('trap');
    };
    const hostile = new Proxy(
      {},
      { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom },
    );
    const { proxy, revoke } = Proxy.revocable({ type: 'X' }, {});
    revoke();
    for (const input of [
      hostile,
      proxy,
      [hostile],
      { detail: [hostile], type: 'X' },
      { error: proxy },
    ]) {
      const error = parseSmartcarError(input, { headers: hostile as unknown as HeadersInit });
      expect(error.raw).toBe(input);
    }
    expect(parseSmartcarError(hostile, hostile as never).type).toBe('UNKNOWN');
  });

  it('on a look-alike claiming to be a SmartcarError, which it reads rather than trusts', () => {
    const genuine = parseSmartcarError(fixtureByName('SERVER__INTERNAL__1').json);
    const impostor = new Proxy(
      { type: 'SERVER', code: 7, detail: 'x', resolution: true },
      {
        get: (target, name) => (typeof name === 'symbol' ? true : Reflect.get(target, name)),
        getPrototypeOf: () => Object.getPrototypeOf(genuine) as object,
      },
    );
    expect(impostor).toBeInstanceOf(SmartcarError);
    const error = parseSmartcarError(impostor);
    expect(error).not.toBe(impostor);
    expect(error).toMatchObject({
      type: 'SERVER',
      code: null,
      resolution: { type: null, url: null },
      detail: [{ message: 'x' }],
    });
    const proxied = parseSmartcarError(new Proxy(genuine, {}));
    expect(proxied).toMatchObject({ type: 'SERVER', code: 'INTERNAL', statusCode: 500 });
  });

  it('on cycles', () => {
    const cycle: Record<string, unknown> = { type: 'SERVER' };
    cycle['detail'] = [cycle];
    cycle['error'] = cycle;
    cycle['resolution'] = cycle;
    const wrapper: Record<string, unknown> = {};
    wrapper['error'] = wrapper;
    expect(parseSmartcarError(cycle).type).toBe('SERVER');
    expect(parseSmartcarError(wrapper).type).toBe('UNKNOWN');
  });

  it('on 10 MB strings, JSON or not', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    expect(parseSmartcarError(huge).description).toHaveLength(STRING_CAP);
    const hugeJson = `{"type":"SERVER","code":"INTERNAL","detail":[${'[1,'.repeat(1_000_000)}1]}`;
    expect(parseSmartcarError(hugeJson)).toMatchObject({ type: 'UNKNOWN', code: null });
    expect(parseSmartcarError(hugeJson).description).toHaveLength(STRING_CAP);
    const hugeQuery = `error=access_denied&error_description=${'y'.repeat(10 * 1024 * 1024)}`;
    expect(parseSmartcarError(hugeQuery)).toMatchObject({ type: 'CONNECT', code: 'access_denied' });
  });

  it('on symbols, BigInt, functions and other primitives', () => {
    for (const input of [
      Symbol('s'),
      10n,
      () => 1,
      42,
      true,
      Number.NaN,
      new Date(),
      /re/,
      new Map(),
      new Set(),
    ]) {
      expect(parseSmartcarError(input)).toMatchObject({ type: 'UNKNOWN', raw: input });
    }
  });
});
