/**
 * B-8.3 / C-6.5: the server HTML of banner and card hydrates in Chromium without a mismatch or
 * any other error, for every payload fixture. The HTML is made with `react-dom/server` here in
 * the page (the same tree, rendered once on each side, as a server and a browser would).
 */
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import '../../src/theme/styles.css';
import { payloadFixtures } from '../fixtures/smartcar';
import { ssrCases, ssrTree } from './ssrCases';

/** Longer than the banner's announcement delay, so effects after hydration have run too. */
const SETTLE_MS = 250;

let root: Root | null = null;
let container: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  container = null;
  vi.restoreAllMocks();
});

it('the check is live: HTML from a different error is reported as a mismatch', async () => {
  const [first, second] = ssrCases;
  container = document.createElement('div');
  container.innerHTML = renderToString(ssrTree(first?.[1]));
  document.body.append(container);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const recoverable: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container as HTMLElement, ssrTree(second?.[1]), {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
  expect(recoverable.length).toBeGreaterThan(0);
});

it('covers every payload fixture', () => {
  expect(ssrCases.length).toBe(payloadFixtures.length);
});

it.each(ssrCases)('%s: hydrates without errors', async (_name, input) => {
  const html = renderToString(ssrTree(input));
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);

  const consoleError = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  const caught: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container as HTMLElement, ssrTree(input), {
      onRecoverableError: (error) => recoverable.push(error),
      onCaughtError: (error) => caught.push(error),
    });
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)));

  expect(recoverable).toEqual([]);
  expect(caught).toEqual([]);
  expect(consoleError).not.toHaveBeenCalled();
  // Hydrated, not re-rendered from scratch: the server's nodes are still in place and live.
  expect(container.querySelector('[data-sek-component="banner"]')).not.toBeNull();
  expect(container.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-28T10:32:05Z');
});
