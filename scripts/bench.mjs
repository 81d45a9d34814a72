/**
 * `npm run bench`: the numbers behind issue 7 ("small and calm under an error storm"). Prints
 * tables; asserts nothing about time (the machine is shared and noisy) and exits 0 unless
 * something crashed.
 *
 *   1. Parse, and parse + display, of every documented payload as a ratio to JSON.parse.
 *   2. In headless Chromium (production React build served from 127.0.0.1): N = 1, 10, 100, 1000
 *      errors shown in one synchronous burst, distinct and all of one kind, for the kit, its
 *      peers (sonner, react-hot-toast, react-aria-components' toasts, each as its docs show it,
 *      with the same content) and a baseline (plain Radix Toast fed from a naive state array),
 *      over interleaved rounds with a fresh page per measurement; medians, "kit / best peer",
 *      and the kit-vs-baseline detail. A page that throws prints "throws"; one not settled
 *      within the cap is abandoned and prints "> N s".
 *   3. A storm: 10,000 errors over 10 s across 50 vehicles and 5 kinds; then unmount and count
 *      what is left alive.
 *   Fleet: 10,000 webhook events for 1,000 vehicles ingested by `createVehicleIssues`, µs per
 *   event against JSON.parse of the same texts; in Chromium, `FleetIssueSummary` of 1, 100 and
 *   1,000 cars: ms to screen (mount, and an update), DOM elements.
 *   Fleet alone: `SEK_BENCH_SKIP=parse,bursts,storm,sizes npm run bench`.
 *   4. What fills each size-limit entry (modules by minified bytes), for the size budgets.
 *   With `--profile` (`npm run bench -- --profile`) or SEK_BENCH_PROFILE=1, also, after 1: where
 *   the synchronous time of one kit `show` goes (parse, display, queue, React), µs per show.
 *   Alone: `SEK_BENCH_SKIP=parse,bursts,storm,sizes npm run bench -- --profile`.
 *
 * Environment: SEK_BENCH_ROUNDS (most burst rounds, and profile pages per mode, default 5),
 * SEK_BENCH_MIN_ROUNDS (rounds every burst measurement gets unless one run takes over 15 s,
 * default 3), SEK_BENCH_BURST_BUDGET_S (beyond those, no burst measurement starts that would end
 * later than this, default 200), SEK_BENCH_CAP_S (a burst page not settled after this long is
 * abandoned and its cell prints "> N s", default 30), SEK_BENCH_IMPLS (the burst implementations,
 * comma-separated, of "kit", "sonner", "react-hot-toast", "react-aria", "baseline"; default all),
 * SEK_BENCH_SIZES (default "1,10,100,1000"), SEK_BENCH_STORM_CYCLES (mount-storm-unmount cycles in
 * one page, default 2), SEK_BENCH_SKIP ("parse", "fleet", "bursts", "storm", "sizes",
 * comma-separated), SEK_BENCH_PROFILE=1 (same as `--profile`), SEK_BENCH_VERBOSE=1 (every
 * measurement as it happens).
 */
import { describeLoad } from './bench/load.mjs';
import { printBursts } from './bench/printBursts.mjs';
import { printStorm } from './bench/printStorm.mjs';
import { PAGES, buildPages } from './bench/buildPages.mjs';
import { launchChromium } from './bench/browser.mjs';
import { benchBursts } from './bench/bursts.mjs';
import { benchParseDisplay, printParseDisplay } from './bench/parseDisplay.mjs';
import { benchFleetIngest, printFleetIngest } from './bench/fleetIngest.mjs';
import { benchFleetRender, printFleetRender } from './bench/fleetRender.mjs';
import { benchProfile, printProfile } from './bench/profile.mjs';
import { serveStatic } from './bench/staticServer.mjs';
import { benchStorm } from './bench/storm.mjs';
import { printBundleInputs } from './bench/bundleInputs.mjs';

const DEFAULT_ROUNDS = 5;
const DEFAULT_MIN_ROUNDS = 3;
const DEFAULT_BURST_BUDGET_S = 200;
const DEFAULT_SIZES = [1, 10, 100, 1000];
const DEFAULT_CAP_S = 30;
/** The burst implementations (`BurstImpl` in bench/benchTypes.ts), in their printed order. */
const IMPLS = ['kit', 'sonner', 'react-hot-toast', 'react-aria', 'baseline'];
const STORM = { total: 10_000, durationMs: 10_000, vehicles: 50 };
const MS_PER_SECOND = 1000;

