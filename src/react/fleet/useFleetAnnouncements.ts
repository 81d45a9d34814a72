'use client';
/**
 * What the fleet summary says through the kit's announcer (SPEC F-5): politely, the sentence of
 * each group that appeared or grew since the last snapshot ("2 cars need reconnecting"), and the
 * all-clear when the last issue resolved. Nothing on mount or hydration (the summary is part of
 * the page), nothing for a group that shrank, nothing on a re-render without a change.
 */
import { useEffect, useRef } from 'react';
import type { FleetGroupKey } from '../../core/messages/LocalePack';
import type { Announcer } from '../internal/useAnnouncer';

/** What the summary shows of one group, for the comparison. */
export interface AnnouncedGroup {
  readonly key: FleetGroupKey;
  readonly count: number;
  readonly sentence: string;
}

/** Wires the summary's announcements to `announcer`. */
export function useFleetAnnouncements(options: {
  readonly groups: readonly AnnouncedGroup[];
  readonly emptyText: string;
  readonly announcer: Announcer;
  readonly enabled: boolean;
}): void {
  const { groups, emptyText, announcer, enabled } = options;
  const { announce } = announcer;
  // The counts last seen; null before the first commit, so mounting says nothing.
  const seen = useRef<ReadonlyMap<FleetGroupKey, number> | null>(null);

  useEffect(() => {
    const previous = seen.current;
    seen.current = new Map(groups.map((group) => [group.key, group.count]));
    if (previous === null || !enabled) return;
    for (const group of groups) {
      if (group.count > (previous.get(group.key) ?? 0)) announce(group.sentence, 'polite');
    }
    if (groups.length === 0 && previous.size > 0) announce(emptyText, 'polite');
  }, [groups, emptyText, enabled, announce]);
}
