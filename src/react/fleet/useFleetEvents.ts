'use client';
/**
 * The fleet summary's events (SPEC F-8, issue 20): `shown` for each issue the summary shows
 * (those open at mount too), `repeated` when an issue's count goes up, `resolved` when it leaves
 * the store. Each carries the issue's type, code, resolution and group action, never the vehicle.
 */
import { useEffect, useRef } from 'react';
import type { VehicleIssue } from '../../core/issues/types';
import { useKitEvents } from '../internal/useKitEvents';

/** Emits the events of `issues` (a store snapshot's) as they change. */
export function useFleetEvents(issues: readonly VehicleIssue[]): void {
  const emit = useKitEvents();
  // What was emitted for, by issue key; survives re-renders, not a remount.
  const seen = useRef(new Map<string, VehicleIssue>());

  useEffect(() => {
    const previous = seen.current;
    const next = new Map<string, VehicleIssue>();
    for (const issue of issues) {
      next.set(issue.key, issue);
      const before = previous.get(issue.key);
      const extras = { action: issue.action ?? undefined, count: issue.count };
      if (before === undefined) emit('shown', 'fleet-summary', issue.error, extras);
      else if (issue.count > before.count) emit('repeated', 'fleet-summary', issue.error, extras);
    }
    for (const [key, issue] of previous) {
      if (!next.has(key)) emit('resolved', 'fleet-summary', issue.error, { count: issue.count });
    }
    seen.current = next;
  }, [issues, emit]);
}
