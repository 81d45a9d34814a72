import type { SmartcarErrorFormat } from '../core/parse/SmartcarError';

/** How a fixture's text is written. */
export type SmartcarErrorFixtureKind =
  /** A JSON body, valid JSON. */
  | 'json'
  /** A Connect redirect query string (`error=access_denied&…`): not an HTTP response. */
  | 'connect'
  /** A documented example that is NOT valid JSON, kept verbatim (`*.asdocumented.txt`). */
  | 'asdocumented';

/**
 * One documented Smartcar failure: its body exactly as Smartcar documents or sends it, the HTTP
 * status and headers it arrives with, and what it is.
 */
export interface SmartcarErrorFixture {
  /**
   * Unique: the payload file name without its extension (`'VEHICLE_STATE__ASLEEP__1'`), or
   * `'<type>__<code>__catalogue'` for a body built from the error catalogue.
   */
  readonly name: string;
  /** Payload file (`'VEHICLE_STATE__ASLEEP__1.json'`); `null` for a catalogue body. */
  readonly file: string | null;
  readonly kind: SmartcarErrorFixtureKind;
  /** The `SmartcarError.format` the kit parses it to. */
  readonly format: SmartcarErrorFormat;
  /**
   * The documented type (`'VEHICLE_STATE'`, a v1 `error` value, `'CONNECT'`, `'OAUTH'`); for a
   * batch or webhook payload, its first failed item's.
   */
  readonly type: string;
  /**
   * The documented code (for Connect, the `error` value); `null` when documented without one.
   * This is the docs' name for it, which a documentation defect can make differ from the body
   * (see `notes`: UPSTREAM RATE_LIMIT's example says `NO_RESPONSE`).
   */
  readonly code: string | null;
  /**
   * HTTP status the response is sent with: the documented status, else the body's
   * `statusCode`; `null` when neither says (a Connect redirect, a webhook, some v1 bodies).
   */
  readonly status: number | null;
  /**
   * Response headers the API sends with it: `Content-Type: application/json` for a body,
   * `SC-Request-Id` when the body carries a request id, and for a v2 RATE_LIMIT error a
   * `Retry-After` of `EXAMPLE_RETRY_AFTER_SECONDS` (Smartcar documents the header, in seconds,
   * but no value). Empty for a Connect redirect.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact text: the body, or the redirect's query string. */
  readonly text: string;
  /** `JSON.parse(text)` for `kind: 'json'`, else `undefined`. */
  readonly body: unknown;
  /** Where it came from: `'docs'`, `'sdk-fixture…'`, or `'catalogue'`. */
  readonly origin: string;
  /** The Smartcar documentation page, when it came from the docs or the catalogue. */
  readonly sourceUrl: string | null;
  /** The SDK repository file, when it came from an SDK's test fixtures. */
  readonly source: string | null;
  /** Documentation defects and quirks of this example. */
  readonly notes: readonly string[];
}
