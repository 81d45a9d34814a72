import { warnOnce } from '../internal/dev';
import type { ParseContextInput } from '../parse/ParseContext';
import { parseJson } from '../parse/parseJson';
import { parseSmartcarErrors } from '../parse/parseSmartcarErrors';
import type { SmartcarError } from '../parse/SmartcarError';
import { BatchedNotifier } from '../queue/BatchedNotifier';
import { groupIssues } from './groupIssues';
import { issueAction } from './issueAction';
import { readDelivery } from './readDelivery';
import type {
  VehicleIssue,
  VehicleIssueSignal,
  VehicleIssuesChange,
  VehicleIssuesSnapshot,
  VehicleIssuesStore,
} from './types';

/** Replaced by the app's bundler; declared here, not via @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Default bound of open issues, of remembered event ids and of remembered resolutions. */
export const DEFAULT_MAX_ISSUES = 10_000;
/** Signals kept per issue when repeats merge theirs. */
const MAX_SIGNALS_PER_ISSUE = 50;

export interface CreateVehicleIssuesOptions {
  /**
   * Open issues kept at most (default 10,000, at least 1); beyond it the oldest is forgotten.
   * The store also remembers this many event ids (duplicate deliveries) and resolutions (late
   * errors), oldest forgotten first, so its memory stays bounded however long it runs.
   */
  readonly maxIssues?: number;
  /** Clock for failures that carry no `meta.deliveredAt` (epoch ms). Default `Date.now`. */
  readonly now?: () => number;
}

const NO_CHANGE: VehicleIssuesChange = /* @__PURE__ */ Object.freeze({
  raised: /* @__PURE__ */ Object.freeze([]) as readonly VehicleIssue[],
  repeated: /* @__PURE__ */ Object.freeze([]) as readonly VehicleIssue[],
  resolved: /* @__PURE__ */ Object.freeze([]) as readonly VehicleIssue[],
});

/** The vehicle an error is about, by id, else VIN; `''` when it names none. */
function vehicleKeyOf(error: SmartcarError): string {
  return error.vehicle?.id ?? error.vehicle?.vin ?? '';
}

/** One issue per vehicle, type and code (any case). */
function issueKey(vehicleKey: string, error: SmartcarError): string {
  return `${vehicleKey}|${error.type}.${error.code ?? ''}`.toUpperCase();
}

function signalId(signal: VehicleIssueSignal): string {
  return `${signal.code ?? ''}|${signal.name ?? ''}|${signal.group ?? ''}`;
}

/** `known` followed by the signals of `added` it lacks, at most `MAX_SIGNALS_PER_ISSUE`. */
function mergeSignals(
  known: readonly VehicleIssueSignal[],
  added: readonly VehicleIssueSignal[],
): readonly VehicleIssueSignal[] {
  if (added.length === 0) return known;
  const ids = new Set(known.map(signalId));
  const merged = [...known];
  for (const signal of added) {
    if (merged.length >= MAX_SIGNALS_PER_ISSUE) break;
    if (!ids.has(signalId(signal))) {
      ids.add(signalId(signal));
      merged.push(signal);
    }
  }
  return merged.length === known.length ? known : Object.freeze(merged);
}

/** Adds `key` to an insertion-ordered map bounded to `max` entries (the oldest goes first). */
function remember<T>(map: Map<string, T>, key: string, value: T, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as string);
}

/**
 * Creates a store of what is wrong right now, per vehicle: feed it every webhook event, signals
 * response or failed request with `ingest`, render it with `FleetIssueSummary` (or read it with
 * `useSyncExternalStore`). An `ERROR` raises an issue (one per vehicle, type and code) or counts
 * up a repeat, merging its signals; a `RESOLVED` ends it. A delivery seen before (same `eventId`)
 * changes nothing, and an event older (by `meta.deliveredAt`) than what the store already knows
 * of an issue neither ends nor revives it. Framework-free and safe at module scope or on a server:
 * no timer, no global. Each call makes an independent store.
 *
 * @example
 * ```ts
 * const issues = createVehicleIssues();
 * issues.ingest(await request.json()); // a Smartcar webhook event
 * issues.getSnapshot().groups; // [{ action: 'reconnect', vehicles: [...], issues: [...] }]
 * ```
 */
