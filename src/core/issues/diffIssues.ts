import type { VehicleIssue } from './types';

/** An issue a view had not shown yet, or one that received more `ERROR`s since it last looked. */
export interface IssueGrowth {
  readonly issue: VehicleIssue;
  /** The issue's count when the view last saw it: 0 when new, or raised again after resolving. */
  readonly before: number;
}

/** What changed for a view between two snapshots of a vehicle-issues store. */
export interface IssueDiff {
  readonly grown: readonly IssueGrowth[];
  /** Issues the view had seen that are no longer open (resolved, or forgotten past the bound). */
  readonly ended: readonly VehicleIssue[];
}

/**
 * What a view of a vehicle-issues store (a toaster following it, the fleet summary's events) must
 * react to, against `seen`, the issues it saw last by key, which is brought up to date. An issue
 * whose `firstSeenAt` changed was resolved and raised again in between: its count starts over.
 */
export function diffIssues(
  seen: Map<string, VehicleIssue>,
  issues: readonly VehicleIssue[],
): IssueDiff {
  const grown: IssueGrowth[] = [];
  const open = new Set<string>();
  for (const issue of issues) {
    open.add(issue.key);
    const last = seen.get(issue.key);
    const before = last?.firstSeenAt === issue.firstSeenAt ? last.count : 0;
    if (issue.count > before) grown.push({ issue, before });
    seen.set(issue.key, issue);
  }
  const ended: VehicleIssue[] = [];
  for (const [key, issue] of seen) {
    if (open.has(key)) continue;
    seen.delete(key);
    ended.push(issue);
  }
  return { grown, ended };
}
