/**
 * The shapes of a vehicle-issues store (`createVehicleIssues`): what is wrong right now, per
 * vehicle, type and code, until Smartcar reports it resolved. Framework-free.
 */
import type { ErrorActionKind } from '../catalogue/catalogueTypes';
import type { ParseContextInput } from '../parse/ParseContext';
import type { SmartcarError, SmartcarSignal, SmartcarVehicleInfo } from '../parse/SmartcarError';

/**
 * What resolves a group of issues: an action kind (never `'dismiss'`), or `null` when nobody can
 * act (an unsupported feature, a car that is asleep and will wake by itself).
 */
export type VehicleIssueAction = Exclude<ErrorActionKind, 'dismiss'> | null;

/** A signal an issue is about (API v3 / webhook v4 signal reference). */
export type VehicleIssueSignal = SmartcarSignal;

/** One thing wrong with one vehicle: one per vehicle, type and code, until it is resolved. */
export interface VehicleIssue {
  /** Stable id of the issue: the vehicle key, type and code. */
  readonly key: string;
  /** Which vehicle (its id, else its VIN; `''` when the failure named none). */
  readonly vehicleKey: string;
  /** The vehicle as the latest failure described it (id, VIN, make, model, year), or null. */
  readonly vehicle: SmartcarVehicleInfo | null;
  /** The latest `ERROR` failure seen for this issue. */
  readonly error: SmartcarError;
  /** What resolves it (`'reconnect'`, `'retry'`, …) or null when nobody can act. */
  readonly action: VehicleIssueAction;
  /** Every signal the failures were about, merged, in the order first seen. */
  readonly signals: readonly VehicleIssueSignal[];
  /** How many times an `ERROR` was received for it (repeats count up). */
  readonly count: number;
  /** Epoch ms of the first and the latest `ERROR` (the event's `meta.deliveredAt`, else now). */
  readonly firstSeenAt: number;
  readonly lastSeenAt: number;
}

/** Issues that the same action resolves, and the vehicles they concern. */
export interface VehicleIssueGroup {
  /** The action that resolves every issue of the group, or null. */
  readonly action: VehicleIssueAction;
  /** The group's issues, oldest first. */
  readonly issues: readonly VehicleIssue[];
  /** The distinct vehicles concerned, in the order of their first issue. */
  readonly vehicles: readonly SmartcarVehicleInfo[];
}

/** What is wrong right now. Referentially stable until something changes. */
export interface VehicleIssuesSnapshot {
  /** Every open issue, oldest first. */
  readonly issues: readonly VehicleIssue[];
  /** The issues grouped by the action that resolves them, the groups a person can act on first. */
  readonly groups: readonly VehicleIssueGroup[];
}

/** What one `ingest` changed. */
export interface VehicleIssuesChange {
  /** Issues raised for the first time. */
  readonly raised: readonly VehicleIssue[];
  /** Issues that were open and received another `ERROR`. */
  readonly repeated: readonly VehicleIssue[];
  /** Issues a `RESOLVED` ended. */
  readonly resolved: readonly VehicleIssue[];
}

/** A store of what is wrong right now, read with `useSyncExternalStore`. */
export interface VehicleIssuesStore {
  /**
   * Take anything `parseSmartcarErrors` reads (a webhook event, a signals response, a batch, a
   * single failure): an `ERROR` raises or repeats an issue, a `RESOLVED` ends it. A delivery seen
   * before (same `eventId`) or older than an issue's latest changes nothing. Never throws.
   */
  readonly ingest: (input: unknown, context?: ParseContextInput) => VehicleIssuesChange;
  /** End issues by key (what a person fixed in the app, e.g. after reconnecting). */
  readonly resolve: (keys: readonly string[]) => void;
  /** Forget every issue and every delivery seen. */
  readonly clear: () => void;
  readonly getSnapshot: () => VehicleIssuesSnapshot;
  /** The same as `getSnapshot`: a store filled before a server render shows its issues. */
  readonly getServerSnapshot: () => VehicleIssuesSnapshot;
  /**
   * Call `listener` after the snapshot changes (batched per microtask); returns the unsubscribe.
   */
  readonly subscribe: (listener: () => void) => () => void;
}
