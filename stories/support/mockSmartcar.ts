/**
 * A mocked Smartcar API in the browser, with Mock Service Worker: the recipes call `fetch` on
 * https://api.smartcar.com as an app does, and the worker answers with the real error bodies
 * from the fixtures, their HTTP status and the `SC-Request-Id` / `Retry-After` headers.
 *
 * The worker script is `.storybook/public/mockServiceWorker.js` (served by Storybook's
 * `staticDirs`, by the Vitest addon in story tests, and copied into storybook-static).
 */
import { HttpResponse, http, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { fixtureByName } from '../../test/fixtures/smartcar';

/** The API the recipes call. */
export const SMARTCAR_API = 'https://api.smartcar.com/v2.0';

/** The demo vehicle's id. */
export const VEHICLE_ID = '36ab27d0-fd9d-4455-823a-ce30af709ffc';

const worker = setupWorker();
let started: Promise<unknown> | null = null;

/** Starts the worker once per page (later calls reuse it); resolves when it intercepts. */
export function startMockSmartcar(): Promise<unknown> {
  started ??= worker.start({
    // Next to iframe.html, wherever the Storybook is served from.
    serviceWorker: { url: new URL('mockServiceWorker.js', window.location.href).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return started;
}

/**
 * For a story's `beforeEach`: starts the worker, installs `handlers`, and returns the cleanup
 * that removes them when the story is left.
 */
export async function mockSmartcar(...handlers: RequestHandler[]): Promise<() => void> {
  await startMockSmartcar();
  worker.use(...handlers);
  return () => worker.resetHandlers();
}

/** How a mocked error response is sent. */
export interface ErrorResponseOptions {
  /** HTTP status; default: the fixture's documented status. */
  readonly status?: number;
  /** `Retry-After` header in seconds, when set. */
  readonly retryAfterSeconds?: number;
}

/** The request id in a fixture body, so the header and the body agree as they do in the API. */
function requestIdOf(json: unknown): string | null {
  const id = (json as { requestId?: unknown } | null)?.requestId;
  return typeof id === 'string' ? id : null;
}

/** A response carrying one of the fixture bodies, exactly as the API sends it. */
export function smartcarErrorResponse(fixtureName: string, options: ErrorResponseOptions = {}) {
  const fixture = fixtureByName(fixtureName);
  const status = options.status ?? fixture.httpStatus ?? 500;
  const headers = new Headers({ 'Content-Type': 'application/json' });
  headers.set('SC-Request-Id', requestIdOf(fixture.json) ?? `mock-${fixture.name.toLowerCase()}`);
  if (options.retryAfterSeconds !== undefined) {
    headers.set('Retry-After', String(options.retryAfterSeconds));
  }
  return new HttpResponse(fixture.text, { status, headers });
}

/**
 * A handler for `GET path` that fails with `failures` (in order, one per request) and then
 * succeeds with `success`. `calls()` says how many requests it has seen.
 */
export function failThenSucceed(
  path: string,
  failures: readonly (() => Response)[],
  success: () => Response,
) {
  let count = 0;
  const handler = http.all(`${SMARTCAR_API}${path}`, () => {
    const failure = failures[count];
    count += 1;
    return failure ? failure() : success();
  });
  return { handler, calls: () => count };
}

export { HttpResponse, http };
