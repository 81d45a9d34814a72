'use client';
/**
 * Internal: the snapshot of a vehicle-issues store, read with `useSyncExternalStore` (its
 * `getServerSnapshot` on the server and during hydration, so a store filled before a server
 * render shows its issues). The `issues` prop is checked here, once: anything that is not a store
 * reads as an empty one (SPEC F-7).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { warnOnce } from '../../core/internal/dev';
import type { VehicleIssuesSnapshot, VehicleIssuesStore } from '../../core/issues/types';

/** Replaced by the app's bundler; declared here, not via @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

const NOTHING_WRONG: VehicleIssuesSnapshot = { issues: [], groups: [] };
const NO_STORE: VehicleIssuesStore = {
  ingest: () => ({ raised: [], repeated: [], resolved: [] }),
  resolve: () => undefined,
  clear: () => undefined,
  getSnapshot: () => NOTHING_WRONG,
  getServerSnapshot: () => NOTHING_WRONG,
  subscribe: () => () => undefined,
};

/** The `issues` prop if it can be read as a store (checked once, here), else an empty one. */
function storeOrEmpty(issues: unknown): VehicleIssuesStore {
  const store = issues as Partial<VehicleIssuesStore> | null | undefined;
  if (
    typeof store?.subscribe === 'function' &&
    typeof store.getSnapshot === 'function' &&
    typeof store.getServerSnapshot === 'function'
  ) {
    return store as VehicleIssuesStore;
  }
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      'fleet:issues',
      'FleetIssueSummary: the issues prop is not a store from createVehicleIssues(), so nothing is shown.',
    );
  }
  return NO_STORE;
}

/** What `issues` holds right now; re-renders the caller when it changes. */
export function useVehicleIssues(issues: unknown): VehicleIssuesSnapshot {
  const store = storeOrEmpty(issues);
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  return useSyncExternalStore(
    subscribe,
    () => store.getSnapshot(),
    () => store.getServerSnapshot(),
  );
}
