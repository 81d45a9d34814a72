/** Prints the storm's figures (one column per cycle) and the issue's storm targets. */
import { fixed, size } from './table.mjs';

/** The toaster's default `maxVisible`, its "N more" item and the exiting toasts it keeps. */
const DOM_BOUND = 3 + 1 + 3;

const list = (items) => (items.length === 0 ? '0' : `${items.length}: ${summarise(items)}`);

function summarise(items) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, count]) => (count > 1 ? `${item} ×${count}` : item)).join(', ');
}

/** Everything still alive after an unmount, counted. */
function aliveCount({ queue, timeouts, intervals, animationFrames, listeners }) {
  const queueAlive =
    queue === null ? 1 : queue.listeners + queue.items + queue.pendingNotifications;
  return (
    queueAlive + timeouts.length + intervals.length + animationFrames.length + listeners.length
  );
}

export function printStorm(result, options) {
  const { cycles, heapBeforeMount } = result;
  const first = cycles[0].storm;
  console.log('');
  console.log(
    `Storm: ${options.total} errors over ${options.durationMs} ms across ${options.vehicles} vehicles × 5 kinds (${first.distinctKeys} keys); mount, storm, unmount, twice in one page`,
  );
  const rows = [
    [
      'errors shown / time taken',
      (c) => `${fixed(c.storm.errorsShown)} in ${fixed(c.storm.durationMs)} ms`,
    ],
    ['max toast <li>s in the DOM during the storm', (c) => fixed(c.storm.maxToastNodes)],
    ['max elements in the document during the storm', (c) => fixed(c.storm.maxDomElements)],
    ['React commits during the storm', (c) => fixed(c.storm.commits)],
    ['main-thread time (CDP TaskDuration)', (c) => `${fixed(c.mainThreadMs)} ms`],
    [
      'long tasks: total / longest',
      (c) => `${fixed(c.storm.longTaskMs)} / ${fixed(c.storm.longestTaskMs)} ms`,
    ],
    [
      'toasts held at the end (visible + queued)',
      (c) =>
        `${fixed(c.storm.heldAtEnd)} (${fixed(c.storm.visibleAtEnd)} + ${fixed(c.storm.queuedAtEnd)})`,
    ],
    [
      'JS heap after GC: mounted / after storm / after unmount',
      (c) => `${size(c.heapBefore)} / ${size(c.heapAfterStorm)} / ${size(c.heapAfterUnmount)}`,
    ],
    [
      "after unmount: the provider's queue",
      (c) =>
        c.leftovers.queue === null
          ? 'not reachable'
          : Object.entries(c.leftovers.queue)
              .map(([name, value]) => `${name} ${value}`)
              .join(', '),
    ],
    ['after unmount: timeouts pending', (c) => list(c.leftovers.timeouts)],
    ['after unmount: intervals alive', (c) => list(c.leftovers.intervals)],
    ['after unmount: animation frames pending', (c) => list(c.leftovers.animationFrames)],
    [
      'after unmount: listeners on window/document/connected nodes',
      (c) => list(c.leftovers.listeners),
    ],
    [
      'after unmount: elements left (container / elsewhere in <body>)',
      (c) => `${c.leftovers.containerElements} / ${c.leftovers.strayElements}`,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`  ${''.padEnd(width)}  ${cycles.map((_, i) => `cycle ${i + 1}`).join(' | ')}`);
  for (const [name, value] of rows) {
    console.log(`  ${name.padEnd(width)}  ${cycles.map(value).join(' | ')}`);
  }
  console.log(
    `  (heap before the first mount: ${size(heapBeforeMount)}; "after unmount" counts what was scheduled or attached since that cycle's mount, 1.5 s after the unmount)`,
  );
  const maxNodes = Math.max(...cycles.map((c) => c.storm.maxToastNodes));
  const alive = cycles.map((c) => aliveCount(c.leftovers));
  const growth = cycles
    .slice(1)
    .map((c, i) => c.heapAfterUnmount - cycles[i].heapAfterUnmount)
    .map((bytes) => `${bytes >= 0 ? '+' : ''}${size(bytes)}`);
  console.log('');
  console.log('Targets of issue 7 for the storm:');
  console.log(
    `  the DOM stays bounded (≤ ${DOM_BOUND} toast <li>s: 3 visible, "N more", 3 leaving) — max ${fixed(maxNodes)}: ${
      maxNodes <= DOM_BOUND ? 'met' : 'MISSED'
    }`,
  );
  console.log(
    `  no timer, listener or subscription alive after unmount — ${alive.join(' / ')} alive: ${
      alive.every((n) => n === 0) ? 'met' : 'MISSED'
    }`,
  );
  if (growth.length > 0) {
    console.log(
      `  (heap after unmount, change from one cycle to the next: ${growth.join(', ')}; a leak grows by about the same each cycle, warm-up by less and less)`,
    );
  }
}
