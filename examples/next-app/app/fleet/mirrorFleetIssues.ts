import type { VehicleIssuesStore } from 'smartcar-error-kit/core';
import type { FleetIssueData } from './fleetIssueData';

/** What the browser last mirrored of one server issue. */
interface Mirrored {
  /** The server's count then. */
  readonly count: number;
  /** The key the browser-side store gave it. */
  readonly localKey: string | undefined;
}

/**
 * Keeps a browser-side store in step with the server's list of open issues: an issue the browser
 * has not seen is ingested (raised: a toast), one reported again since the last list is ingested
 * once more (a repeat: the toast counts up), one no longer listed is resolved (its toast closes).
 * Returns the function to call with each list; calling it twice with the same list changes
 * nothing (React may run an initialiser twice in development).
 */
export function mirrorFleetIssues(
  store: VehicleIssuesStore,
): (issues: readonly FleetIssueData[]) => void {
  let mirrored = new Map<string, Mirrored>();
  return (issues) => {
    const next = new Map<string, Mirrored>();
    for (const { key, count, error } of issues) {
      const before = mirrored.get(key);
      if (before !== undefined && count <= before.count) {
        next.set(key, before);
        continue;
      }
      const change = store.ingest(error);
      const local = change.raised[0] ?? change.repeated[0];
      next.set(key, { count, localKey: local?.key ?? before?.localKey });
    }
    const gone = [...mirrored]
      .filter(([key]) => !next.has(key))
      .flatMap(([, { localKey }]) => (localKey === undefined ? [] : [localKey]));
    if (gone.length > 0) store.resolve(gone);
    mirrored = next;
  };
}
