/**
 * Fleet bench, render half: `FleetIssueSummary` of a store holding 1, 100 and 1,000 cars' issues
 * (bench/fleetPage.tsx, production build, headless Chromium), a fresh page per round. Medians of
 * the ms from `render()` to the second frame after React's commit (mount) and after one more car's
 * event (update), and the elements inside the summary. Figures only; nothing is asserted.
 */
import { openPage } from './browser.mjs';
import { fixed, printTable } from './table.mjs';

const DEFAULT_FLEETS = [1, 100, 1_000];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchFleetRender({ browser, origin, url, rounds, fleets = DEFAULT_FLEETS }) {
  const rows = [];
  for (const vehicles of fleets) {
    const samples = [];
    for (let round = 0; round < rounds; round += 1) {
      const { page, close } = await openPage(browser, `${origin}/${url}`, {
        global: () => 'fleetBench' in window,
        ready: () => undefined,
      });
      try {
        samples.push(await page.evaluate((count) => window.fleetBench.run(count), vehicles));
      } finally {
        await close();
      }
    }
    rows.push({
      vehicles,
      mountMs: median(samples.map((sample) => sample.mountMs)),
      updateMs: median(samples.map((sample) => sample.updateMs)),
      nodes: samples[0].nodes,
      nodesAfterUpdate: samples[0].nodesAfterUpdate,
      rounds: samples.length,
    });
  }
  return rows;
}

export function printFleetRender(rows) {
  printTable(
    `Fleet: FleetIssueSummary of N cars (60 % reconnect, 30 % retry, 10 % none), ms to screen (median of ${rows[0]?.rounds ?? 0} fresh pages)`,
    ['cars', 'mount ms', 'update ms (one more car)', 'DOM elements'],
    rows.map((row) => [
      row.vehicles.toLocaleString('en'),
      fixed(row.mountMs, 1),
      fixed(row.updateMs, 1),
      row.nodes === row.nodesAfterUpdate
        ? String(row.nodes)
        : `${row.nodes} → ${row.nodesAfterUpdate}`,
    ]),
  );
}