const rounds = Number.parseInt(process.env.SEK_BENCH_ROUNDS ?? '', 10) || DEFAULT_ROUNDS;
const minRounds = Math.min(
  rounds,
  Number.parseInt(process.env.SEK_BENCH_MIN_ROUNDS ?? '', 10) || DEFAULT_MIN_ROUNDS,
);
const burstBudgetS =
  Number.parseInt(process.env.SEK_BENCH_BURST_BUDGET_S ?? '', 10) || DEFAULT_BURST_BUDGET_S;
const sizes = process.env.SEK_BENCH_SIZES
  ? process.env.SEK_BENCH_SIZES.split(',')
      .map(Number)
      .filter((n) => n > 0)
  : DEFAULT_SIZES;
const capS = Number.parseFloat(process.env.SEK_BENCH_CAP_S ?? '') || DEFAULT_CAP_S;
const requested = process.env.SEK_BENCH_IMPLS
  ? process.env.SEK_BENCH_IMPLS.split(',').map((name) => name.trim())
  : IMPLS;
const unknown = requested.filter((name) => !IMPLS.includes(name));
const impls = IMPLS.filter((name) => requested.includes(name));
if (unknown.length > 0 || impls.length === 0) {
  throw new Error(`SEK_BENCH_IMPLS: unknown ${unknown.join(', ')}; known: ${IMPLS.join(', ')}`);
}
const skip = new Set((process.env.SEK_BENCH_SKIP ?? '').split(',').filter(Boolean));
const profile = process.argv.includes('--profile') || process.env.SEK_BENCH_PROFILE === '1';
const verbose = process.env.SEK_BENCH_VERBOSE === '1';

// The kit's development warnings read NODE_ENV; measure what production runs.
process.env.NODE_ENV = 'production';

/** `SEK_BENCH_VERBOSE=1`: one line per burst measurement. */
function printSample(c, impl, outcome, round) {
  const at = `  round ${round + 1} ${c.mode} ${c.count} ${impl}`;
  if (outcome.status === 'capped') return console.log(`${at}: not settled within ${capS} s`);
  if (outcome.status === 'threw') return console.log(`${at}: threw ${outcome.error}`);
  const sample = outcome.sample;
  console.log(
    `${at}: settled ${sample.settledMs?.toFixed(0)} ms, ` +
      `commits ${sample.commitsToSettle}/${sample.commitsTotal}, nodes ${sample.toastNodes}, ` +
      `heap ${(sample.heapRetained / 1024).toFixed(0)} KiB`,
  );
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / MS_PER_SECOND).toFixed(0)} s`;
console.log('smartcar-error-kit benchmark (issue 7). Figures only; nothing here is asserted.');
console.log(describeLoad('Start'));

if (!skip.has('parse')) {
  const rows = await benchParseDisplay();
  printParseDisplay(rows);
  console.log(`(${elapsed()})`);
}

if (!skip.has('fleet')) {
  printFleetIngest(await benchFleetIngest());
  console.log(`(${elapsed()})`);
}

const browserParts = [
  ...(skip.has('bursts') ? [] : impls),
  ...(skip.has('storm') ? [] : ['storm']),
  ...(profile ? ['profile'] : []),
  ...(skip.has('fleet') ? [] : ['fleet']),
];
if (browserParts.length > 0) {
  const dir = await buildPages(browserParts);
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    if (profile) {
      printProfile(await benchProfile({ browser, origin: server.origin, rounds }));
      console.log(`(${elapsed()})`);
    }
    if (!skip.has('bursts')) {
      const results = await benchBursts({
        browser,
        origin: server.origin,
        impls,
        urls: PAGES,
        sizes,
        rounds,
        minRounds,
        budgetMs: burstBudgetS * MS_PER_SECOND,
        capMs: capS * MS_PER_SECOND,
        onSample: verbose ? printSample : undefined,
      });
      printBursts(results, { impls, capS });
      console.log(`(${elapsed()})`);
    }
    if (!skip.has('storm')) {
      const storm = await benchStorm({ browser, origin: server.origin, ...STORM });
      printStorm(storm, STORM);
      console.log(`(${elapsed()})`);
    }
    if (!skip.has('fleet')) {
      const fleet = { browser, origin: server.origin, url: PAGES.fleet, rounds };
      printFleetRender(await benchFleetRender(fleet));
      console.log(`(${elapsed()})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (!skip.has('sizes')) await printBundleInputs();

console.log('');
console.log(describeLoad('End'));
console.log(`Total ${elapsed()}.`);
