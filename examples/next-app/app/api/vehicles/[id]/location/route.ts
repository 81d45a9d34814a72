import { cookies } from 'next/headers';
import { mockSmartcarFetch } from '../../../../../smartcar/mockSmartcarFetch';

const RATE_LIMITED = 'voltpark-rate-limited';

/**
 * The app's own API route, as the browser sees it: the first request in a browser session hits
 * Smartcar's vehicle rate limit (a documented 429 body, `SC-Request-Id`, `Retry-After: 2`); once
 * that has passed, the location comes back.
 */
export async function GET(): Promise<Response> {
  const jar = await cookies();
  if (jar.has(RATE_LIMITED)) {
    return Response.json({ latitude: 37.4292, longitude: -122.1381 });
  }
  jar.set(RATE_LIMITED, '1', { httpOnly: true, sameSite: 'strict', path: '/' });
  return mockSmartcarFetch('rateLimitVehicle', { 'Retry-After': '2' });
}
