import type { ProfilerOnRenderCallback } from 'react';
import type { CommitRecord } from './benchTypes';

/** Every commit a `<Profiler onRender={log.onRender}>` sees, with the second frame after it. */
export interface CommitLog {
  readonly records: CommitRecord[];
  readonly onRender: ProfilerOnRenderCallback;
  /** Forget what was recorded (before a burst). */
  reset(): void;
}

/** A commit log; `trackFrames` also stamps the second animation frame after each commit. */
export function createCommitLog(trackFrames = true): CommitLog {
  const records: CommitRecord[] = [];
  const onRender: ProfilerOnRenderCallback = (_id, _phase, _actual, _base, startTime, commitTime) => {
    const record: CommitRecord = {
      startTime,
      commitTime,
      endedAt: performance.now(),
      frame2At: null,
    };
    records.push(record);
    if (trackFrames) {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          record.frame2At = performance.now();
        }),
      );
    }
  };
  return {
    records,
    onRender,
    reset: () => {
      records.length = 0;
    },
  };
}
