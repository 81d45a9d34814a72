import { describe, expect, it } from 'vitest';
import { diffIssues } from './diffIssues';
import type { VehicleIssue } from './types';

const issue = (key: string, count: number, firstSeenAt = 1): VehicleIssue =>
  ({ key, count, firstSeenAt }) as unknown as VehicleIssue;

describe('diffIssues', () => {
  it('reports new issues from 0, repeats from their last count, and ended ones once', () => {
    const seen = new Map<string, VehicleIssue>();
    const first = diffIssues(seen, [issue('a', 1), issue('b', 2)]);
    expect(first.grown.map((g) => [g.issue.key, g.before])).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    expect(first.ended).toEqual([]);

    const second = diffIssues(seen, [issue('a', 3)]);
    expect(second.grown.map((g) => [g.issue.key, g.before])).toEqual([['a', 1]]);
    expect(second.ended.map((i) => i.key)).toEqual(['b']);
    expect([...seen.keys()]).toEqual(['a']);

    const again = diffIssues(seen, [issue('a', 3)]);
    expect(again).toEqual({ grown: [], ended: [] });
  });

  it('starts the count over for an issue resolved and raised again between two looks', () => {
    const seen = new Map<string, VehicleIssue>();
    diffIssues(seen, [issue('a', 2, 1)]);
    const { grown } = diffIssues(seen, [issue('a', 1, 5)]);
    expect(grown.map((g) => [g.issue.count, g.before])).toEqual([[1, 0]]);
  });
});
