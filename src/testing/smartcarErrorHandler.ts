import { http, type HttpHandler, type Path } from 'msw';
import {
  chooseSmartcarError,
  smartcarErrorResponse,
  type SmartcarErrorChoice,
  type SmartcarErrorResponseOptions,
} from './smartcarErrorResponse';

/** The HTTP methods Mock Service Worker's `http` namespace intercepts. */
export type SmartcarErrorHandlerMethod = keyof typeof http;

/** `smartcarErrorResponse`'s options, and how often the handler answers. */
export interface SmartcarErrorHandlerOptions extends SmartcarErrorResponseOptions {
  /** Answer only the first matching request, then let later ones through (msw's `once`). */
  readonly once?: boolean;
}

/**
 * A Mock Service Worker (msw 2) request handler that answers `method path` with a documented
 * Smartcar failure: its body, HTTP status and headers (`SC-Request-Id`, `Retry-After`), so an
 * app's tests drive its error UI with what the API really sends.
 *
 * ```ts
 * server.use(
 *   smartcarErrorHandler('post', '/api/vehicles/:id/charge', {
 *     type: 'RATE_LIMIT',
 *     code: 'VEHICLE',
 *   }),
 * );
 * ```
 *
 * `path` is anything msw matches (`'/api/…/:id'`, an absolute URL, a RegExp). The choice is
 * checked when the handler is made, so a typo fails the test at once.
 */
export function smartcarErrorHandler(
  method: SmartcarErrorHandlerMethod,
  path: Path,
  choice: SmartcarErrorChoice,
  options: SmartcarErrorHandlerOptions = {},
): HttpHandler {
  const fixture = chooseSmartcarError(choice);
  const { once, ...responseOptions } = options;
  return http[method](path, () => smartcarErrorResponse(fixture, responseOptions), {
    once: once === true,
  });
}
