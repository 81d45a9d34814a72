/**
 * Prints the burst benchmark: first the kit beside its peers (settled time per case, the
 * synchronous `show` loop and the heap for 1000, each with "kit / best peer"), then what each
 * leaves after 1000, then the kit-vs-baseline detail (printBurstDetail.mjs).
 */
import { printBurstDetail } from './printBurstDetail.mjs';
import { fixed, printTable, settled, size } from './table.mjs';

/** Column titles of the implementations, in the order they are printed. */
const TITLES = {
  kit: 'kit',
  sonner: 'sonner',
  'react-hot-toast': 'react-hot-toast',
  'react-aria': 'react-aria',
  baseline: 'Radix baseline',
};
/** What "kit / best peer" compares the kit with. */
const PEERS = ['sonner', 'react-hot-toast', 'react-aria', 'baseline'];

const label = (row) => `${row.count} ${row.mode}`;

/** A cell: "throws" when at least half the runs threw, else the figure's median. */
function cell(summary, figure, format) {
  if (summary === undefined) return '-';
  if (summary.errors.length * 2 >= summary.runs && summary.runs > 0) return 'throws';
  const value = summary.figures[figure];
  if (value === null && summary.capped > 0) return format(Infinity);
  return format(value);
}

/** "0.05× (sonner)": the kit's median over the lowest finite peer median of the row. */
function bestRatio(row, figure) {
  const kit = row.impls.kit;
  if (kit === undefined || kit.errors.length * 2 >= kit.runs) return 'n/a';
  const mine = kit.figures[figure];
  let best = null;
  for (const peer of PEERS) {
    const summary = row.impls[peer];
    if (summary === undefined || summary.errors.length * 2 >= summary.runs) continue;
    const value = summary.figures[figure];
    if (Number.isFinite(value) && value > 0 && (best === null || value < best.value)) {
      best = { peer, value };
    }
  }
  if (!Number.isFinite(mine) || best === null) return 'n/a';
  return `${(mine / best.value).toFixed(3)}× (${TITLES[best.peer]})`;
}

/** Notes for every implementation and case with runs that threw or hit the cap. */
function printTroubles(results, impls, capS) {
  for (const row of results) {
    for (const impl of impls) {
      const { runs, capped, errors } = row.impls[impl];
      if (capped > 0) {
        console.log(
          `  ${TITLES[impl]}, ${label(row)}: ${capped} of ${runs} runs not settled within the ${capS} s cap (page abandoned)`,
        );
      }
      if (errors.length > 0) {
        const messages = [...new Set(errors)].join(' | ');
        console.log(
          `  ${TITLES[impl]}, ${label(row)}: ${errors.length} of ${runs} runs threw: ${messages}`,
        );
      }
    }
  }
}

export function printBursts(results, { impls, capS }) {
  const header = ['errors', 'runs', ...impls.map((impl) => TITLES[impl]), 'kit / best peer'];
  const line = (title, row, figure, format) => [
    title,
    impls.map((impl) => row.impls[impl].runs).join('/'),
    ...impls.map((impl) => cell(row.impls[impl], figure, format)),
    bestRatio(row, figure),
  ];
  const ms = (value) => settled(value, capS);
  const rows = results.map((row) => line(label(row), row, 'settledMs', ms));
  const distinct = results.find((row) => row.count === 1000 && row.mode === 'distinct');
  const same = results.find((row) => row.count === 1000 && row.mode === 'same');
  const loop = (value) => (value === Infinity ? `> ${capS} s` : fixed(value, 1));
  const heap = (value) => (value === Infinity ? `> ${capS} s` : size(value));
  if (distinct) rows.push(line('1000 distinct: show loop ms', distinct, 'showMs', loop));
  if (same) rows.push(line('1000 same: show loop ms', same, 'showMs', loop));
  if (distinct) rows.push(line('1000 distinct: heap retained', distinct, 'heapRetained', heap));
  printTable(
    [
      `Burst, the kit beside its peers: time to screen, ms (first show → 2nd animation frame after the last change to the toast region), medians of the "runs" (${impls.join('/')}), a fresh page each.`,
      `A run not settled within ${capS} s is abandoned and counts as slowest. kit / best peer = the kit's median over the lowest median of sonner, react-hot-toast, react-aria and the Radix baseline in that row.`,
    ].join('\n'),
    header,
    rows,
  );
  printTroubles(results, impls, capS);
  const left = [distinct, same].filter(Boolean);
  if (left.length > 0) {
    printTable(
      'Burst: what each leaves after 1000 — toast nodes in the viewport / toasts held (medians)',
      ['errors', ...impls.map((impl) => TITLES[impl])],
      left.map((row) => [
        label(row),
        ...impls.map((impl) => {
          const summary = row.impls[impl];
          const count = (value) => (value === Infinity ? `> ${capS} s` : fixed(value));
          const nodes = cell(summary, 'toastNodes', count);
          // A page that threw or was abandoned has one word for both.
          if (nodes === 'throws' || nodes.startsWith('>')) return nodes;
          return `${nodes} / ${cell(summary, 'held', count)}`;
        }),
      ]),
    );
  }
  printBurstDetail(results, { capS });
}
