import type { SmartcarErrorFixtureKind } from './SmartcarErrorFixture';

/**
 * One payload file as Smartcar documents or sends it, whatever it holds: failures, webhook events
 * without one (`VERIFY`, a healthy `VEHICLE_STATE`), API v3 signals and command responses,
 * documented fragments, and the few constructed payloads for shapes the docs describe but never
 * show (`origin: 'constructed'`). The ones that hold a failure are also in `smartcarErrorFixtures`.
 */
export interface SmartcarPayloadFixture {
  /** Unique: the file name without its extension (`'WEBHOOK4__VEHICLE_STATE__SIGNAL_ERROR__1'`). */
  readonly name: string;
  /** The file name (`'WEBHOOK4__VERIFY__1.json'`). */
  readonly file: string;
  readonly kind: SmartcarErrorFixtureKind;
  /**
   * The shape as the payload index names it: `'webhook_v4'`, `'webhook_v2'`, `'v3'`,
   * `'v3_signal'`, `'v3_command'`, `'batch(v2 body)'`, `'connect_redirect'`, `'v2'`, `'v1'`…
   */
  readonly shape: string;
  /** The exact text. */
  readonly text: string;
  /** `JSON.parse(text)` for `kind: 'json'`, else `undefined`. */
  readonly body: unknown;
  /** Where it came from: `'docs'`, `'sdk'`, `'sdk-fixture'`, or `'constructed'`. */
  readonly origin: string;
  /** The Smartcar documentation page it came from (or was built after). */
  readonly sourceUrl: string | null;
  /** The SDK repository file it came from (or the payloads it was built from). */
  readonly source: string | null;
  /** Documentation defects, quirks, and how a constructed payload was built. */
  readonly notes: readonly string[];
}
