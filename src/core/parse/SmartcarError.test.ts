/**
 * The `SmartcarError` contract (issue 10): a real, extensible `Error` whose fields are readonly
 * to TypeScript, and a `toJSON()` form the parser reads back with nothing lost, over every
 * documented payload.
 */
import type { SmartcarError } from 'smartcar-error-kit/core';
import { parseSmartcarError, type SmartcarErrorJSON } from 'smartcar-error-kit/core';
import { payloadFixtures, type PayloadFixture } from '../../../test/fixtures/smartcar';
import { SMARTCAR_ERROR_FIELDS } from '../../../test/fixtures/makeSmartcarError';
import { isSmartcarErrorJSON } from './SmartcarError';

/** Every fixture as sent, and once more with the headers a rate-limited response carries. */
function parsedFixtures(): [string, SmartcarError][] {
  const parse = (fixture: PayloadFixture, headers?: Record<string, string>) =>
    parseSmartcarError(fixture.kind === 'json' ? fixture.json : fixture.text, {
      ...(fixture.httpStatus === null ? {} : { status: fixture.httpStatus }),
      ...(headers === undefined ? {} : { headers }),
    });
  return payloadFixtures.flatMap((fixture): [string, SmartcarError][] => [
    [fixture.name, parse(fixture)],
    [
      `${fixture.name} + headers`,
      parse(fixture, { 'Retry-After': '30', 'SC-Request-Id': 'req-from-header' }),
    ],
  ]);
}

/** Every field but `raw`, and the message. */
function fieldsOf(error: SmartcarError): Record<string, unknown> {
  const fields: Record<string, unknown> = { message: error.message, name: error.name };
  for (const field of SMARTCAR_ERROR_FIELDS) if (field !== 'raw') fields[field] = error[field];
  return fields;
}

describe('SmartcarError: a real Error that frameworks and error trackers may add to', () => {
  const error = parseSmartcarError({ type: 'SERVER', code: 'INTERNAL', statusCode: 500 });

  it('is extensible: Next.js can set digest, a tracker its tags', () => {
    expect(error).toBeInstanceOf(Error);
    expect(Object.isExtensible(error)).toBe(true);
    const tagged = error as SmartcarError & { digest?: string; sentryTags?: object };
    tagged.digest = '2419864512';
    tagged.sentryTags = { area: 'vehicle' };
    expect(tagged.digest).toBe('2419864512');
    expect(Object.keys(tagged)).toContain('digest');
    // the kit's own fields are unchanged, and the error is still read as itself
    expect(error.type).toBe('SERVER');
    expect(parseSmartcarError(tagged)).toBe(tagged);
  });

  it('keeps its fields readonly to TypeScript', () => {
    const assign = (target: SmartcarError) => {
      // @ts-expect-error: type is readonly
      target.type = 'OTHER';
      // @ts-expect-error: code is readonly
      target.code = 'X';
    };
    expect(typeof assign).toBe('function'); // compiled only: the checks above are the point
  });

  it('keeps the nested resolution, detail and vehicle frozen (shared with its JSON form)', () => {
    const withDetail = parseSmartcarError({
      type: 'VALIDATION',
      code: 'PARAMETER',
      detail: [{ field: 'vin' }],
      resolution: { type: 'RETRY_LATER' },
    });
    expect(Object.isFrozen(withDetail.resolution)).toBe(true);
    expect(Object.isFrozen(withDetail.detail)).toBe(true);
    expect(Object.isFrozen(withDetail.detail?.[0])).toBe(true);
  });
});

describe('SmartcarError.toJSON', () => {
  const cases = parsedFixtures();

  it('covers every documented payload, with and without headers', () => {
    expect(cases).toHaveLength(payloadFixtures.length * 2);
    expect(payloadFixtures.length).toBeGreaterThanOrEqual(93);
  });

  it('is plain, JSON-safe data with every field but raw, and the marker', () => {
    for (const [name, error] of cases) {
      const json: SmartcarErrorJSON = error.toJSON();
      expect(Object.getPrototypeOf(json), name).toBe(Object.prototype);
      expect(Object.keys(json).sort(), name).toEqual(
        ['$smartcarError', ...SMARTCAR_ERROR_FIELDS.filter((f) => f !== 'raw')].sort(),
      );
      expect(json.$smartcarError).toBe(1);
      expect(JSON.parse(JSON.stringify(json)), name).toStrictEqual(
        JSON.parse(JSON.stringify(json)),
      );
      expect(JSON.parse(JSON.stringify(error)), name).toEqual(json);
      expect(isSmartcarErrorJSON(json)).toBe(true);
    }
    expect(isSmartcarErrorJSON(cases[0]?.[1])).toBe(false); // an instance is not its JSON form
  });

  it.each([
    ['toJSON()', (error: SmartcarError): unknown => error.toJSON()],
    [
      'JSON.parse(JSON.stringify(error))',
      (error: SmartcarError): unknown => JSON.parse(JSON.stringify(error)),
    ],
    [
      'structuredClone(toJSON())',
      (error: SmartcarError): unknown => structuredClone(error.toJSON()),
    ],
  ])('reads %s back with every field, over every payload', (_how, copy) => {
    let checked = 0;
    for (const [name, error] of cases) {
      const form = copy(error);
      const back = parseSmartcarError(form);
      expect(fieldsOf(back), name).toStrictEqual(fieldsOf(error));
      expect(back.raw).toBe(form);
      // and the copy is stable: its own JSON form is the same again
      expect(back.toJSON(), name).toStrictEqual(error.toJSON());
      checked += 1;
    }
    expect(checked).toBe(cases.length);
  });

  it('does not read a description from message, nor a format from the shape', () => {
    const error = parseSmartcarError({ type: 'SERVER', statusCode: 500 });
    const json = { ...error.toJSON(), message: 'SERVER', format: 'batch' as const };
    const back = parseSmartcarError(json);
    expect(back.description).toBeNull();
    expect(back.format).toBe('batch');
    expect(parseSmartcarError({ ...error.toJSON(), format: 'nonsense' }).format).toBe('unknown');
  });

  it('still checks what it reads: a tampered form is cleaned like any input', () => {
    const error = parseSmartcarError({ type: 'SERVER', code: 'INTERNAL' });
    const tampered = {
      ...error.toJSON(),
      docURL: 'javascript:alert(1)',
      resolution: { type: 'RETRY_LATER', url: 'data:text/html,x' },
      statusCode: 'lots',
      code: 'A\u0000B',
    };
    expect(parseSmartcarError(tampered)).toMatchObject({
      type: 'SERVER',
      code: 'AB',
      docURL: null,
      resolution: { type: 'RETRY_LATER', url: null },
      statusCode: null,
    });
  });
});
