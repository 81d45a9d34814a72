import type { ProfilerOnRenderCallback } from 'react';
import type { CommitRecord } from './benchTypes';

/** Every commit a `<Profiler onRender={log.onRender}>` sees. */
export interface CommitLog {
  readonly records: CommitRecord[];
  readonly onRender: ProfilerOnRenderCallback;
  /** Forget what was recorded (before a burst). */
  reset(): void;
}

/** An empty commit log. */
export function createCommitLog(): CommitLog {
  const records: CommitRecord[] = [];
  const onRender: ProfilerOnRenderCallback = (
    _id,
    _phase,
    _actual,
    _base,
    startTime,
    commitTime,
  ) => {
    records.push({ startTime, commitTime, endedAt: performance.now() });
  };
  return {
    records,
    onRender,
    reset: () => {
      records.length = 0;
    },
  };
}
