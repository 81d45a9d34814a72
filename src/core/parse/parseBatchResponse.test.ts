import { parseBatchResponse } from 'smartcar-error-kit/core';
import { fixtureByName } from '../../../test/fixtures/smartcar';

describe('parseBatchResponse', () => {
  it('returns only the failed items, each with its path and status', () => {
    const body = fixtureByName('BATCH__MIXED__1').json;
    const failed = parseBatchResponse(body);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.path).toBe('/fuel');
    expect(failed[0]?.error).toMatchObject({
      type: 'vehicle_state_error',
      code: 'VS_000',
      statusCode: 409,
      format: 'batch',
    });
    expect(failed[0]?.error.raw).toBe((body as { responses: unknown[] }).responses[1]);
  });

  it("reads Retry-After and the request id from each item's own headers", () => {
    const [rateLimited] = parseBatchResponse(fixtureByName('BATCH__RATE_LIMIT__VEHICLE__1').json);
    expect(rateLimited?.error).toMatchObject({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      statusCode: 429,
      requestId: 'test-request-id',
      retryAfterSeconds: 999,
    });
    const failed = parseBatchResponse({
      responses: [
        {
          path: '/odometer',
          code: 409,
          headers: { 'SC-Request-Id': 'one' },
          body: { type: 'VEHICLE_STATE', code: 'ASLEEP' },
        },
        { path: '/location', code: 200, body: { latitude: 1 } },
        {
          path: '/battery',
          code: 429,
          headers: [
            ['sc-request-id', 'two'],
            ['retry-after', '15'],
          ],
          body: { type: 'RATE_LIMIT', code: 'VEHICLE' },
        },
        { path: '/fuel', code: 502, body: '<html>Bad gateway</html>' },
      ],
    });
    expect(
      failed.map(({ path, error }) => [
        path,
        error.statusCode,
        error.requestId,
        error.retryAfterSeconds,
        error.type,
      ]),
    ).toEqual([
      ['/odometer', 409, 'one', null, 'VEHICLE_STATE'],
      ['/battery', 429, 'two', 15, 'RATE_LIMIT'],
      ['/fuel', 502, null, null, 'UNKNOWN'],
    ]);
  });

  it('keeps the detail of a VALIDATION item', () => {
    const [item] = parseBatchResponse(fixtureByName('BATCH__VALIDATION__NULL__1').json);
    expect(item?.error.detail).toHaveLength(2);
    expect(item?.error.code).toBeNull();
  });

  it('accepts the batch as JSON text', () => {
    const failed = parseBatchResponse(fixtureByName('BATCH__VEHICLE_STATE__UNREACHABLE__1').text);
    expect(failed.map((item) => [item.path, item.error.code])).toEqual([
      ['/location', 'UNREACHABLE'],
    ]);
  });

  it('returns [] for a batch without failures and for anything else', () => {
    expect(parseBatchResponse({ responses: [{ path: '/odometer', code: 200, body: {} }] })).toEqual(
      [],
    );
    for (const input of [
      null,
      undefined,
      'nope',
      42,
      {},
      { responses: 'x' },
      fixtureByName('SERVER__INTERNAL__1').json,
    ]) {
      expect(parseBatchResponse(input)).toEqual([]);
    }
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseBatchResponse(hostile)).toEqual([]);
    expect(parseBatchResponse({ responses: [hostile, { code: 500, body: hostile }] })).toHaveLength(
      1,
    );
  });
});
