'use client';
/**
 * The fleet summary's events (SPEC F-8, issue 20): `shown` for each issue the summary shows
 * (those open at mount too), `repeated` when an issue's count goes up, `resolved` when it leaves
 * the store. Each carries the issue's type, code, resolution and group action, never the vehicle.
 */
import { useEffect, useRef } from 'react';
import { diffIssues } from '../../core/issues/diffIssues';
import type { VehicleIssue } from '../../core/issues/types';
import { useKitEvents } from '../internal/useKitEvents';

/** Emits the events of `issues` (a store snapshot's) as they change. */
export function useFleetEvents(issues: readonly VehicleIssue[]): void {
  const emit = useKitEvents();
  // The issues last emitted for, by key; survives re-renders, not a remount.
  const seen = useRef(new Map<string, VehicleIssue>());

  useEffect(() => {
    const { grown, ended } = diffIssues(seen.current, issues);
    for (const { issue, before } of grown) {
      const extras = { action: issue.action ?? undefined, count: issue.count };
      emit(before === 0 ? 'shown' : 'repeated', 'fleet-summary', issue.error, extras);
    }
    for (const issue of ended) {
      emit('resolved', 'fleet-summary', issue.error, { count: issue.count });
    }
  }, [issues, emit]);
}
