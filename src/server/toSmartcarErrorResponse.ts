import { type SmartcarError } from '../core/parse/SmartcarError';
import { parseSmartcarError } from '../core/parse/parseSmartcarError';
import { NETWORK_TIMEOUT } from '../core/parse/readErrorInstanceParts';
import { bodyOf } from './toSmartcarErrorBody';

/** What the caller may add to the response. */
export interface SmartcarErrorResponseInit {
  /**
   * HTTP status of the response (an integer 200–599; anything else is ignored). Default: the
   * error's Smartcar status, else 504 for a timed-out request, 502 for another request that got
   * no answer, 500 for anything else. The body's `statusCode` keeps Smartcar's status either way,
   * so the client still reads it.
   */
  readonly status?: number;
  /**
   * More headers (CORS, tracing…). Set first: `Content-Type`, `SC-Request-Id` and `Retry-After`
   * are the kit's and always agree with the body; `Cache-Control: no-store` is set only when
   * these headers have no `Cache-Control`. Headers that cannot be read are ignored.
   */
  readonly headers?: HeadersInit;
}

const BAD_GATEWAY = 502;
const GATEWAY_TIMEOUT = 504;
const INTERNAL_SERVER_ERROR = 500;
/** A header value any runtime accepts: visible ASCII and spaces. */
const HEADER_VALUE = /^[\x20-\x7e]+$/;

function isStatus(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 599;
}

function statusOf(error: SmartcarError, override: unknown): number {
  if (isStatus(override, 200)) return override;
  if (isStatus(error.statusCode, 400)) return error.statusCode;
  if (error.format === 'network') {
    return error.code === NETWORK_TIMEOUT ? GATEWAY_TIMEOUT : BAD_GATEWAY;
  }
  return INTERNAL_SERVER_ERROR;
}

function callerHeaders(init: SmartcarErrorResponseInit | undefined): Headers {
  try {
    return new Headers(init?.headers);
  } catch {
    return new Headers();
  }
}

/**
 * Any Smartcar failure the kit can parse (an error thrown by Smartcar's Node SDK, a
 * `SmartcarError`, a body) as a standard `Response` for the browser: the JSON body of
 * `toSmartcarErrorBody` (Smartcar's v2 shape), the HTTP status, and the headers Smartcar sends
 * (`SC-Request-Id`, `Retry-After` in seconds, `Content-Type: application/json`), so
 * `parseSmartcarResponse(response)` on the client reads it as it reads the API. Only standard
 * `Response`/`Headers`/`JSON`: a Next.js route handler, Hono, Remix or any fetch-style server
 * returns it as is; Express and `node:http` copy it (see the docs). Never throws.
 *
 * A `fetch` Response from Smartcar cannot be read synchronously: parse it first with
 * `await parseSmartcarResponse(response)` and pass the result.
 */
export function toSmartcarErrorResponse(
  error: unknown,
  init?: SmartcarErrorResponseInit,
): Response {
  const parsed = parseSmartcarError(error);
  const body = bodyOf(parsed);
  const headers = callerHeaders(init);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  if (body.requestId !== null && HEADER_VALUE.test(body.requestId)) {
    headers.set('SC-Request-Id', body.requestId);
  }
  if (body.retryAfter !== null) headers.set('Retry-After', String(body.retryAfter));
  return new Response(JSON.stringify(body), { status: statusOf(parsed, init?.status), headers });
}
