/**
 * VoltPark's backend, mocked in one place: the documented Smartcar failures (body, status,
 * `SC-Request-Id`, `Retry-After`) come from `smartcar-error-kit/testing`'s `smartcarErrorHandler`,
 * a Mock Service Worker handler; Playwright's `page.route` hands each request of the page to
 * msw's `getResponse`, which answers with the first handler that matches.
 */
import type { Page } from '@playwright/test';
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { smartcarErrorHandler } from 'smartcar-error-kit/testing';

/** The request id the battery failure carries (its `SC-Request-Id` header). */
export const BATTERY_REQUEST_ID = 'req-voltpark-battery-0001';
/** The request id the charging failure carries. */
export const CHARGE_REQUEST_ID = 'req-voltpark-charge-0002';
/** The request id the rate-limited charge carries. */
export const RATE_LIMIT_REQUEST_ID = 'req-voltpark-charge-0003';
/** The `Retry-After` of the rate-limited charge: short, so the countdown ends within the test. */
export const RATE_LIMIT_RETRY_AFTER_SECONDS = 1;

const API = 'http://127.0.0.1:4311/api/vehicles/:id';

/** The battery as the page shows it once read: "Charge: 80% · range 312 km". */
function batteryReads(): RequestHandler {
  return http.get(`${API}/battery`, () => HttpResponse.json({ percentRemaining: 0.8, range: 312 }));
}

/**
 * The battery read fails once (the car brand does not answer), then succeeds; starting a charge
 * is refused for lack of permission.
 */
export function smartcarHandlers(): RequestHandler[] {
  return [
    smartcarErrorHandler(
      'get',
      `${API}/battery`,
      { type: 'UPSTREAM', code: 'NO_RESPONSE' },
      { once: true, requestId: BATTERY_REQUEST_ID },
    ),
    batteryReads(),
    smartcarErrorHandler(
      'post',
      `${API}/charge`,
      { type: 'PERMISSION', code: null },
      { requestId: CHARGE_REQUEST_ID },
    ),
  ];
}

/**
 * Starting a charge is rate-limited once (RATE_LIMIT VEHICLE, `Retry-After: 1`), then works; the
 * battery reads fine.
 */
export function rateLimitedChargeHandlers(): RequestHandler[] {
  return [
    smartcarErrorHandler(
      'post',
      `${API}/charge`,
      { type: 'RATE_LIMIT', code: 'VEHICLE' },
      {
        once: true,
        requestId: RATE_LIMIT_REQUEST_ID,
        retryAfterSeconds: RATE_LIMIT_RETRY_AFTER_SECONDS,
      },
    ),
    http.post(`${API}/charge`, () => HttpResponse.json({ state: 'CHARGING' })),
    batteryReads(),
  ];
}

/** Starting a charge works; `onCharge` counts the requests that reached the backend. */
export function workingChargeHandlers(onCharge: () => void): RequestHandler[] {
  return [
    http.post(`${API}/charge`, () => {
      onCharge();
      return HttpResponse.json({ state: 'CHARGING' });
    }),
    batteryReads(),
  ];
}

/** Answers the page's `/api/…` requests from `handlers` (fresh ones per test by default). */
export async function mockSmartcarBackend(page: Page, handlers = smartcarHandlers()): Promise<void> {
  await page.route('**/api/**', async (route) => {
    const request = route.request();
    const response = await getResponse(
      handlers,
      new Request(request.url(), {
        method: request.method(),
        headers: request.headers(),
        body: request.postData(),
      }),
    );
    if (response === undefined) {
      await route.fulfill({ status: 404, body: `no mock for ${request.method()} ${request.url()}` });
      return;
    }
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}
