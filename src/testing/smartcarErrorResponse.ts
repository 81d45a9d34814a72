import type {
  DocumentedSmartcarErrorCode,
  DocumentedSmartcarErrorType,
} from './documentedSmartcarErrors';
import type { SmartcarErrorFixture } from './SmartcarErrorFixture';
import { smartcarErrorFixtures } from './smartcarErrorFixtures';

/**
 * Which documented failure to answer with: a fixture, a fixture's name
 * (`'RATE_LIMIT__VEHICLE__1'`), or a documented type and code (`{ type: 'RATE_LIMIT', code:
 * 'VEHICLE' }`, typed like `smartcarErrorFixtures.get`).
 */
export type SmartcarErrorChoice =
  | SmartcarErrorFixture
  | string
  | {
      [T in DocumentedSmartcarErrorType]: {
        readonly type: T;
        readonly code: DocumentedSmartcarErrorCode<T>;
      };
    }[DocumentedSmartcarErrorType];

/** How the failure is sent; every field defaults to the fixture's own. */
export interface SmartcarErrorResponseOptions {
  /** HTTP status (200–599). Default: the fixture's `status`, else 500. */
  readonly status?: number;
  /** `Retry-After` in seconds; `null` sends none. Default: the fixture's header. */
  readonly retryAfterSeconds?: number | null;
  /**
   * `SC-Request-Id`; `null` sends none. A body that carries a `requestId` (v2) gets the same one,
   * as the API's always match. Default: the fixture's header (its body's request id).
   */
  readonly requestId?: string | null;
  /** More headers, set last (they win over the ones above). */
  readonly headers?: HeadersInit;
}

/** The fixture's body text, with `requestId` in the body too when it has one and one is given. */
function bodyText(fixture: SmartcarErrorFixture, requestId: string | null | undefined): string {
  const body = fixture.body;
  if (
    requestId === undefined ||
    typeof body !== 'object' ||
    body === null ||
    !('requestId' in body)
  ) {
    return fixture.text;
  }
  const { requestId: _documented, ...rest } = body as Record<string, unknown>;
  return JSON.stringify(requestId === null ? rest : { ...rest, requestId });
}

/** The fixture a choice names; throws a clear error for a typo or a Connect redirect. */
export function chooseSmartcarError(choice: SmartcarErrorChoice): SmartcarErrorFixture {
  const fixture =
    typeof choice === 'string'
      ? smartcarErrorFixtures.byName(choice)
      : 'text' in choice
        ? choice
        : smartcarErrorFixtures.find(choice.type, choice.code);
  if (fixture === undefined) {
    throw new Error(`no Smartcar error fixture for ${JSON.stringify(choice)}`);
  }
  if (fixture.kind === 'connect') {
    throw new Error(
      `${fixture.name} is a Connect redirect (a query string on your redirect URI), not an HTTP response: use parseConnectRedirect(fixture.text)`,
    );
  }
  return fixture;
}

function header(headers: Headers, name: string, value: string | null | undefined): void {
  if (value === null) headers.delete(name);
  else if (value !== undefined) headers.set(name, value);
}

/**
 * A standard `Response` carrying a documented failure exactly as Smartcar sends it: the body
 * text, its HTTP status and headers (`Content-Type`, `SC-Request-Id`, `Retry-After`). For any
 * fetch mock; `smartcarErrorHandler` wraps it for Mock Service Worker. A new `Response` per
 * call (a body can be read once).
 */
export function smartcarErrorResponse(
  choice: SmartcarErrorChoice,
  options: SmartcarErrorResponseOptions = {},
): Response {
  const fixture = chooseSmartcarError(choice);
  const headers = new Headers(fixture.headers);
  header(
    headers,
    'Retry-After',
    options.retryAfterSeconds === undefined || options.retryAfterSeconds === null
      ? options.retryAfterSeconds
      : String(options.retryAfterSeconds),
  );
  header(headers, 'SC-Request-Id', options.requestId);
  if (options.headers !== undefined) {
    new Headers(options.headers).forEach((value, name) => headers.set(name, value));
  }
  return new Response(bodyText(fixture, options.requestId), {
    status: options.status ?? fixture.status ?? 500,
    headers,
  });
}
