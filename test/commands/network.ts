/**
 * Browser command: take the test browser's network down (Playwright's `context.setOffline`, the
 * DevTools "Offline" switch: `navigator.onLine` false, `offline` fired, every request fails).
 * `restoreAfterMs` brings it back from the server side, for tests whose own calls to the server
 * could not get through while offline.
 */
import type { BrowserCommand } from 'vitest/node';

interface PlaywrightContext {
  readonly context: { setOffline(offline: boolean): Promise<void> };
}

export const setNetworkOffline: BrowserCommand<
  [offline: boolean, restoreAfterMs?: number]
> = async (ctx, offline, restoreAfterMs) => {
  if (ctx.provider.name !== 'playwright') throw new Error('setNetworkOffline needs Playwright');
  const { context } = ctx as unknown as PlaywrightContext;
  await context.setOffline(offline);
  if (offline && restoreAfterMs !== undefined) {
    setTimeout(() => void context.setOffline(false), restoreAfterMs);
  }
};
