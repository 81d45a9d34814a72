/**
 * The network really taken down: Playwright's `context.setOffline` (the `setNetworkOffline`
 * browser command, test/commands/network.ts) sets `navigator.onLine` to false, fires `offline`
 * and makes every request fail, as a lost connection does. It also holds Vitest's own messages
 * to the server, so a test never awaits a command while offline: the server brings the network
 * back after `OFFLINE_MS` and the command's promise settles then.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { commands } from 'vitest/browser';
import type { SmartcarErrorEvent } from 'smartcar-error-kit';
import '../../theme/styles.css';
import { finishAnimations } from '../../../test/helpers/finishAnimations';
import { renderToaster, runOutsideActEnvironment } from '../../../test/fixtures/toasterHarness';

runOutsideActEnvironment();

/** How long the network stays down in a test, in ms. */
const OFFLINE_MS = 3000;

/** Takes the network down for `OFFLINE_MS`; resolves once it is back. */
async function offlineFor(): Promise<{ back: Promise<void> }> {
  const back = commands.setNetworkOffline(true, OFFLINE_MS);
  await waitFor(() => expect(navigator.onLine).toBe(false));
  // In an object: an async function returning a promise would wait for it.
  return { back };
}

afterEach(async () => {
  await commands.setNetworkOffline(false);
});

/** A real request that fails while offline (a cache-busting URL of this test server). */
async function failedFetch(): Promise<unknown> {
  try {
    await fetch(`/offline-probe?${Math.random()}`, { cache: 'no-store' });
    return null;
  } catch (error) {
    return error;
  }
}

const toastCount = () =>
  document.querySelectorAll('[data-sek-part="toast"]:not([data-sek-offline])').length;

describe('offline: one notice, and the retries that waited run once each when back online', () => {
  it('shows one polite notice instead of a toast per failed request, then retries spread out', async () => {
    const events: SmartcarErrorEvent[] = [];
    const { api } = renderToaster({ provider: { onEvent: (event) => events.push(event) } });
    const { back } = await offlineFor();
    const notice = await screen.findByText('You’re offline. Waiting for the connection…');
    await finishAnimations();
    expect(notice.closest('[data-sek-offline]')).toBeVisible();

    const ran: number[][] = [[], [], []];
    for (const index of [0, 1, 2]) {
      const failure = await failedFetch();
      expect(failure).toBeInstanceOf(TypeError);
      await act(async () => {
        api().show(failure, { retry: () => ran[index]!.push(performance.now()) });
      });
    }
    expect(toastCount()).toBe(0);
    expect(document.querySelectorAll('[data-sek-offline]')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /try again/i })).toBeNull();
    expect(ran.flat()).toEqual([]);

    await back;
    const backAt = performance.now();
    await waitFor(() => expect(screen.queryByText(/You’re offline/)).toBeNull());
    await waitFor(() => expect(ran.every((times) => times.length === 1)).toBe(true), {
      timeout: 3000,
    });
    const times = ran.map((list) => list[0]!);
    // The n-th after n × 250 ms plus up to 250 ms of jitter.
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...times) - backAt).toBeLessThan(1500);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(ran.map((list) => list.length)).toEqual([1, 1, 1]);
    expect(toastCount()).toBe(0);
    expect(events.map((event) => event.name)).toEqual(['offline-shown', 'offline-ended']);
    expect(events[1]).toMatchObject({ surface: 'offline-notice', type: 'NETWORK', code: null });
    expect(events[1]!.visibleMs).toBeGreaterThan(0);
  });

  it('ends the network toasts already shown when the browser goes offline', async () => {
    const { api } = renderToaster();
    const failure = await failedFetch().then(
      async (error) => error ?? new TypeError('Failed to fetch'),
    );
    await act(async () => void api().show(failure));
    await waitFor(() => expect(toastCount()).toBe(1));
    const { back } = await offlineFor();
    await screen.findByText(/You’re offline/);
    await waitFor(() =>
      expect(
        document.querySelectorAll(
          '[data-sek-part="toast"][data-state="open"]:not([data-sek-offline])',
        ),
      ).toHaveLength(0),
    );
    await back;
  });
});
