/**
 * One burst measurement in a fresh page, bounded: a page that has not settled within `capMs` is
 * abandoned (its context closed) and reported as capped, and a page that throws (a page error or
 * a failed load) is reported as such, so one collapsing library does not stop the run.
 */
import { heapAfterGc, openPage, taskDurationMs } from './browser.mjs';

const READY = {
  global: () => window.sekBench !== undefined,
  ready: () => window.sekBench.ready,
};

/** The page's own quiet wait after the last change (bench/burstHarness.ts `QUIET_MS`), ms. */
const QUIET_MS = 1200;
/** Slack for the frames and bookkeeping after quiet before a page counts as past the cap, ms. */
const CAP_SLACK_MS = 2000;
/** How long closing an abandoned page may take before it is left behind, ms. */
const CLOSE_WAIT_MS = 10_000;

const timeout = (ms, value) =>
  new Promise((resolve) => {
    setTimeout(() => resolve(value), ms).unref();
  });

/** `promise`, or `TIMED_OUT` once `ms` have passed (a later rejection is swallowed). */
const TIMED_OUT = Symbol('timed out');
function within(promise, ms) {
  promise.catch(() => {});
  return Promise.race([promise, timeout(ms, TIMED_OUT)]);
}

/**
 * Measures one burst of `inputs` at `url`. Resolves to `{ status: 'ok', sample }`,
 * `{ status: 'capped' }` (not settled within `capMs`; the page is abandoned) or
 * `{ status: 'threw', error }`. Never rejects.
 */
export async function measureBurst(browser, url, inputs, capMs) {
  let opened = null;
  try {
    // Loading is not measured and not capped: Playwright's own timeouts (30 s) bound it.
    opened = await openPage(browser, url, READY);
    const { page, cdp, errors } = opened;
    await page.evaluate((list) => window.sekBench.prepare(list), inputs);
    const heapBefore = await heapAfterGc(cdp);
    const taskBefore = await taskDurationMs(cdp);
    const result = await within(
      page.evaluate(() => window.sekBench.burst()),
      capMs + QUIET_MS + CAP_SLACK_MS,
    );
    if (errors.length > 0)
      return { status: 'threw', error: String(errors[0].message ?? errors[0]) };
    if (result === TIMED_OUT || (result.settledMs ?? 0) > capMs) return { status: 'capped' };
    const taskAfter = await taskDurationMs(cdp);
    const heapAfter = await heapAfterGc(cdp);
    const mainThreadMs = taskBefore === null || taskAfter === null ? null : taskAfter - taskBefore;
    return {
      status: 'ok',
      sample: { ...result, mainThreadMs, heapRetained: heapAfter - heapBefore },
    };
  } catch (error) {
    return { status: 'threw', error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    if (opened !== null) await within(opened.close(), CLOSE_WAIT_MS);
  }
}
