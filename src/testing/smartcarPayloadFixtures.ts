import { ALL_PAYLOADS } from './allFixtures';
import type { SmartcarPayloadFixture } from './SmartcarPayloadFixture';

/** Every Smartcar payload file, and a lookup by name. */
export interface SmartcarPayloadFixtures {
  /** Every payload file, in the payload index's order. */
  readonly all: readonly SmartcarPayloadFixture[];
  /**
   * The payload with this `name` or `file` (`'WEBHOOK4__VERIFY__1'`, `'…__1.json'`); throws when
   * absent.
   */
  byName(name: string): SmartcarPayloadFixture;
}

/**
 * Every documented Smartcar payload, failures or not, for tests of code that reads webhooks and
 * API v3 responses: a webhook event with several errors, a `VEHICLE_STATE` event with a failed
 * signal, a `VERIFY` challenge, a signals response with a failed signal.
 *
 * ```ts
 * const event = smartcarPayloadFixtures.byName('WEBHOOK4__VEHICLE_ERROR__SEVERAL__1');
 * parseSmartcarErrors(event.body); // two errors, in the order sent
 * ```
 */
export const smartcarPayloadFixtures: SmartcarPayloadFixtures = Object.freeze({
  all: ALL_PAYLOADS,
  byName(name: string): SmartcarPayloadFixture {
    const found = ALL_PAYLOADS.find((payload) => payload.name === name || payload.file === name);
    if (found === undefined) throw new Error(`no Smartcar payload fixture named ${name}`);
    return found;
  },
});
