import { connection } from 'next/server';
import authentication from './payloads/AUTHENTICATION__NULL__1.json';
import permission from './payloads/PERMISSION__NULL__1.json';
import rateLimitVehicle from './payloads/RATE_LIMIT__VEHICLE__1.json';
import upstreamNoResponse from './payloads/UPSTREAM__NO_RESPONSE__1.json';

/** The documented failures this mock of the Smartcar API can answer with. */
const FAILURES = {
  authentication,
  permission,
  rateLimitVehicle,
  upstreamNoResponse,
} as const;

export type MockFailure = keyof typeof FAILURES;

/**
 * Stands in for `fetch('https://api.smartcar.com/v2.0/…')` on the server: answers with a
 * documented Smartcar error body, its HTTP status and the `SC-Request-Id` header (plus
 * `Retry-After` when given), as the real API does. Like a real call with the user's token, it
 * happens per request: `connection()` keeps Next from running it at build time.
 */
export async function mockSmartcarFetch(
  failure: MockFailure,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<Response> {
  await connection();
  const body = FAILURES[failure];
  return new Response(JSON.stringify(body), {
    status: body.statusCode,
    headers: {
      'content-type': 'application/json',
      'SC-Request-Id': body.requestId,
      ...extraHeaders,
    },
  });
}
