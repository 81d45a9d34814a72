import type { SmartcarErrorFormat } from '../core/parse/SmartcarError';
import { ALL_FIXTURES as ALL } from './allFixtures';
import type {
  DocumentedSmartcarErrorCode,
  DocumentedSmartcarErrorType,
} from './documentedSmartcarErrors';
import type { SmartcarErrorFixture } from './SmartcarErrorFixture';

export { EXAMPLE_RETRY_AFTER_SECONDS } from './allFixtures';

/** Formats a documented identity is looked up in first (a batch or webhook only wraps one). */
const IDENTITY_FORMATS: ReadonlySet<SmartcarErrorFormat> = new Set([
  'v2',
  'v1',
  'oauth',
  'connect',
]);

function ofIdentity(type: string, code: string | null): readonly SmartcarErrorFixture[] {
  return ALL.filter((fixture) => fixture.type === type && fixture.code === code);
}

function primary(type: string, code: string | null): SmartcarErrorFixture | undefined {
  const candidates = ofIdentity(type, code);
  return (
    candidates.find((f) => f.kind !== 'asdocumented' && IDENTITY_FORMATS.has(f.format)) ??
    candidates.find((f) => f.kind !== 'asdocumented') ??
    candidates[0]
  );
}

/** Every documented Smartcar failure as data, and ways to look one up. */
export interface SmartcarErrorFixtures {
  /**
   * Every fixture: the 102 payloads that hold a failure (v2, v1, v3, batch, webhook, API v3
   * signals, Connect redirect; 3 of them constructed for shapes the docs describe but never
   * show), in the order Smartcar's reference lists them, then the 8 bodies built from the error
   * catalogue (v1 codes and OAuth errors documented without an example). Payloads without a
   * failure (VERIFY, healthy events, commands) are in `smartcarPayloadFixtures`.
   */
  readonly all: readonly SmartcarErrorFixture[];
  /**
   * The documented example of `type` and `code`, typed: `get('VEHICLE_STATE', 'ASLEEP')`,
   * `get('PERMISSION', null)`, `get('CONNECT', 'access_denied')`. The first v2/v1/OAuth/Connect
   * body of that identity that is valid JSON (or a query string); several exist for some
   * (`getAll`). Throws for an identity with no fixture (only possible from untyped code).
   */
  get<T extends DocumentedSmartcarErrorType>(
    type: T,
    code: DocumentedSmartcarErrorCode<T>,
  ): SmartcarErrorFixture;
  /** Like `get` for any strings: `undefined` when no fixture has this type and code (exact). */
  find(type: string, code: string | null): SmartcarErrorFixture | undefined;
  /**
   * Every fixture of this type and code (exact), in `all` order, including batch, webhook and v3
   * ones.
   */
  getAll(type: string, code: string | null): readonly SmartcarErrorFixture[];
  /**
   * The fixture with this `name` or `file` (`'BATCH__MIXED__1'`, `'…__1.json'`); throws when
   * absent.
   */
  byName(name: string): SmartcarErrorFixture;
  /** Every fixture the kit parses to `format` (`'v2'`, `'batch'`, `'connect'`, …). */
  ofFormat(format: SmartcarErrorFormat): readonly SmartcarErrorFixture[];
}

/**
 * Every documented Smartcar error as typed data (body, status, headers), looked up by type and
 * code: the same fixtures the kit's own tests and Storybook catalogue use.
 *
 * ```ts
 * const asleep = smartcarErrorFixtures.get('VEHICLE_STATE', 'ASLEEP');
 * parseSmartcarError(asleep.body, { status: asleep.status ?? undefined, headers: asleep.headers });
 * ```
 */
export const smartcarErrorFixtures: SmartcarErrorFixtures = Object.freeze({
  all: ALL,
  get<T extends DocumentedSmartcarErrorType>(
    type: T,
    code: DocumentedSmartcarErrorCode<T>,
  ): SmartcarErrorFixture {
    const found = primary(type, code);
    if (found === undefined) throw new Error(`no Smartcar error fixture for ${type} ${code}`);
    return found;
  },
  find: primary,
  getAll: ofIdentity,
  byName(name: string): SmartcarErrorFixture {
    const found = ALL.find((fixture) => fixture.name === name || fixture.file === name);
    if (found === undefined) throw new Error(`no Smartcar error fixture named ${name}`);
    return found;
  },
  ofFormat(format: SmartcarErrorFormat): readonly SmartcarErrorFixture[] {
    return ALL.filter((fixture) => fixture.format === format);
  },
});
