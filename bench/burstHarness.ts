/**
 * The measuring side of a burst page, shared by every page (kit, peers, baseline) so all are
 * measured the same way. The screen is the toast region (Radix's `region` element around the
 * viewport, or what a page names with `region()`): a MutationObserver notes every change to it,
 * and "settled" is the second animation frame after the last commit that changed it. Announcers
 * live outside the region (the kit's in its own container, Radix's portalled to `<body>`), so
 * their delayed text is not "screen". The region must exist before the burst (it is observed
 * from the first `show`), and hold the toasts and nothing else that changes during a burst.
 */
import type { BurstInput, BurstPageApi, BurstResult } from './benchTypes';
import type { CommitLog } from './commitLog';
import { observeLongTasks } from './longTasks';

/** The page counts as quiet after this long without a commit or a change to the region, ms. */
export const QUIET_MS = 1200;
/** How often the page checks whether it is quiet, ms. */
const QUIET_POLL_MS = 50;
/** Give up waiting for quiet after this long, ms. */
const MAX_WAIT_MS = 120_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after two animation frames. */
export const twoFrames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/** A region change and the second frame after it (null until that frame ran). */
interface RegionChange {
  readonly at: number;
  /** Commits recorded when the change was seen. */
  readonly commits: number;
  frame2At: number | null;
}

/** Watches the toast region; every change schedules a stamp two frames later. */
function watchRegion(region: Element | null, log: CommitLog) {
  const changes: RegionChange[] = [];
  const observer = new MutationObserver(() => {
    const change: RegionChange = {
      at: performance.now(),
      commits: log.records.length,
      frame2At: null,
    };
    changes.push(change);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        change.frame2At = performance.now();
      }),
    );
  });
  if (region !== null) {
    observer.observe(region, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }
  return { changes, stop: () => observer.disconnect() };
}

/** Waits until nothing committed or changed for `QUIET_MS` and the last change's frame ran. */
async function waitForQuiet(log: CommitLog, changes: readonly RegionChange[], since: number) {
  for (;;) {
    await sleep(QUIET_POLL_MS);
    const now = performance.now();
    if (now - since > MAX_WAIT_MS) return;
    const lastCommit = log.records.at(-1)?.endedAt ?? since;
    const lastChange = changes.at(-1);
    if (lastChange !== undefined && lastChange.frame2At === null) continue;
    const lastEvent = Math.max(lastCommit, lastChange?.frame2At ?? since);
    if (now - lastEvent >= QUIET_MS) return;
  }
}

/** What a page plugs into the harness. */
export interface BurstPageParts {
  readonly kind: BurstPageApi['kind'];
  readonly log: CommitLog;
  /** Resolves once the app is mounted. */
  readonly mounted: Promise<void>;
  /** Shows one error (synchronously). */
  readonly show: (input: BurstInput) => void;
  /** The element whose children are the toasts (Radix's viewport `<ol>`). */
  readonly viewport: () => Element | null;
  /**
   * The element observed as the screen. Default: the viewport's parent (Radix's region). For a
   * library whose list only exists while it has toasts, the element it renders into.
   */
  readonly region?: () => Element | null;
  /** The toast nodes at the end. Default: the viewport's `<li>` children. */
  readonly toasts?: () => readonly Element[];
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
      const region = parts.region ? parts.region() : (parts.viewport()?.parentElement ?? null);
      log.reset();
      const watch = watchRegion(region, log);
      const longTasks = observeLongTasks();
      const t0 = performance.now();
      for (const input of inputs) show(input);
      const showMs = performance.now() - t0;
      await waitForQuiet(log, watch.changes, t0);
      watch.stop();
      const tasks = longTasks.stop();
      const first = watch.changes[0];
      const last = watch.changes.at(-1);
      const items = parts.toasts
        ? [...parts.toasts()]
        : [...(parts.viewport()?.children ?? [])].filter((node) => node.tagName === 'LI');
      const errors = inputs.length;
      inputs = [];
      return {
        errors,
        showMs,
        firstPaintMs: first?.frame2At == null ? null : first.frame2At - t0,
        settledMs: last?.frame2At == null ? null : last.frame2At - t0,
        commitsToSettle: last?.commits ?? 0,
        commitsTotal: log.records.length,
        toastNodes: items.length,
        moreNodes: items.filter((node) => node.getAttribute('data-sek-part') === 'more').length,
        topCount: Math.max(
          0,
          ...items.map((node) => Number(node.getAttribute('data-sek-count')) || 0),
        ),
        held: parts.held(),
        domElements: document.getElementsByTagName('*').length,
        longTaskMs: tasks.totalMs,
        longestTaskMs: tasks.longestMs,
        commits: [...log.records],
        regionChanges: watch.changes.map((change) => change.at),
        t0,
      };
    },
  };
}
