/**
 * The burst benchmark: N errors shown in one synchronous loop, in the page of every
 * implementation (the kit, its peers, the plain-Radix baseline), over interleaved rounds with a
 * fresh page (and browser context) for every measurement. Returns, per case and implementation,
 * the medians and how many measurements were capped or threw.
 */
import { burstInputs, v2Bodies } from './inputs.mjs';
import { measureBurst } from './measureBurst.mjs';
import { median } from './stats.mjs';

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

/**
 * Medians of one implementation's measurements. A capped one counts as infinitely slow to
 * settle (so the median says "past the cap" once half are) and has no other figure.
 */
function summarise(outcomes) {
  const samples = outcomes.filter((o) => o.status === 'ok').map((o) => o.sample);
  const capped = outcomes.filter((o) => o.status === 'capped').length;
  const errors = outcomes.filter((o) => o.status === 'threw').map((o) => o.error);
  const figures = Object.fromEntries(
    FIGURES.map((name) => [name, median(samples.map((sample) => sample[name]))]),
  );
  figures.settledMs = median([
    ...samples.map((sample) => sample.settledMs),
    ...Array.from({ length: capped }, () => Infinity),
  ]);
  return { runs: outcomes.length, ok: samples.length, capped, errors, figures };
}

/** A measurement slower than this (ms) is repeated only while the budget allows. */
const SLOW_MEASUREMENT_MS = 15_000;

/**
 * Runs every case (`sizes` × distinct/same) for each of `impls` (names of `urls`) over up to
 * `rounds` interleaved rounds, rotating which goes first. Every measurement runs in at least
 * `minRounds` rounds, except a slow one (over 15 s — a peer or the baseline collapsing on 1000,
 * or one that hit the `capMs` cap), which is repeated only while, judged by its last duration,
 * it would end within `budgetMs`; rounds beyond `minRounds` also run only within the budget.
 * This holds for each implementation and case on its own, so the run stays bounded and the cheap
 * cases still get their rounds. `onSample(case, impl, outcome, round)` sees every measurement.
 */
export async function benchBursts({
  browser,
  origin,
  impls,
  urls,
  sizes,
  rounds,
  minRounds,
  budgetMs,
  capMs,
  onSample = () => {},
}) {
  const started = Date.now();
  const bodies = v2Bodies();
  const cases = sizes.flatMap((count) =>
    ['distinct', 'same'].map((mode) => ({ mode, count, inputs: burstInputs(mode, count, bodies) })),
  );
  const page = (impl) => `${origin}/${urls[impl]}`;
  // Warm-up: the first page of each kind pays for cold caches; not counted (nor its failure).
  for (const impl of impls) await measureBurst(browser, page(impl), cases[0].inputs, capMs);
  const outcomes = new Map(cases.map((c) => [c, Object.fromEntries(impls.map((i) => [i, []]))]));
  const lastDuration = new Map();
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, c] of cases.entries()) {
      const shift = (round + index) % impls.length;
      const order = [...impls.slice(shift), ...impls.slice(0, shift)];
      for (const impl of order) {
        const key = `${c.mode} ${c.count} ${impl}`;
        const expected = lastDuration.get(key) ?? 0;
        const withinBudget = Date.now() - started + expected <= budgetMs;
        const required = round < minRounds && expected <= SLOW_MEASUREMENT_MS;
        if (round > 0 && !required && !withinBudget) continue;
        const begin = Date.now();
        const outcome = await measureBurst(browser, page(impl), c.inputs, capMs);
        lastDuration.set(key, Date.now() - begin);
        outcomes.get(c)[impl].push(outcome);
        onSample(c, impl, outcome, round);
      }
    }
  }
  return cases.map((c) => ({
    mode: c.mode,
    count: c.count,
    impls: Object.fromEntries(impls.map((impl) => [impl, summarise(outcomes.get(c)[impl])])),
  }));
}
