/**
 * Benchmark page: an error storm — thousands of errors across vehicles and kinds shown over a
 * few seconds — then the app unmounts and the page counts what is left alive: the provider's own
 * queue (its debug counters), and every timeout, interval, animation frame and listener scheduled
 * since the app mounted (`resourceTracker`, imported first so it wraps the browser's functions
 * before anything else loads).
 */
import { aliveSince, mark, untracked } from './resourceTracker';
import { Profiler, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ErrorToaster, SmartcarErrorProvider, useErrorToasts } from 'smartcar-error-kit';
import type { ToastQueue, UseErrorToastsResult } from 'smartcar-error-kit';
import '../src/theme/styles.css';
// Internal: the provider's own store, so its queue's counters can be read after unmount. Bench
// only.
import { useToastStore } from '../src/react/toaster/useErrorToasts';
import type { LeftoverResult, StormResult } from './benchTypes';
import { createCommitLog } from './commitLog';
import { observeLongTasks } from './longTasks';

/** How often the driver wakes up to show the errors that are due, ms. */
const TICK_MS = 10;

const log = createCommitLog();
let api: UseErrorToastsResult | null = null;
let queue: ToastQueue | null = null;
let markMounted: () => void = () => {};
const sleep = (ms: number) => new Promise<void>((resolve) => untracked.setTimeout(resolve, ms));

/** Hands the hook and the provider's queue to the driver. */
function Probe() {
  const toasts = useErrorToasts();
  const ownQueue = useToastStore().queue;
  useEffect(() => {
    api = toasts;
    queue = ownQueue;
  });
  useEffect(() => markMounted(), []);
  return null;
}

const container = document.getElementById('root')!;
let root: Root | null = null;
let mountMark = 0;

/**
 * Mounts the app in a new root. Called by the driver (not at load), so what Playwright adds to
 * the page for its own evaluations comes before the mark; so do the listeners React puts on the
 * container in `createRoot` (once per container, and React never removes them).
 */
function mount() {
  const mounted = new Promise<void>((resolve) => {
    markMounted = resolve;
  });
  root = createRoot(container);
  mountMark = mark();
  root.render(
    <Profiler id="storm" onRender={log.onRender}>
      <SmartcarErrorProvider appName="Fleet Bench">
        <Probe />
        <ErrorToaster />
      </SmartcarErrorProvider>
    </Profiler>,
  );
  return mounted.then(() => sleep(300));
}

const toastNodes = () => document.querySelector('[data-sek-toaster]')?.childElementCount ?? 0;

window.sekStorm = {
  ready: Promise.resolve(),
  mount,
  async storm({ kinds, vehicles, total, durationMs }): Promise<StormResult> {
    log.reset();
    const longTasks = observeLongTasks();
    let maxToastNodes = 0;
    let maxDomElements = 0;
    const sample = () => {
      maxToastNodes = Math.max(maxToastNodes, toastNodes());
      maxDomElements = Math.max(maxDomElements, document.getElementsByTagName('*').length);
    };
    const observer = new MutationObserver(sample);
    observer.observe(document.body, { childList: true, subtree: true });
    const keys = new Set<string>();
    let sent = 0;
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      const tick = () => {
        const elapsed = performance.now() - t0;
        const due = Math.min(total, Math.ceil((elapsed / durationMs) * total));
        for (; sent < due; sent += 1) {
          const kind = sent % kinds.length;
          const vehicle = Math.floor(sent / kinds.length) % vehicles;
          keys.add(`${kind}@${vehicle}`);
          api?.show(kinds[kind], { vehicleName: `Vehicle ${vehicle + 1}` });
        }
        sample();
        if (sent >= total) resolve();
        else untracked.setTimeout(tick, TICK_MS);
      };
      tick();
    });
    const storming = performance.now() - t0;
    await sleep(500);
    sample();
    observer.disconnect();
    const tasks = longTasks.stop();
    const snapshot = queue?.getSnapshot();
    return {
      errorsShown: sent,
      durationMs: storming,
      distinctKeys: keys.size,
      maxToastNodes,
      maxDomElements,
      commits: log.records.length,
      longTaskMs: tasks.totalMs,
      longestTaskMs: tasks.longestMs,
      heldAtEnd: snapshot === undefined ? 0 : snapshot.visible.length + snapshot.queuedCount,
      visibleAtEnd: snapshot?.visible.length ?? 0,
      queuedAtEnd: snapshot?.queuedCount ?? 0,
    };
  },
  async unmount(waitMs): Promise<LeftoverResult> {
    root?.unmount();
    root = null;
    await sleep(waitMs);
    const alive = aliveSince(mountMark);
    const inContainer = container.getElementsByTagName('*').length;
    const page = new Set<Element | null>([container, document.querySelector('main')]);
    const stray = [...document.body.children].filter(
      (node) => !page.has(node) && node.tagName !== 'SCRIPT',
    );
    const counts = queue === null ? null : { ...queue.debugCounts() };
    // Drop the page's own references, so the heap measured next holds only what the kit kept.
    api = null;
    queue = null;
    log.reset();
    return {
      queue: counts,
      ...alive,
      containerElements: inContainer,
      strayElements: stray.reduce(
        (sum, node) => sum + 1 + node.getElementsByTagName('*').length,
        0,
      ),
    };
  },
};
