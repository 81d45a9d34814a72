// @vitest-environment node
import { createRequire } from 'node:module';
import { parseSmartcarError } from '../core/parse/parseSmartcarError';
import { parseSmartcarResponse } from '../core/parse/parseSmartcarResponse';
import { toSmartcarErrorBody } from './toSmartcarErrorBody';
import { toSmartcarErrorResponse } from './toSmartcarErrorResponse';

/** The Node SDK's error class (npm `smartcar`, a dev dependency): `new (status, body, headers)`. */
const SdkSmartcarError = createRequire(import.meta.url)('smartcar/lib/smartcar-error') as new (
  status: number,
  body: unknown,
  headers: Record<string, string>,
) => Error & Record<string, unknown>;

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXNlY3JldA';
const ACCESS = '0c2d7a57-access-token-9f41';

function rateLimited() {
  return new SdkSmartcarError(
    429,
    {
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      description: 'You have reached the throttling rate limit for this vehicle.',
      docURL: 'https://smartcar.com/docs/errors/api-errors/rate-limit-errors#vehicle',
      statusCode: 429,
      resolution: { type: 'RETRY_LATER' },
      suggestedUserMessage: 'Your vehicle is temporarily unable to connect. Please be patient.',
    },
    { 'retry-after': '42', 'sc-request-id': 'req-429', 'content-type': 'application/json' },
  );
}

describe('toSmartcarErrorResponse', () => {
  it('sends a Node SDK error as the API would: v2 body, status, SC-Request-Id, Retry-After', async () => {
    const response = toSmartcarErrorResponse(rateLimited());
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('sc-request-id')).toBe('req-429');
    expect(response.headers.get('retry-after')).toBe('42');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.clone().json()).toEqual({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      description: 'You have reached the throttling rate limit for this vehicle.',
      docURL: 'https://smartcar.com/docs/errors/api-errors/rate-limit-errors#vehicle',
      statusCode: 429,
      requestId: 'req-429',
      resolution: { type: 'RETRY_LATER' },
      suggestedUserMessage: 'Your vehicle is temporarily unable to connect. Please be patient.',
      detail: null,
      retryAfter: 42,
      format: 'v2',
      state: 'ERROR',
      signals: [],
    });
    expect(await parseSmartcarResponse(response)).toMatchObject({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      statusCode: 429,
      requestId: 'req-429',
      retryAfterSeconds: 42,
      resolution: { type: 'RETRY_LATER', url: null },
    });
  });

  it('init.status changes the HTTP status only; init.headers are added, the kit’s win', async () => {
    const response = toSmartcarErrorResponse(rateLimited(), {
      status: 503,
      headers: {
        'Access-Control-Allow-Origin': 'https://app.example',
        'Retry-After': '1',
        'Cache-Control': 'private, max-age=0',
      },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(response.headers.get('retry-after')).toBe('42');
    expect(response.headers.get('cache-control')).toBe('private, max-age=0');
    expect((await parseSmartcarResponse(response)).statusCode).toBe(429);
  });

  it('ignores a status a Response cannot have, and headers that cannot be read', () => {
    for (const status of [99, 600, 404.5, Number.NaN, '404' as unknown as number]) {
      expect(toSmartcarErrorResponse(rateLimited(), { status }).status).toBe(429);
    }
    const badHeaders = [['a b', 'x']] as unknown as HeadersInit;
    expect(toSmartcarErrorResponse(rateLimited(), { headers: badHeaders }).status).toBe(429);
  });

  it('chooses 500 for an app failure, 502 / 504 for a request that got no answer', async () => {
    expect(toSmartcarErrorResponse(new Error('db down')).status).toBe(500);
    expect(toSmartcarErrorResponse(new TypeError('fetch failed')).status).toBe(502);
    const timedOut = new SdkSmartcarError(408, 'Request timed out', {
      'content-type': 'application/json',
    });
    const response = toSmartcarErrorResponse(timedOut);
    expect(response.status).toBe(504);
    expect(await parseSmartcarResponse(response)).toMatchObject({
      type: 'NETWORK',
      code: 'TIMEOUT',
      statusCode: 504,
      format: 'network',
    });
    // A status below 400 in the error is not an error status for the response.
    expect(
      toSmartcarErrorResponse({ type: 'SERVER', code: 'INTERNAL', statusCode: 200 }).status,
    ).toBe(500);
  });

  it('sends no token, stack or SDK internals, even when the upstream message echoes them', async () => {
    const echoed = new SdkSmartcarError(
      401,
      {
        type: 'AUTHENTICATION',
        code: null,
        description: `Invalid header Authorization: Bearer ${ACCESS}; token ${TOKEN}`,
        statusCode: 401,
        requestId: 'req-401',
        resolution: { type: null },
        detail: [
          { header: `Bearer ${ACCESS}`, access_token: ACCESS, query: `access_token=${ACCESS}` },
        ],
      },
      { 'content-type': 'application/json' },
    );
    // What an HTTP client error often carries besides the fields.
    Object.assign(echoed, {
      options: { headers: { Authorization: `Bearer ${ACCESS}` } },
      token: ACCESS,
    });
    const plainText = new SdkSmartcarError(401, `Unauthorized. Authorization: Bearer ${ACCESS}`, {
      'content-type': 'text/plain',
    });
    const appError = new Error(
      `GET https://api.smartcar.com/v2.0/vehicles failed with token ${TOKEN}`,
    );
    for (const error of [echoed, plainText, appError]) {
      const response = toSmartcarErrorResponse(error);
      const text = await response.clone().text();
      expect(text).not.toContain(ACCESS);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toMatch(/\bat .*:\d+:\d+/); // no stack frame
      expect(text).not.toContain('options');
      expect([...response.headers.values()].join(' ')).not.toContain(ACCESS);
      expect(JSON.stringify(toSmartcarErrorBody(error))).toBe(text);
    }
    const body = toSmartcarErrorBody(echoed);
    expect(body.description).toBe(
      'Invalid header Authorization: [redacted] [redacted]; token [redacted]',
    );
    expect(body.detail).toEqual([
      { header: 'Bearer [redacted]', access_token: '[redacted]', query: 'access_token=[redacted]' },
    ]);
    // A failure that is not Smartcar's keeps its type and status but not its message.
    expect(toSmartcarErrorBody(appError)).toMatchObject({ type: 'UNKNOWN', description: null });
    expect(toSmartcarErrorBody(plainText)).toMatchObject({ statusCode: 401, description: null });
  });

  it('keeps a resolution url, the vehicle and the detail, and never throws', () => {
    const body = toSmartcarErrorBody(
      '?error=vehicle_incompatible&error_description=Not+compatible&vin=5YJ3E1EA7KF000000&make=TESLA&model=Model+3&year=2019',
    );
    expect(body).toMatchObject({
      type: 'CONNECT',
      code: 'vehicle_incompatible',
      format: 'connect',
      vehicle: { vin: '5YJ3E1EA7KF000000', make: 'TESLA', model: 'Model 3', year: 2019 },
    });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    for (const input of [undefined, null, 42, hostile, Symbol('x'), () => 0]) {
      expect(() => toSmartcarErrorResponse(input)).not.toThrow();
      expect(toSmartcarErrorBody(input).type).toBe('UNKNOWN');
    }
    const parsed = parseSmartcarError(JSON.stringify(toSmartcarErrorBody(rateLimited())));
    expect(parsed.retryAfterSeconds).toBe(42);
  });
});
