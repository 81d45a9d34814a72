// @vitest-environment node
import { setupServer } from 'msw/node';
import { parseSmartcarResponse } from '../core/parse/parseSmartcarResponse';
import { parseSmartcarErrorLenient } from '../lenient/parseSmartcarErrorLenient';
import { EXAMPLE_RETRY_AFTER_SECONDS, smartcarErrorFixtures } from './smartcarErrorFixtures';
import { smartcarErrorHandler } from './smartcarErrorHandler';
import { smartcarErrorResponse } from './smartcarErrorResponse';

const API = 'http://127.0.0.1:9/api';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('smartcarErrorHandler (msw/node, real fetch)', () => {
  it('answers with the documented failure, its status, SC-Request-Id and Retry-After', async () => {
    server.use(
      smartcarErrorHandler('post', `${API}/vehicles/:id/charge`, {
        type: 'RATE_LIMIT',
        code: 'VEHICLE',
      }),
    );
    const response = await fetch(`${API}/vehicles/v1/charge`, { method: 'POST' });
    const fixture = smartcarErrorFixtures.get('RATE_LIMIT', 'VEHICLE');
    const requestId = (fixture.body as { requestId: string }).requestId;
    expect(response.status).toBe(429);
    expect(response.headers.get('sc-request-id')).toBe(requestId);
    expect(response.headers.get('retry-after')).toBe(String(EXAMPLE_RETRY_AFTER_SECONDS));
    const error = await parseSmartcarResponse(response);
    expect(error).toMatchObject({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      statusCode: 429,
      requestId,
      retryAfterSeconds: EXAMPLE_RETRY_AFTER_SECONDS,
      resolution: { type: 'RETRY_LATER', url: null },
      format: 'v2',
    });
    expect(error.suggestedUserMessage).not.toBeNull();
  });

  it('takes a fixture or a fixture name, only for its method and path', async () => {
    server.use(
      smartcarErrorHandler(
        'get',
        `${API}/vehicles/:id/battery`,
        smartcarErrorFixtures.get('VEHICLE_STATE', 'ASLEEP'),
      ),
      smartcarErrorHandler(
        'get',
        `${API}/vehicles/:id/odometer`,
        'SERVER__MULTIPLE_RECORDS_FOUND__1',
      ),
    );
    const asleep = await parseSmartcarResponse(await fetch(`${API}/vehicles/x/battery`));
    expect(asleep).toMatchObject({ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409 });
    const multiple = await parseSmartcarResponse(await fetch(`${API}/vehicles/x/odometer`));
    expect(multiple).toMatchObject({ type: 'SERVER', code: 'MULTIPLE_RECORDS_FOUND' });
    expect(multiple.detail).toEqual([{ capacities: [83.9, 83.9, 70.2] }]);
    // Another method on the same path is not handled (onUnhandledRequest: 'error').
    await expect(fetch(`${API}/vehicles/x/battery`, { method: 'POST' })).rejects.toThrow();
  });

  it('overrides status, Retry-After and request id (header and body alike); once answers one request', async () => {
    server.use(
      smartcarErrorHandler(
        'all',
        `${API}/limited`,
        { type: 'RATE_LIMIT', code: 'SMARTCAR_API' },
        { status: 503, retryAfterSeconds: 5, requestId: 'req-override', once: true },
      ),
      smartcarErrorHandler('all', `${API}/limited`, 'PERMISSION__NULL__1', {
        retryAfterSeconds: null,
        requestId: null,
        headers: { 'X-Trace': 'on' },
      }),
    );
    const first = await fetch(`${API}/limited`);
    expect(first.status).toBe(503);
    expect(await parseSmartcarResponse(first)).toMatchObject({
      type: 'RATE_LIMIT',
      // The body's statusCode is Smartcar's; the override changes only the HTTP status.
      statusCode: 429,
      retryAfterSeconds: 5,
      // As the API sends it, the body's request id is the header's: an app shows the override.
      requestId: 'req-override',
    });
    const second = await fetch(`${API}/limited`, { method: 'DELETE' });
    expect(second.status).toBe(403);
    expect(second.headers.get('sc-request-id')).toBeNull();
    expect(second.headers.get('retry-after')).toBeNull();
    expect(second.headers.get('x-trace')).toBe('on');
    expect(await parseSmartcarResponse(second)).toMatchObject({
      type: 'PERMISSION',
      requestId: null,
    });
  });

  it('serves the exact documented text, even when it is not valid JSON', async () => {
    const fixture = smartcarErrorFixtures.byName(
      'CONNECTED_SERVICES_ACCOUNT__VIRTUAL_KEY_REQUIRED__1.asdocumented',
    );
    server.use(smartcarErrorHandler('get', `${API}/key`, fixture));
    const response = await fetch(`${API}/key`);
    expect(response.status).toBe(400);
    const text = await response.clone().text();
    expect(text).toBe(fixture.text);
    // Read as the text it is by the strict parser, and for its fields by the lenient entry.
    expect(await parseSmartcarResponse(response)).toMatchObject({ type: 'UNKNOWN', code: null });
    expect(
      parseSmartcarErrorLenient(text, { status: response.status, headers: response.headers }),
    ).toMatchObject({
      type: 'CONNECTED_SERVICES_ACCOUNT',
      code: 'VIRTUAL_KEY_REQUIRED',
      resolution: { type: 'ACTION_REQUIRED' },
    });
  });

  it('refuses a typo and a Connect redirect when the handler is made', () => {
    expect(() => smartcarErrorHandler('get', '/x', 'NOPE__1')).toThrow(/no Smartcar error fixture/);
    expect(() =>
      smartcarErrorHandler('get', '/x', { type: 'CONNECT', code: 'access_denied' }),
    ).toThrow(/Connect redirect/);
  });

  it('answers every documented HTTP failure as the API does', async () => {
    const httpFixtures = smartcarErrorFixtures.all.filter(
      (f) => f.kind === 'json' && f.format !== 'webhook' && f.status !== null && f.status >= 400,
    );
    expect(httpFixtures.length).toBeGreaterThan(60);
    for (const fixture of httpFixtures) {
      const direct = await parseSmartcarResponse(smartcarErrorResponse(fixture));
      server.use(smartcarErrorHandler('get', `${API}/f/${fixture.name}`, fixture));
      const mocked = await parseSmartcarResponse(await fetch(`${API}/f/${fixture.name}`));
      expect({ ...mocked, raw: null }, fixture.name).toEqual({ ...direct, raw: null });
      expect(mocked.type, fixture.name).toBe(fixture.type);
      expect(mocked.statusCode, fixture.name).toBe(fixture.status);
    }
  });
});
