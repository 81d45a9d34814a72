/**
 * `--profile`: where the synchronous time of one kit `show` goes. In the profile page
 * (bench/profilePage.tsx), a fresh page per measurement, 1000 errors (distinct, and all of one
 * kind) go through each stage alone — parse, display, queue — and then through the mounted
 * kit's `show` up to React's commit; React's share is the whole minus the three. Medians over
 * `rounds` pages; figures in µs per show.
 */
import { openPage } from './browser.mjs';
import { burstInputs, v2Bodies } from './inputs.mjs';
import { median } from './stats.mjs';
import { printTable } from './table.mjs';

const READY = {
  global: () => window.sekProfile !== undefined,
  ready: () => window.sekProfile.ready,
};
const COUNT = 1000;
const MS_TO_US = 1000;

async function profileOnce(browser, url, inputs) {
  const { page, errors, close } = await openPage(browser, url, READY);
  try {
    const result = await page.evaluate((list) => window.sekProfile.run(list), inputs);
    if (errors.length > 0) throw errors[0];
    return result;
  } finally {
    await close();
  }
}

/** Per mode: the medians (ms for the whole burst) of every figure over `rounds` fresh pages. */
export async function benchProfile({ browser, origin, rounds }) {
  const bodies = v2Bodies();
  const url = `${origin}/profile.html`;
  const modes = ['distinct', 'same'];
  const runs = Object.fromEntries(modes.map((mode) => [mode, []]));
  // Warm-up page: cold caches are not counted.
  await profileOnce(browser, url, burstInputs('distinct', COUNT, bodies));
  for (let round = 0; round < rounds; round += 1) {
    for (const mode of round % 2 === 0 ? modes : [...modes].reverse()) {
      runs[mode].push(await profileOnce(browser, url, burstInputs(mode, COUNT, bodies)));
    }
  }
  return modes.map((mode) => {
    const pick = (name) => median(runs[mode].map((run) => run[name]));
    return {
      mode,
      rounds: runs[mode].length,
      parseMs: pick('parseMs'),
      displayMs: pick('displayMs'),
      queueMs: pick('queueMs'),
      showMs: pick('showMs'),
      fullMs: pick('fullMs'),
      commits: pick('commits'),
    };
  });
}

export function printProfile(rows) {
  const us = (ms) => (ms * MS_TO_US) / COUNT;
  const stages = (row) => {
    const react = row.fullMs - row.parseMs - row.displayMs - row.queueMs;
    const inLoop = row.showMs - row.parseMs - row.displayMs - row.queueMs;
    return [
      ['parse (parseSmartcarError)', row.parseMs],
      ['display (toErrorDisplay)', row.displayMs],
      ['queue (ToastQueue.add)', row.queueMs],
      ['React (the rest, up to the commit)', react],
      // The split says whether the rest is the hook's own work in `show` or React's render.
      ['  of it in the show loop (hook, merge)', inLoop],
      ['  of it after the loop (render, commit)', row.fullMs - row.showMs],
      ['whole show → commit', row.fullMs],
    ];
  };
  const columns = rows.map(stages);
  printTable(
    `Profile: where one kit show goes, µs per show (${COUNT} shown in one loop, medians of ${rows
      .map((row) => `${row.rounds} ${row.mode}`)
      .join(
        ' / ',
      )} fresh pages; stages timed alone, median of 5 passes after 3 untimed; React = whole − the three)`,
    ['stage', ...rows.flatMap((row) => [`${row.mode} µs`, 'share'])],
    columns[0].map(([name], i) => [
      name,
      ...columns.flatMap((stage, m) => {
        const value = stage[i][1];
        return [us(value).toFixed(2), `${((value / rows[m].fullMs) * 100).toFixed(0)}%`];
      }),
    ]),
  );
  for (const row of rows) {
    console.log(
      `  ${row.mode}: the synchronous show loop took ${us(row.showMs).toFixed(2)} µs per show; ${row.commits} commit(s) before the next frame`,
    );
  }
}