export function createVehicleIssues(options: CreateVehicleIssuesOptions = {}): VehicleIssuesStore {
  const given = typeof options === 'object' && options !== null ? options : {};
  const max =
    typeof given.maxIssues === 'number' && given.maxIssues >= 1
      ? Math.floor(given.maxIssues)
      : DEFAULT_MAX_ISSUES;
  const now = typeof given.now === 'function' ? given.now : Date.now;

  /** Open issues by key, in the order they were raised. */
  const open = new Map<string, VehicleIssue>();
  /** When each recently resolved issue was resolved (epoch ms), by key. */
  const resolvedAt = new Map<string, number>();
  /** Event ids already ingested (the value is unused). */
  const seen = new Map<string, true>();
  const notifier = new BatchedNotifier();
  let snapshot: VehicleIssuesSnapshot | null = null;

  const changed = (): void => {
    snapshot = null;
    notifier.notify();
  };

  function raise(error: SmartcarError, key: string, vehicleKey: string, at: number): VehicleIssue {
    const issue: VehicleIssue = Object.freeze({
      key,
      vehicleKey,
      vehicle: error.vehicle,
      error,
      action: issueAction(error),
      signals: error.signals,
      count: 1,
      firstSeenAt: at,
      lastSeenAt: at,
    });
    remember(open, key, issue, max);
    resolvedAt.delete(key);
    if (process.env.NODE_ENV !== 'production' && open.size === max) {
      warnOnce(
        'vehicle-issues-full',
        `The vehicle issues store holds ${max} open issues, its maxIssues; the oldest are ` +
          'forgotten from now on. Raise `maxIssues` in createVehicleIssues() if your fleet needs more.',
      );
    }
    return issue;
  }

  function repeat(issue: VehicleIssue, error: SmartcarError, at: number): VehicleIssue {
    const newer = at >= issue.lastSeenAt;
    const next: VehicleIssue = Object.freeze({
      ...issue,
      vehicle: newer ? (error.vehicle ?? issue.vehicle) : issue.vehicle,
      error: newer ? error : issue.error,
      action: newer ? issueAction(error) : issue.action,
      signals: mergeSignals(issue.signals, error.signals),
      count: issue.count + 1,
      lastSeenAt: Math.max(at, issue.lastSeenAt),
    });
    open.set(issue.key, next);
    return next;
  }

  function ingest(input: unknown, context?: ParseContextInput): VehicleIssuesChange {
    try {
      const value = typeof input === 'string' ? (parseJson(input) ?? input) : input;
      const { eventId, deliveredAt } = readDelivery(value);
      if (eventId !== null) {
        if (seen.has(eventId)) return NO_CHANGE;
        remember(seen, eventId, true, max);
      }
      const at = deliveredAt ?? now();
      const raised: VehicleIssue[] = [];
      const repeated: VehicleIssue[] = [];
      const resolved: VehicleIssue[] = [];
      for (const error of parseSmartcarErrors(value, context)) {
        const vehicleKey = vehicleKeyOf(error);
        const key = issueKey(vehicleKey, error);
        const issue = open.get(key);
        if (error.state === 'RESOLVED') {
          // A resolution older than the issue's latest error does not end it.
          if (issue !== undefined && issue.lastSeenAt > at) continue;
          if (issue !== undefined) {
            open.delete(key);
            resolved.push(issue);
          }
          remember(resolvedAt, key, Math.max(at, resolvedAt.get(key) ?? at), max);
        } else if (issue !== undefined) {
          repeated.push(repeat(issue, error, at));
        } else if ((resolvedAt.get(key) ?? -Infinity) <= at) {
          // (an error older than the issue's resolution does not revive it)
          raised.push(raise(error, key, vehicleKey, at));
        }
      }
      if (raised.length === 0 && repeated.length === 0 && resolved.length === 0) return NO_CHANGE;
      changed();
      return Object.freeze({
        raised: Object.freeze(raised),
        repeated: Object.freeze(repeated),
        resolved: Object.freeze(resolved),
      });
    } catch {
      // Never thrown into the app: parseSmartcarErrors does not throw, a listener runs later.
      return NO_CHANGE;
    }
  }

  const getSnapshot = (): VehicleIssuesSnapshot => {
    if (snapshot === null) {
      const issues = Object.freeze([...open.values()]);
      snapshot = Object.freeze({ issues, groups: groupIssues(issues) });
    }
    return snapshot;
  };

  return {
    ingest,
    resolve(keys) {
      let any = false;
      for (const key of Array.isArray(keys) ? keys : []) {
        if (typeof key === 'string' && open.delete(key)) {
          remember(resolvedAt, key, now(), max);
          any = true;
        }
      }
      if (any) changed();
    },
    clear() {
      const had = open.size > 0;
      open.clear();
      resolvedAt.clear();
      seen.clear();
      if (had) changed();
    },
    getSnapshot,
    getServerSnapshot: getSnapshot,
    subscribe: (listener) => notifier.subscribe(listener),
  };
}
