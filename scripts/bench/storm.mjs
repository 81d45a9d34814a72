/**
 * The storm: `total` errors over `durationMs` across `vehicles` vehicles and the five kinds, in
 * the kit's storm page; then the app unmounts and the page counts what is left alive.
 */
import { heapAfterGc, openPage, taskDurationMs } from './browser.mjs';
import { STORM_KIND_FILES, body } from './inputs.mjs';

const READY = {
  global: () => window.sekStorm !== undefined,
  ready: () => window.sekStorm.ready,
};

/** Wait after unmount before counting, ms: lets already-due timers (Radix's deferred work) run. */
const AFTER_UNMOUNT_WAIT_MS = 1500;

export async function benchStorm({ browser, origin, total, durationMs, vehicles }) {
  const kinds = STORM_KIND_FILES.map(body);
  const { page, cdp, errors, close } = await openPage(browser, `${origin}/storm.html`, READY);
  try {
    const heapBefore = await heapAfterGc(cdp);
    const taskBefore = await taskDurationMs(cdp);
    const storm = await page.evaluate(
      (options) => window.sekStorm.storm(options),
      { kinds, vehicles, total, durationMs },
    );
    const taskAfter = await taskDurationMs(cdp);
    const heapAfterStorm = await heapAfterGc(cdp);
    const leftovers = await page.evaluate(
      (wait) => window.sekStorm.unmount(wait),
      AFTER_UNMOUNT_WAIT_MS,
    );
    const heapAfterUnmount = await heapAfterGc(cdp);
    if (errors.length > 0) throw errors[0];
    return {
      storm,
      leftovers,
      mainThreadMs: taskBefore === null || taskAfter === null ? null : taskAfter - taskBefore,
      heapBefore,
      heapAfterStorm,
      heapAfterUnmount,
    };
  } finally {
    await close();
  }
}
