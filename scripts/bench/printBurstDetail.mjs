/**
 * Prints the kit-vs-baseline detail of the burst benchmark (time to screen, first paint, main
 * thread, heap, what is left, commits) and the targets for bursts.
 */
import { fixed, printTable, ratio, settled, size } from './table.mjs';

/** The toaster's default `maxVisible`. */
const MAX_VISIBLE = 3;
const MIB = 1024 * 1024;
const SCREEN_RATIO_TARGET = 0.05;
const SAME_KIND_COMMITS_TARGET = 3;

const label = (row) => `${row.count} ${row.mode}`;
const nodes = (figures) =>
  figures.moreNodes > 0
    ? `${fixed(figures.toastNodes - figures.moreNodes)}+${fixed(figures.moreNodes)} more`
    : fixed(figures.toastNodes);

/** `benchBursts` rows → the kit's and the baseline's medians side by side. */
const pair = (row) => ({
  mode: row.mode,
  count: row.count,
  samples: { kit: row.impls.kit.ok, baseline: row.impls.baseline.ok },
  kit: row.impls.kit.figures,
  baseline: row.impls.baseline.figures,
});

/** Prints the detail tables; nothing unless both the kit and the baseline were measured. */
export function printBurstDetail(results, { capS }) {
  if (!results.every((row) => row.impls.kit && row.impls.baseline)) return;
  const rows = results.map(pair);
  const note =
    'medians of the interleaved rounds counted in "samples" (runs past the cap count as slowest, the rest leave them out), a fresh page each; ratio = kit / baseline';
  printTable(
    `Burst: time to screen, ms (first show → 2nd animation frame after the last commit that changed the toast region; ${note})`,
    [
      'errors',
      'samples',
      'kit',
      'baseline',
      'ratio',
      'first paint kit',
      'baseline',
      'ratio',
      'show loop kit',
      'baseline',
    ],
    rows.map((row) => [
      label(row),
      `${row.samples.kit}/${row.samples.baseline}`,
      settled(row.kit.settledMs, capS),
      settled(row.baseline.settledMs, capS),
      ratio(row.kit.settledMs, row.baseline.settledMs, 3),
      fixed(row.kit.firstPaintMs),
      fixed(row.baseline.firstPaintMs),
      ratio(row.kit.firstPaintMs, row.baseline.firstPaintMs, 3),
      fixed(row.kit.showMs, 1),
      fixed(row.baseline.showMs, 1),
    ]),
  );
  printTable(
    'Burst: main-thread time (CDP TaskDuration, show → quiet), longest task, and JS heap retained after GC',
    [
      'errors',
      'main ms kit',
      'baseline',
      'ratio',
      'longest task kit',
      'baseline',
      'heap kit',
      'baseline',
      'ratio',
    ],
    rows.map((row) => [
      label(row),
      fixed(row.kit.mainThreadMs),
      fixed(row.baseline.mainThreadMs),
      ratio(row.kit.mainThreadMs, row.baseline.mainThreadMs, 3),
      fixed(row.kit.longestTaskMs),
      fixed(row.baseline.longestTaskMs),
      size(row.kit.heapRetained),
      size(row.baseline.heapRetained),
      ratio(row.kit.heapRetained, row.baseline.heapRetained, 3),
    ]),
  );
  printTable(
    'Burst: what is left — toast <li>s in the viewport, toasts held, repeat count shown, React commits (to screen / until quiet)',
    [
      'errors',
      'nodes kit',
      'baseline',
      'held kit',
      'baseline',
      'count shown',
      'commits kit',
      'baseline',
      'DOM elements kit',
      'baseline',
    ],
    rows.map((row) => [
      label(row),
      nodes(row.kit),
      nodes(row.baseline),
      fixed(row.kit.held),
      fixed(row.baseline.held),
      row.kit.topCount > 1 ? `×${fixed(row.kit.topCount)}` : '-',
      `${fixed(row.kit.commitsToSettle)} / ${fixed(row.kit.commitsTotal)}`,
      `${fixed(row.baseline.commitsToSettle)} / ${fixed(row.baseline.commitsTotal)}`,
      fixed(row.kit.domElements),
      fixed(row.baseline.domElements),
    ]),
  );
  console.log(
    '"commits until quiet" includes Radix Toast\'s own announcer clean-up, a timer 1 s after each toast mounts.',
  );
  printBurstTargets(rows);
}

function verdict(met) {
  return met ? 'met' : 'MISSED';
}

function printBurstTargets(rows) {
  const distinct = rows.find((row) => row.count === 1000 && row.mode === 'distinct');
  const same = rows.find((row) => row.count === 1000 && row.mode === 'same');
  if (distinct === undefined || same === undefined) return;
  const k = distinct.kit;
  const base = distinct.baseline.settledMs;
  const screen = Number.isFinite(k.settledMs) && Number.isFinite(base) ? k.settledMs / base : NaN;
  console.log('');
  console.log('Targets of issue 7 for bursts (medians above):');
  console.log(
    `  1000 distinct: at most ${MAX_VISIBLE} toasts + one "N more" in the DOM — ${nodes(k)}: ${verdict(
      k.toastNodes - k.moreNodes <= MAX_VISIBLE && k.moreNodes === 1,
    )}`,
  );
  console.log(
    Number.isFinite(screen)
      ? `  1000 distinct: time to screen ≤ ${SCREEN_RATIO_TARGET}× the Radix baseline — ${screen.toFixed(3)}×: ${verdict(
          screen <= SCREEN_RATIO_TARGET,
        )}`
      : `  1000 distinct: time to screen ≤ ${SCREEN_RATIO_TARGET}× the Radix baseline — not known (a median is missing or past the cap)`,
  );
  const one = rows.find((row) => row.count === 1 && row.mode === 'distinct');
  const oneOff =
    one === undefined
      ? ''
      : ` (a single error already retains ${size(one.kit.heapRetained)} in a fresh page — code compiled on first use, React's first toast — so the 999 more add ${size(k.heapRetained - one.kit.heapRetained)})`;
  console.log(
    `  1000 distinct: ≤ 1 MiB of heap retained — ${size(k.heapRetained)}${oneOff}: ${verdict(k.heapRetained <= MIB)}`,
  );
  const s = same.kit;
  console.log(
    `  1000 of one kind: one toast with a count, in ≤ ${SAME_KIND_COMMITS_TARGET} commits — ${fixed(s.toastNodes)} toast, count ×${fixed(
      s.topCount,
    )}, ${fixed(s.commitsToSettle)} commits to screen: ${verdict(
      s.toastNodes === 1 && s.topCount === 1000 && s.commitsToSettle <= SAME_KIND_COMMITS_TARGET,
    )}`,
  );
}
