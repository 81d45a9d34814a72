'use client';
import { useEffect, useMemo } from 'react';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { diffIssues } from '../../core/issues/diffIssues';
import type { VehicleIssue, VehicleIssuesStore } from '../../core/issues/types';
import type { ToastStore } from './createErrorToasts';
import { useLatest } from '../internal/useLatest';

/** The issues a toaster has turned into toasts, by key; kept across a StrictMode re-subscribe. */
export type FollowedIssues = Map<string, VehicleIssue>;

/**
 * Internal: keeps `toasts` in step with a vehicle-issues store by diffing its snapshots: a new
 * issue shows its latest error as a toast, a repeat shows it again (the toast counts up by the
 * issue's new count), an issue gone from the snapshot (resolved) ends its toast and, when one was
 * open, calls `onResolved` with how it was worded. `followed` holds what was already turned into
 * toasts, so following again (a remount, StrictMode's effect replay) repeats nothing. Returns the
 * unsubscribe. Framework-free.
 */
export function followIssues(
  toasts: ToastStore,
  issues: VehicleIssuesStore,
  followed: FollowedIssues,
  onResolved: (display: ErrorDisplay) => void,
): () => void {
  const sync = (): void => {
    const { grown, ended } = diffIssues(followed, issues.getSnapshot().issues);
    for (const { issue, before } of grown) {
      // One toast count per `ERROR` received since the last snapshot, worded once.
      const failure = toasts.word(issue.error);
      for (let n = before; n < issue.count; n += 1) toasts.show(failure);
    }
    for (const issue of ended) {
      const failure = toasts.word(issue.error);
      if (toasts.end(failure)) onResolved(failure);
    }
  };
  sync();
  return issues.subscribe(sync);
}

/**
 * Internal: the toaster follows `issues` (its `issues` prop) while mounted; `onResolved` (the
 * latest one) is called for each issue whose open toast a resolution ended.
 */
export function useFollowIssues(
  toasts: ToastStore,
  issues: VehicleIssuesStore | undefined,
  onResolved: (display: ErrorDisplay) => void,
): void {
  const latest = useLatest(onResolved);
  // What was turned into toasts outlives an effect replay, not a change of store.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new map for each pair of stores
  const followed = useMemo((): FollowedIssues => new Map(), [toasts, issues]);
  useEffect(() => {
    if (issues === undefined) return undefined;
    return followIssues(toasts, issues, followed, (display) => latest.current(display));
  }, [toasts, issues, followed, latest]);
}
