/**
 * The storm: `total` errors over `durationMs` across `vehicles` vehicles and the five kinds, in
 * the kit's storm page; then the app unmounts and the page counts what is left alive. Two
 * cycles (mount, storm, unmount) in the same page: heap that stays after the first unmount but
 * does not grow in the second is a one-off (code compiled on first use), not a leak.
 */
import { heapAfterGc, openPage, taskDurationMs } from './browser.mjs';
import { STORM_KIND_FILES, body } from './inputs.mjs';

const READY = {
  global: () => window.sekStorm !== undefined,
  ready: () => window.sekStorm.ready,
};

/** Wait after unmount before counting, ms: lets already-due timers (Radix's deferred work) run. */
const AFTER_UNMOUNT_WAIT_MS = 1500;
const CYCLES = Number(process.env.SEK_BENCH_STORM_CYCLES) || 2;

export async function benchStorm({ browser, origin, total, durationMs, vehicles }) {
  const kinds = STORM_KIND_FILES.map(body);
  const { page, cdp, errors, close } = await openPage(browser, `${origin}/storm.html`, READY);
  try {
    const heapBeforeMount = await heapAfterGc(cdp);
    const cycles = [];
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      await page.evaluate(() => window.sekStorm.mount());
      const heapBefore = await heapAfterGc(cdp);
      const taskBefore = await taskDurationMs(cdp);
      const storm = await page.evaluate((options) => window.sekStorm.storm(options), {
        kinds,
        vehicles,
        total,
        durationMs,
      });
      const taskAfter = await taskDurationMs(cdp);
      const heapAfterStorm = await heapAfterGc(cdp);
      const leftovers = await page.evaluate(
        (wait) => window.sekStorm.unmount(wait),
        AFTER_UNMOUNT_WAIT_MS,
      );
      const heapAfterUnmount = await heapAfterGc(cdp);
      if (errors.length > 0) throw errors[0];
      cycles.push({
        storm,
        leftovers,
        mainThreadMs: taskBefore === null || taskAfter === null ? null : taskAfter - taskBefore,
        heapBefore,
        heapAfterStorm,
        heapAfterUnmount,
      });
    }
    return { heapBeforeMount, cycles };
  } finally {
    await close();
  }
}
