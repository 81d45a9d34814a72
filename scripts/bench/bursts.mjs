/**
 * The burst benchmark: N errors shown in one synchronous loop, in the kit's page and in the
 * plain-Radix baseline's, over interleaved rounds with a fresh page (and browser context) for
 * every measurement. Returns the medians per case and implementation.
 */
import { heapAfterGc, openPage, taskDurationMs } from './browser.mjs';
import { burstInputs, v2Bodies } from './inputs.mjs';
import { median } from './stats.mjs';

const READY = {
  global: () => window.sekBench !== undefined,
  ready: () => window.sekBench.ready,
};

/** Figures of one measurement that are summarised by their median. */
const FIGURES = [
  'settledMs',
  'firstPaintMs',
  'showMs',
  'mainThreadMs',
  'heapRetained',
  'commitsToSettle',
  'commitsTotal',
  'toastNodes',
  'moreNodes',
  'topCount',
  'held',
  'longTaskMs',
  'longestTaskMs',
  'domElements',
];

/** One burst in a fresh page. */
async function measureOnce(browser, url, inputs) {
  const { page, cdp, errors, close } = await openPage(browser, url, READY);
  try {
    await page.evaluate((list) => window.sekBench.prepare(list), inputs);
    const heapBefore = await heapAfterGc(cdp);
    const taskBefore = await taskDurationMs(cdp);
    const result = await page.evaluate(() => window.sekBench.burst());
    const taskAfter = await taskDurationMs(cdp);
    const heapAfter = await heapAfterGc(cdp);
    if (errors.length > 0) throw errors[0];
    return {
      ...result,
      mainThreadMs: taskBefore === null || taskAfter === null ? null : taskAfter - taskBefore,
      heapRetained: heapAfter - heapBefore,
    };
  } finally {
    await close();
  }
}

function summarise(samples) {
  return Object.fromEntries(
    FIGURES.map((name) => [name, median(samples.map((sample) => sample[name]))]),
  );
}

/** A measurement slower than this (ms) is repeated only while the budget allows. */
const SLOW_MEASUREMENT_MS = 15_000;

/**
 * Runs every case (`sizes` × distinct/same) for the kit and the baseline over up to `rounds`
 * interleaved rounds, alternating which goes first. Every measurement runs in at least
 * `minRounds` rounds, except a slow one (over 15 s: the plain-Radix burst of 1000 on a loaded
 * machine), which is repeated only while, judged by its last duration, it would end within
 * `budgetMs`; rounds beyond `minRounds` also run only within the budget. So the run stays
 * bounded and the cheap cases still get their rounds. `onSample(case, impl, sample, round)` sees
 * every measurement; each row reports how many samples its medians have.
 */
export async function benchBursts({
  browser,
  origin,
  sizes,
  rounds,
  minRounds,
  budgetMs,
  onSample = () => {},
}) {
  const started = Date.now();
  const bodies = v2Bodies();
  const cases = sizes.flatMap((count) =>
    ['distinct', 'same'].map((mode) => ({ mode, count, inputs: burstInputs(mode, count, bodies) })),
  );
  const urls = { kit: `${origin}/kit.html`, baseline: `${origin}/baseline.html` };
  // Warm-up: the first page of each kind pays for cold caches; not counted.
  for (const url of Object.values(urls)) await measureOnce(browser, url, cases[0].inputs);
  const samples = new Map(cases.map((c) => [c, { kit: [], baseline: [] }]));
  const lastDuration = new Map();
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, c] of cases.entries()) {
      const order = (round + index) % 2 === 0 ? ['kit', 'baseline'] : ['baseline', 'kit'];
      for (const impl of order) {
        const key = `${c.mode} ${c.count} ${impl}`;
        const expected = lastDuration.get(key) ?? 0;
        const withinBudget = Date.now() - started + expected <= budgetMs;
        const required = round < minRounds && expected <= SLOW_MEASUREMENT_MS;
        if (round > 0 && !required && !withinBudget) continue;
        const begin = Date.now();
        const sample = await measureOnce(browser, urls[impl], c.inputs);
        lastDuration.set(key, Date.now() - begin);
        samples.get(c)[impl].push(sample);
        onSample(c, impl, sample, round);
      }
    }
  }
  return cases.map((c) => ({
    mode: c.mode,
    count: c.count,
    samples: { kit: samples.get(c).kit.length, baseline: samples.get(c).baseline.length },
    kit: summarise(samples.get(c).kit),
    baseline: summarise(samples.get(c).baseline),
  }));
}
