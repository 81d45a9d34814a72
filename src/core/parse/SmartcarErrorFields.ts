/**
 * The plain shape of a parsed Smartcar error — its fields, their parts and its JSON form —
 * apart from the `SmartcarError` class that carries them.
 */

/** Which wire shape the error was parsed from. */
export type SmartcarErrorFormat =
  'v2' | 'v1' | 'v3' | 'batch' | 'webhook' | 'oauth' | 'connect' | 'network' | 'unknown';

/** What the API says resolves the error. `url` is kept only when it is an absolute http(s) URL. */
export interface SmartcarResolution {
  readonly type: string | null;
  readonly url: string | null;
}

/**
 * Where a failure is in its lifecycle: a webhook `VEHICLE_ERROR` item says `'RESOLVED'` when the
 * problem is over; every other failure is an `'ERROR'`.
 */
export type SmartcarErrorState = 'ERROR' | 'RESOLVED';

/** A signal a failure is about (API v3 / webhook v4 signal reference: `location-isathome`). */
export interface SmartcarSignal {
  readonly code: string | null;
  readonly name: string | null;
  readonly group: string | null;
}

/**
 * The vehicle an error is about, when the failure told us (a webhook event's vehicle, Connect
 * `vehicle_incompatible`).
 */
export interface SmartcarVehicleInfo {
  /** Smartcar's vehicle id (a webhook event's `vehicleId` or `data.vehicle.id`). Not a secret. */
  readonly id: string | null;
  readonly vin: string | null;
  readonly make: string | null;
  readonly model: string | null;
  readonly year: number | null;
}

/** One item of the API's `detail` array, sanitised (strings cleaned and capped). */
export type SmartcarErrorDetailItem = Readonly<Record<string, unknown>>;

/** The plain fields of a parsed error. */
export interface SmartcarErrorFields {
  /**
   * The API's type (`'VEHICLE_STATE'`), `'CONNECT'`, `'OAUTH'`, `'NETWORK'` or `'UNKNOWN'`. A v1
   * body's `error` value as sent.
   */
  readonly type: string;
  /** The code within the type, as sent; `null` when absent. For Connect, the `error` value. */
  readonly code: string | null;
  /** English text meant for developers; never shown to end users. */
  readonly description: string | null;
  /** HTTP status from the body, else from the response. */
  readonly statusCode: number | null;
  /** Smartcar request id (body, else `SC-Request-Id` header). What support asks for. */
  readonly requestId: string | null;
  /** Link to Smartcar's documentation of this error (absolute http(s) only). */
  readonly docURL: string | null;
  readonly resolution: SmartcarResolution;
  /** The API's end-user message, may contain `<app name>`-style placeholders. */
  readonly suggestedUserMessage: string | null;
  readonly detail: readonly SmartcarErrorDetailItem[] | null;
  /** Seconds to wait before retrying, from `Retry-After` (seconds or HTTP-date) or a body field. */
  readonly retryAfterSeconds: number | null;
  readonly vehicle: SmartcarVehicleInfo | null;
  /** `'RESOLVED'` when Smartcar reports the failure over (webhook v4), else `'ERROR'`. */
  readonly state: SmartcarErrorState;
  /** The signals the failure is about (webhook items, failed v3 signals); empty when none. */
  readonly signals: readonly SmartcarSignal[];
  readonly format: SmartcarErrorFormat;
  /** The input, untouched. */
  readonly raw: unknown;
}

/** Marks a serialised `SmartcarError` (`toJSON()`); the value is the version of the form. */
export const SMARTCAR_ERROR_JSON_MARKER = '$smartcarError';

/**
 * A `SmartcarError` as plain data: what `error.toJSON()` returns and `JSON.stringify(error)`
 * writes. Every field but `raw`, plus the `$smartcarError` marker by which `parseSmartcarError`
 * reads it back into an equal error. JSON-safe and `structuredClone`-safe, so it may cross a
 * server→client boundary (a React Server Components prop), `postMessage` or a log.
 *
 * `raw` is left out on purpose: it is the input as given, which may be a `Response`, an SDK or
 * axios error (whose request config can hold an `Authorization` header) or an HTML page, none of
 * them JSON-safe or fit to send to a browser. The parsed fields are what the kit reads.
 */
export interface SmartcarErrorJSON extends Omit<SmartcarErrorFields, 'raw'> {
  readonly [SMARTCAR_ERROR_JSON_MARKER]: 1;
}
