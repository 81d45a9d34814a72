import { pick, unknownParts, type ErrorParts, type FieldReader } from './ErrorParts';
import { nestedContext, type ParseContext } from './ParseContext';
import { readVehicle } from './readVehicle';
import { safeGet } from './safeGet';
import { toStatusCode } from './toStatusCode';

/** `code` of a NETWORK error that timed out (`TimeoutError`, the Node SDK's 408). */
export const NETWORK_TIMEOUT = 'TIMEOUT';
/** `code` of a NETWORK error whose request was aborted (`AbortError`, often the app itself). */
export const NETWORK_ABORTED = 'ABORTED';

/** Messages of the `TypeError` a failed `fetch` throws: Chrome, Firefox, Safari, Node (undici). */
const FETCH_FAILURE =
  /failed to fetch|networkerror|load failed|fetch failed|network request failed|internet connection/i;
/** Looked at only in a message's start, so a huge message costs nothing. */
const MESSAGE_PREFIX_LENGTH = 200;
const SDK_TIMEOUT = /request timed out/i;
const SDK_TIMEOUT_STATUS = 408;
/** `@smartcar/auth`'s plain `Error` for Connect errors it has no class for. */
const UNEXPECTED_CONNECT_ERROR = /^Unexpected error: ([A-Za-z0-9_.-]+) - /;
const SEPARATOR = ' - ';
const AUTH_ERROR_CODES: Readonly<Record<string, string>> = {
  AccessDenied: 'access_denied',
  InvalidSubscription: 'invalid_subscription',
  VehicleIncompatible: 'vehicle_incompatible',
};
const AXIOS_CANCELED = 'ERR_CANCELED';

function head(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MESSAGE_PREFIX_LENGTH) : '';
}

function networkParts(
  code: string | null,
  description: unknown,
  context: ParseContext,
): ErrorParts {
  // Nothing came back: no status or headers apply, whatever the caller passed.
  return unknownParts(
    { status: null, headers: [], now: context.now },
    { type: 'NETWORK', code, description, format: 'network' },
  );
}

function connectParts(
  code: string,
  description: unknown,
  vehicleInfo: unknown,
  context: ParseContext,
): ErrorParts {
  return unknownParts(context, {
    type: 'CONNECT',
    code,
    description,
    vehicle: readVehicle((key) => safeGet(vehicleInfo, key)),
    format: 'connect',
  });
}

/** An axios error: its response (read as the body) or a network failure. */
function axiosParts(
  read: FieldReader,
  context: ParseContext,
  readBody: (body: unknown, context: ParseContext) => ErrorParts,
): ErrorParts {
  const response = read('response');
  if (response !== null && typeof response === 'object') {
    const status = toStatusCode(safeGet(response, 'status'));
    return readBody(
      safeGet(response, 'data'),
      nestedContext(context, status, [safeGet(response, 'headers')]),
    );
  }
  const code = read('code');
  if (code === AXIOS_CANCELED) return networkParts(NETWORK_ABORTED, read('message'), context);
  // axios's codes for a request that timed out (`timeout` option, or the socket's own).
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
  return networkParts(timedOut ? NETWORK_TIMEOUT : null, read('message'), context);
}

/**
 * Errors recognised by their `name`: network failures (`AbortError`, `TimeoutError`, a fetch
 * `TypeError`, the Node SDK's 408), `@smartcar/auth` Connect errors (`AccessDenied`,
 * `InvalidSubscription`, `VehicleIncompatible`, `Unexpected error: <error> - <description>`)
 * and axios errors. `null` when the input is none of these.
 */
export function readErrorInstanceParts(
  read: FieldReader,
  context: ParseContext,
  readBody: (body: unknown, context: ParseContext) => ErrorParts,
): ErrorParts | null {
  if (read('isAxiosError') === true) return axiosParts(read, context, readBody);
  const name = read('name');
  if (typeof name !== 'string') return null;
  switch (name) {
    case 'AbortError':
      return networkParts(NETWORK_ABORTED, read('message'), context);
    case 'TimeoutError':
      return networkParts(NETWORK_TIMEOUT, read('message'), context);
    case 'TypeError': {
      const message = read('message');
      return FETCH_FAILURE.test(head(message)) ? networkParts(null, message, context) : null;
    }
    case 'SmartcarError': {
      const description = pick(read, 'description', 'message');
      const timedOut =
        toStatusCode(pick(read, 'statusCode', 'status_code')) === SDK_TIMEOUT_STATUS &&
        SDK_TIMEOUT.test(head(description));
      return timedOut ? networkParts(NETWORK_TIMEOUT, description, context) : null;
    }
    case 'AccessDenied':
    case 'InvalidSubscription':
    case 'VehicleIncompatible':
      return connectParts(
        AUTH_ERROR_CODES[name] as string,
        read('message'),
        read('vehicleInfo'),
        context,
      );
    case 'Error': {
      const message = read('message');
      const match = UNEXPECTED_CONNECT_ERROR.exec(head(message));
      if (match === null || typeof message !== 'string') return null;
      // The description in full: the match only saw the message's start.
      const description = message.slice(message.indexOf(SEPARATOR) + SEPARATOR.length);
      return connectParts(match[1] as string, description, undefined, context);
    }
    default:
      return null;
  }
}
