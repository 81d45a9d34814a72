/** Prints the storm's figures and the issue's storm targets. */
import { fixed, size } from './table.mjs';

/** The toaster's default `maxVisible`, its "N more" item and the exiting toasts it keeps. */
const DOM_BOUND = 3 + 1 + 3;

export function printStorm(result, options) {
  const { storm, leftovers } = result;
  console.log('');
  console.log(
    `Storm: ${fixed(storm.errorsShown)} errors over ${fixed(storm.durationMs)} ms (asked: ${options.total} over ${options.durationMs} ms) across ${options.vehicles} vehicles × 5 kinds = ${storm.distinctKeys} keys`,
  );
  const rows = [
    ['max toast <li>s in the DOM during the storm', fixed(storm.maxToastNodes)],
    ['max elements in the document during the storm', fixed(storm.maxDomElements)],
    ['React commits during the storm', fixed(storm.commits)],
    ['main-thread time during the storm (CDP TaskDuration)', `${fixed(storm.mainThreadMs ?? result.mainThreadMs)} ms`],
    ['long tasks: total / longest', `${fixed(storm.longTaskMs)} / ${fixed(storm.longestTaskMs)} ms`],
    ['toasts held at the end (visible + queued)', `${fixed(storm.heldAtEnd)} (${fixed(storm.visibleAtEnd)} + ${fixed(storm.queuedAtEnd)})`],
    ['JS heap after GC: before / after the storm / after unmount', `${size(result.heapBefore)} / ${size(result.heapAfterStorm)} / ${size(result.heapAfterUnmount)}`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value}`);
  console.log('');
  console.log('After unmounting the provider and toaster (1.5 s later):');
  const queue = leftovers.queue;
  console.log(
    `  the provider's queue: ${
      queue === null
        ? 'not reachable'
        : Object.entries(queue)
            .map(([name, value]) => `${name} ${value}`)
            .join(', ')
    }`,
  );
  const list = (items) => (items.length === 0 ? '0' : `${items.length}: ${summarise(items)}`);
  console.log(`  timeouts pending (scheduled since mount): ${list(leftovers.timeouts)}`);
  console.log(`  intervals alive: ${list(leftovers.intervals)}`);
  console.log(`  animation frames pending: ${list(leftovers.animationFrames)}`);
  console.log(`  listeners still attached (window, document, connected nodes): ${list(leftovers.listeners)}`);
  console.log(`  elements left in the app's container: ${leftovers.containerElements}; elsewhere in <body>: ${leftovers.strayElements}`);
  const alive =
    (queue === null ? 1 : queue.timers + queue.listeners + queue.items + queue.pauseReasons) +
    leftovers.timeouts.length +
    leftovers.intervals.length +
    leftovers.animationFrames.length +
    leftovers.listeners.length;
  console.log('');
  console.log('Targets of issue 7 for the storm:');
  console.log(
    `  the DOM stays bounded (≤ ${DOM_BOUND} toast <li>s: 3 visible, "N more", 3 leaving) — max ${fixed(storm.maxToastNodes)}: ${
      storm.maxToastNodes <= DOM_BOUND ? 'met' : 'MISSED'
    }`,
  );
  console.log(
    `  no timer, listener or subscription alive after unmount — ${alive} alive: ${alive === 0 ? 'met' : 'MISSED'}`,
  );
}

function summarise(items) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, count]) => (count > 1 ? `${item} ×${count}` : item)).join(', ');
}
