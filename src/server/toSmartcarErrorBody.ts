import {
  type SmartcarError,
  type SmartcarErrorDetailItem,
  type SmartcarErrorFormat,
  type SmartcarErrorState,
  type SmartcarSignal,
  type SmartcarVehicleInfo,
} from '../core/parse/SmartcarError';
import { parseSmartcarError } from '../core/parse/parseSmartcarError';
import { redactDeep, redactSecrets } from './redactSecrets';

/**
 * A Smartcar failure as plain JSON data: Smartcar's v2 error body (what the API sends, so the
 * client's parser reads it as it reads the API), plus `retryAfter` (seconds, the field the Node
 * SDK uses; the API sends it as a header) and `format`, so nothing is lost on the way.
 */
export interface SmartcarErrorBody {
  readonly type: string;
  readonly code: string | null;
  /**
   * Smartcar's English text for developers; `null` for a failure that did not come from Smartcar.
   */
  readonly description: string | null;
  readonly docURL: string | null;
  /** Smartcar's HTTP status for the error; `null` when the request got no answer. */
  readonly statusCode: number | null;
  readonly requestId: string | null;
  /** `{ type }`, with `url` only when there is one (as Smartcar sends it). */
  readonly resolution: { readonly type: string | null; readonly url?: string };
  readonly suggestedUserMessage: string | null;
  readonly detail: readonly SmartcarErrorDetailItem[] | null;
  /** Seconds to wait before retrying, counted from when the body was made. */
  readonly retryAfter: number | null;
  /** The wire shape the error was first parsed from (`'v2'`, `'batch'`, `'connect'`, …). */
  readonly format: SmartcarErrorFormat;
  /**
   * The vehicle, when the failure named one (a webhook event's, with its id; Connect
   * `vehicle_incompatible`).
   */
  readonly vehicle?: SmartcarVehicleInfo;
  /** `'RESOLVED'` when Smartcar reported the failure over (webhook v4), else `'ERROR'`. */
  readonly state: SmartcarErrorState;
  /** The signals the failure is about (`{ code, name, group }`); empty when none. */
  readonly signals: readonly SmartcarSignal[];
}

/** Formats whose text came from somewhere other than Smartcar (an exception, a proxy page). */
const NOT_FROM_SMARTCAR: ReadonlySet<SmartcarErrorFormat> = new Set(['network', 'unknown']);

function text(value: string | null): string | null {
  return value === null ? null : redactSecrets(value);
}

/** The body of a parsed error (internal: `toSmartcarErrorResponse` parses once). */
export function bodyOf(error: SmartcarError): SmartcarErrorBody {
  const { resolution } = error;
  return {
    type: redactSecrets(error.type),
    code: text(error.code),
    description: NOT_FROM_SMARTCAR.has(error.format) ? null : text(error.description),
    docURL: text(error.docURL),
    statusCode: error.statusCode,
    requestId: text(error.requestId),
    resolution:
      resolution.url === null
        ? { type: text(resolution.type) }
        : { type: text(resolution.type), url: redactSecrets(resolution.url) },
    suggestedUserMessage: text(error.suggestedUserMessage),
    detail: error.detail === null ? null : (redactDeep(error.detail) as SmartcarErrorDetailItem[]),
    retryAfter: error.retryAfterSeconds,
    format: error.format,
    ...(error.vehicle === null
      ? {}
      : { vehicle: redactDeep(error.vehicle) as unknown as SmartcarVehicleInfo }),
    state: error.state,
    signals: redactDeep(error.signals) as SmartcarSignal[],
  };
}

/**
 * Any Smartcar failure the kit can parse (an error thrown by Smartcar's Node SDK, a
 * `SmartcarError`, a v1/v2/v3 body or its JSON text, a batch response, …) as plain JSON data:
 * for a Server Action's return value, or any channel that is not an HTTP response. On the client,
 * `parseSmartcarError(body)` gives back the type, code, status, request id, retry time,
 * resolution, suggested message, detail, vehicle (its id too), state and signals.
 *
 * Only those fields cross: never the input itself, a stack, SDK internals or headers, and any
 * credential an upstream message echoes (`Bearer …`, `access_token=…`, a JWT) is redacted. The
 * description of a failure that did not come from Smartcar (a network error, an exception) is
 * left out: it may name internal hosts. Never throws.
 */
export function toSmartcarErrorBody(error: unknown): SmartcarErrorBody {
  return bodyOf(parseSmartcarError(error));
}
