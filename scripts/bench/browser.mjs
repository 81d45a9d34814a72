/** Headless Chromium for the benchmark, and the Chrome DevTools Protocol figures it reads. */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../chromium.mjs';

/** Launches the system Chromium (see scripts/chromium.mjs). */
export function launchChromium() {
  return chromium.launch({
    executablePath: requireChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * Opens `url` in a fresh context (nothing shared with earlier rounds) and waits for `readyCheck`
 * (a page function returning a promise) to resolve. Returns `{ page, cdp, close() }`.
 */
export async function openPage(browser, url, readyCheck) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(url);
    await page.waitForFunction(readyCheck.global);
    await page.evaluate(readyCheck.ready);
    if (errors.length > 0) throw errors[0];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return { page, cdp, errors, close: () => context.close() };
  } catch (error) {
    // A page that failed to load is not left open beside the next measurements.
    await context.close();
    throw error;
  }
}

/** Main-thread task time so far, ms (CDP `Performance.getMetrics` → `TaskDuration`). */
export async function taskDurationMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = metrics.find((entry) => entry.name === 'TaskDuration');
  return metric === undefined ? null : metric.value * 1000;
}

/** JS heap in use after a full garbage collection, bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
