import type { VehicleIssuesStore } from 'smartcar-error-kit';
import type { FleetIssueData } from './fleetIssueData';

/** Most reports of one issue ingested from one list (for a car that failed 10,000 times). */
const MAX_REPORTS_PER_LIST = 100;

/** What the browser last mirrored of one server issue. */
interface Mirrored {
  readonly count: number;
  readonly firstSeenAt: number;
  /** The key the browser-side store gave it. */
  readonly localKey: string | undefined;
}

/**
 * Keeps a browser-side store in step with the server's lists of open issues: an issue the
 * browser has not seen is ingested once per report the server counted (raised: a toast, then
 * repeats), one reported again since the last list is ingested again (the toast counts up), one
 * no longer listed is resolved (its toast closes). Returns the function to call with each list;
 * the same list twice changes nothing.
 */
export function mirrorFleetIssues(
  store: VehicleIssuesStore,
): (issues: readonly FleetIssueData[]) => void {
  let mirrored = new Map<string, Mirrored>();
  return (issues) => {
    const next = new Map<string, Mirrored>();
    const ended: string[] = [];
    for (const { key, count, firstSeenAt, error } of issues) {
      let before = mirrored.get(key);
      if (before !== undefined && before.firstSeenAt !== firstSeenAt) {
        // Resolved and raised again on the server between two lists: end the old one here too.
        if (before.localKey !== undefined) store.resolve([before.localKey]);
        before = undefined;
      }
      let localKey = before?.localKey;
      const reports = Math.min(count - (before?.count ?? 0), MAX_REPORTS_PER_LIST);
      for (let report = 0; report < reports; report += 1) {
        const change = store.ingest(error);
        localKey = (change.raised[0] ?? change.repeated[0])?.key ?? localKey;
      }
      next.set(key, { count: Math.max(count, before?.count ?? 0), firstSeenAt, localKey });
    }
    for (const [key, { localKey }] of mirrored) {
      if (!next.has(key) && localKey !== undefined) ended.push(localKey);
    }
    if (ended.length > 0) store.resolve(ended);
    mirrored = next;
  };
}
