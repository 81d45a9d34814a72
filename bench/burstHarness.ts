/**
 * The measuring side of a burst page, shared by the kit's page and the baseline's so both are
 * measured the same way: time from the first `show` to the second animation frame after the last
 * commit of the burst's rendering, commits, toast nodes left, long tasks.
 */
import type { BurstInput, BurstPageApi, BurstResult, CommitRecord } from './benchTypes';
import type { CommitLog } from './commitLog';
import { observeLongTasks } from './longTasks';

/**
 * A commit belongs to the burst's rendering when React began rendering it within this many ms of
 * the previous commit's end. Work that follows at once (effects, transitions, the next frame)
 * chains on; Radix's announcer clean-up, a timer 1000 ms after each toast mounts, does not.
 */
export const CHAIN_GAP_MS = 250;
/** The page counts as quiet after this long without a commit, ms (past Radix's 1 s clean-up). */
export const QUIET_MS = 1200;
/** How often the page checks whether it is quiet, ms. */
const QUIET_POLL_MS = 50;
/** Give up waiting for quiet after this long, ms. */
const MAX_WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after two animation frames. */
export const twoFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Waits until no commit happened for `QUIET_MS` and the last one's second frame has run. */
async function waitForQuiet(log: CommitLog, since: number): Promise<void> {
  for (;;) {
    await sleep(QUIET_POLL_MS);
    const now = performance.now();
    const last = log.records.at(-1);
    if (now - since > MAX_WAIT_MS) return;
    if (last === undefined) {
      if (now - since > QUIET_MS) return;
      continue;
    }
    if (last.frame2At !== null && now - last.endedAt >= QUIET_MS) return;
  }
}

/** The commits of the burst's rendering: the first one and those chained to it. */
export function settlingCommits(records: readonly CommitRecord[]): readonly CommitRecord[] {
  const chain: CommitRecord[] = [];
  for (const record of records) {
    const previous = chain.at(-1);
    if (previous !== undefined && record.startTime - previous.endedAt > CHAIN_GAP_MS) break;
    chain.push(record);
  }
  return chain;
}

/** What a page plugs into the harness. */
export interface BurstPageParts {
  readonly kind: BurstPageApi['kind'];
  readonly log: CommitLog;
  /** Resolves once the app is mounted. */
  readonly mounted: Promise<void>;
  /** Shows one error (synchronously). */
  readonly show: (input: BurstInput) => void;
  /** The viewport `<ol>` whose `<li>` children are the toasts. */
  readonly viewport: () => Element | null;
  /** Toasts the app holds now. */
  readonly held: () => number;
}

/** Builds `window.sekBench` for a page. */
export function createBurstPage(parts: BurstPageParts): BurstPageApi {
  let inputs: readonly BurstInput[] = [];
  const ready = parts.mounted.then(async () => {
    await sleep(300);
    await twoFrames();
  });
  return {
    kind: parts.kind,
    ready,
    prepare(next) {
      inputs = next;
    },
    async burst(): Promise<BurstResult> {
      const { log, show } = parts;
      log.reset();
      const longTasks = observeLongTasks();
      const t0 = performance.now();
      for (const input of inputs) show(input);
      const showMs = performance.now() - t0;
      await waitForQuiet(log, t0);
      const tasks = longTasks.stop();
      const records = [...log.records];
      const chain = settlingCommits(records);
      const first = chain[0];
      const last = chain.at(-1);
      const items = [...(parts.viewport()?.children ?? [])].filter((node) => node.tagName === 'LI');
      const errors = inputs.length;
      inputs = [];
      return {
        errors,
        showMs,
        firstPaintMs: first?.frame2At == null ? null : first.frame2At - t0,
        settledMs: last?.frame2At == null ? null : last.frame2At - t0,
        commitsToSettle: chain.length,
        commitsTotal: records.length,
        toastNodes: items.length,
        moreNodes: items.filter((node) => node.getAttribute('data-sek-part') === 'more').length,
        held: parts.held(),
        domElements: document.getElementsByTagName('*').length,
        longTaskMs: tasks.totalMs,
        longestTaskMs: tasks.longestMs,
        commits: records,
      };
    },
  };
}
