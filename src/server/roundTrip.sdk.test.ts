// @vitest-environment node
import { createRequire } from 'node:module';
import { type SmartcarError } from '../core/parse/SmartcarError';
import { parseSmartcarError } from '../core/parse/parseSmartcarError';
import { parseSmartcarResponse } from '../core/parse/parseSmartcarResponse';
import { smartcarErrorFixtures } from '../testing/smartcarErrorFixtures';
import {
  ECHO_AUTHORIZATION,
  startLocalSmartcarApi,
  type LocalSmartcarApi,
} from '../../test/fixtures/localSmartcarApi';
import { toSmartcarErrorResponse } from './toSmartcarErrorResponse';

/** The parts of Smartcar's Node SDK (npm `smartcar` 10.4.0, a dev dependency) used here. */
interface SmartcarSdk {
  Vehicle: new (id: string, token: string) => { odometer(): Promise<unknown> };
  SmartcarError: new (...args: never[]) => Error;
}
const smartcar = createRequire(import.meta.url)('smartcar') as SmartcarSdk;

const ACCESS_TOKEN = 'a1b2c3d4-e5f6-4711-8000-0123456789ab';

/**
 * The documented failures a vehicle request can get: HTTP bodies (valid JSON or as documented),
 * not the Connect redirects, webhooks or batch responses (`vehicle.batch` answers 200).
 */
const served = smartcarErrorFixtures.all.filter(
  (f) => f.kind !== 'connect' && f.format !== 'webhook' && f.format !== 'batch',
);

let api: LocalSmartcarApi;
beforeAll(async () => {
  api = await startLocalSmartcarApi();
});
afterAll(() => api.stop());

/** The error the real SDK throws for `vehicle.odometer()` against the local API. */
async function sdkErrorFor(vehicleId: string): Promise<Error> {
  const vehicle = new smartcar.Vehicle(vehicleId, ACCESS_TOKEN);
  const error = await vehicle.odometer().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof smartcar.SmartcarError)) throw new Error(`no SDK error for ${vehicleId}`);
  return error;
}

function kept(error: SmartcarError) {
  return {
    type: error.type,
    code: error.code,
    statusCode: error.statusCode,
    requestId: error.requestId,
    retryAfterSeconds: error.retryAfterSeconds,
    resolution: error.resolution,
    suggestedUserMessage: error.suggestedUserMessage,
    detail: error.detail,
  };
}

describe('server round trip with the real Node SDK against a local API (127.0.0.1)', () => {
  it(
    `forwards the SDK's error for each of the ${served.length} documented HTTP failures intact`,
    { timeout: 30_000 },
    async () => {
      expect(served.length).toBeGreaterThan(70);
      for (const fixture of served) {
        const sdkError = await sdkErrorFor(fixture.name);
        const response = toSmartcarErrorResponse(sdkError);
        const client = await parseSmartcarResponse(response);
        // Nothing the SDK gave the server is lost on the way to the browser…
        expect(kept(client), fixture.name).toEqual(kept(parseSmartcarError(sdkError)));
        if (fixture.kind !== 'json' || fixture.format !== 'v2') continue;
        // …and for a v2 body, the browser reads what it would have read from Smartcar itself.
        const direct = await parseSmartcarResponse(
          new Response(fixture.text, { status: fixture.status ?? 500, headers: fixture.headers }),
        );
        expect(kept(client), fixture.name).toEqual(kept(direct));
      }
    },
  );

  it('reads the rate limit the SDK got from Retry-After and the request id from SC-Request-Id', async () => {
    const fixture = smartcarErrorFixtures.get('RATE_LIMIT', 'VEHICLE');
    const sdkError = (await sdkErrorFor(fixture.name)) as Error & { retryAfter?: unknown };
    expect(sdkError.retryAfter).toBe(fixture.headers['Retry-After']);
    const response = toSmartcarErrorResponse(sdkError);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe(fixture.headers['Retry-After']);
    expect(response.headers.get('sc-request-id')).toBe(fixture.headers['SC-Request-Id']);
  });

  it('does not forward the access token an upstream echoes', async () => {
    const sdkError = await sdkErrorFor(ECHO_AUTHORIZATION);
    expect(sdkError.message).toContain(ACCESS_TOKEN); // the SDK's own message carries it
    const response = toSmartcarErrorResponse(sdkError);
    const text = await response.clone().text();
    expect(text).not.toContain(ACCESS_TOKEN);
    expect(text).not.toContain('stack');
    expect(await parseSmartcarResponse(response)).toMatchObject({
      type: 'AUTHENTICATION',
      statusCode: 401,
      requestId: 'req-echo',
      description: 'Rejected authorization header: Bearer [redacted]',
      detail: [{ authorization: '[redacted]' }],
    });
  });
});
