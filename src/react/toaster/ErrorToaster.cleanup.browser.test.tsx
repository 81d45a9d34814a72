import { act, render } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import {
  ErrorToaster,
  SmartcarErrorProvider,
  ToastQueue,
  useErrorToasts,
} from 'smartcar-error-kit';
import { ToastQueueProvider } from './ToastQueueProvider';
import type { UseErrorToastsResult } from 'smartcar-error-kit';
import '../../theme/styles.css';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';
import { runOutsideActEnvironment } from '../../../test/fixtures/toasterHarness';

/**
 * The first toast's close button, to point at: found by role, so the locator Vitest builds from
 * it stays unique (a toast found by its text can also match the announcer, which repeats it).
 */
function firstCloseButton(): HTMLElement {
  const button = document.querySelector<HTMLElement>(
    '[data-sek-part="toast"] [data-sek-part="close"]',
  );
  if (button === null) throw new Error('no toast');
  return button;
}

runOutsideActEnvironment();

interface Tracked {
  readonly target: EventTarget;
  readonly type: string;
  readonly listener: unknown;
  readonly capture: boolean;
}

/**
 * Record every DOM listener added and removed, and every timer and animation frame scheduled,
 * between `start()` and `stop()`; `leftovers()` lists what is still attached or pending.
 */
function trackResources() {
  const listeners = new Set<Tracked>();
  const timers = new Map<number, string>();
  const frames = new Map<number, string>();
  const original = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    // Vitest's runner gives `window` its own add/removeEventListener, around the prototype's.
    windowAdd: window.addEventListener,
    windowRemove: window.removeEventListener,
    setTimeout: window.setTimeout as (handler: () => void, ms?: number) => number,
    clearTimeout: window.clearTimeout as (id?: number) => void,
    raf: window.requestAnimationFrame,
    caf: window.cancelAnimationFrame,
  };
  const captureOf = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
  const find = (target: EventTarget, type: string, listener: unknown, capture: boolean) =>
    [...listeners].find(
      (entry) =>
        entry.target === target &&
        entry.type === type &&
        entry.listener === listener &&
        entry.capture === capture,
    );
  return {
    start() {
      EventTarget.prototype.addEventListener = function (type, listener, options) {
        const once = typeof options === 'object' && options?.once === true;
        if (!once && !find(this, type, listener, captureOf(options))) {
          listeners.add({ target: this, type, listener, capture: captureOf(options) });
        }
        return original.add.call(this, type, listener, options);
      };
      EventTarget.prototype.removeEventListener = function (type, listener, options) {
        const entry = find(this, type, listener, captureOf(options));
        if (entry) listeners.delete(entry);
        return original.remove.call(this, type, listener, options);
      };
      window.addEventListener = function (
        this: Window,
        ...args: Parameters<typeof window.addEventListener>
      ) {
        const [type, listener, options] = args;
        if (!find(window, type, listener, captureOf(options))) {
          listeners.add({ target: window, type, listener, capture: captureOf(options) });
        }
        return original.windowAdd.apply(window, args);
      } as typeof window.addEventListener;
      window.removeEventListener = function (
        this: Window,
        ...args: Parameters<typeof window.removeEventListener>
      ) {
        const [type, listener, options] = args;
        const entry = find(window, type, listener, captureOf(options));
        if (entry) listeners.delete(entry);
        return original.windowRemove.apply(window, args);
      } as typeof window.removeEventListener;
      window.setTimeout = ((callback: () => void, ms?: number, ...args: unknown[]) => {
        const stack = new Error().stack ?? '';
        const id = original.setTimeout.call(
          window,
          () => {
            timers.delete(id);
            callback(...(args as []));
          },
          ms,
        );
        timers.set(id, stack);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) timers.delete(id);
        original.clearTimeout.call(window, id);
      }) as typeof window.clearTimeout;
      window.requestAnimationFrame = (callback) => {
        const id = original.raf.call(window, (time) => {
          frames.delete(id);
          callback(time);
        });
        frames.set(id, new Error().stack ?? '');
        return id;
      };
      window.cancelAnimationFrame = (id) => {
        frames.delete(id);
        original.caf.call(window, id);
      };
    },
    stop() {
      EventTarget.prototype.addEventListener = original.add;
      EventTarget.prototype.removeEventListener = original.remove;
      window.addEventListener = original.windowAdd;
      window.removeEventListener = original.windowRemove;
      window.setTimeout = original.setTimeout as typeof window.setTimeout;
      window.clearTimeout = original.clearTimeout as typeof window.clearTimeout;
      window.requestAnimationFrame = original.raf;
      window.cancelAnimationFrame = original.caf;
    },
    /**
     * What is still attached or pending. Listeners on nodes that left the document do not count:
     * they go with their node (React's own listeners on a portal container, `invalid` on inputs).
     */
    leftovers() {
      return {
        listeners: [...listeners]
          .filter((entry) => !(entry.target instanceof Node) || entry.target.isConnected)
          .map(
            (entry) =>
              `${entry.type} on ${(entry.target as Node).nodeName ?? entry.target.constructor.name}`,
          ),
        timers: [...timers.values()],
        frames: [...frames.values()],
      };
    },
  };
}

/** A toast duration no test outlives. */
const LONG_MS = 10 * 60_000;

/** How long a polled expectation may take on a loaded machine (a hang guard, not a budget). */
const WAIT = { timeout: 5_000, interval: 50 };

describe('ErrorToaster: unmounting', () => {
  it('leaves no DOM listener, timer, animation frame or announcer behind', async () => {
    let api: UseErrorToastsResult | null = null;
    function Grab() {
      api = useErrorToasts();
      return null;
    }
    const app = (
      <SmartcarErrorProvider>
        <ToastQueueProvider>
          <input aria-label="Search" />
          <Grab />
          {/* Real timers that cannot fire during the test: on a loaded machine the default 5 s
              could dismiss toasts before the counts below are read. */}
          <ErrorToaster duration={LONG_MS} actionDuration={LONG_MS} />
        </ToastQueueProvider>
      </SmartcarErrorProvider>
    );
    // React attaches its own root listeners when the root is created: do that before counting.
    const { rerender } = render(<p>empty</p>);
    const tracker = trackResources();
    tracker.start();
    try {
      rerender(app);
      await act(async () => {
        for (let n = 0; n < 6; n += 1) api!.show(makeDisplay({ key: `k${n}` }));
        api!.show(makeDisplay({ key: 'k0' }));
        api!.show(
          makeDisplay({
            key: 'retry',
            actions: [{ kind: 'retry', label: 'Try again' }],
            retryAt: Date.now() + 30_000,
          }),
        );
      });
      // Polled, not slept: on a loaded 2-core machine the first commit can take longer.
      await vi.waitFor(
        () => expect(document.querySelectorAll('[data-sek-part="toast"]')).toHaveLength(3),
        WAIT,
      );
      // pointer over and focus inside the toasts: Radix's pause listeners are in use
      await userEvent.hover(firstCloseButton());
      await userEvent.click(document.querySelector('input')!);
      await userEvent.keyboard('{F8}');
      await userEvent.tab();
      await vi.waitFor(
        () =>
          expect(
            document.querySelector('[data-sek-announcer] [data-sek-live="polite"]'),
          ).not.toBeEmptyDOMElement(),
        WAIT,
      );
      // the tracker sees what the mounted toaster holds (so the empty lists below mean something)
      const mounted = tracker.leftovers();
      expect(mounted.listeners).toEqual(
        expect.arrayContaining([
          'blur on Window', // Radix's pause
          'keydown on #document', // Radix's F8 hotkey
          'pointermove on DIV', // Radix's pause, on the region
        ]),
      );
      // and it sees timers: a probe through the same window.setTimeout the kit calls (the
      // countdown's own tick may sit between two timers at this instant on a loaded machine)
      const probe = window.setTimeout(() => {}, LONG_MS);
      expect(tracker.leftovers().timers).toHaveLength(mounted.timers.length + 1);
      window.clearTimeout(probe);

      rerender(<p>empty</p>);
      // Polled: already-due timers (Radix's deferred listeners) need a moment to run out.
      await vi.waitFor(() => {
        expect(document.querySelector('[data-sek-announcer]')).toBeNull();
        expect(tracker.leftovers()).toEqual({ listeners: [], timers: [], frames: [] });
      }, WAIT);
    } finally {
      tracker.stop();
    }
  });

  it('releases its subscription when only the toaster unmounts', async () => {
    const queue = new ToastQueue();
    function App({ toaster }: { toaster: boolean }) {
      return (
        <ToastQueueProvider queue={queue}>
          <input aria-label="Search" />
          {toaster ? <ErrorToaster /> : null}
        </ToastQueueProvider>
      );
    }
    const { rerender, unmount } = render(<App toaster />);
    await act(async () => {
      queue.add(makeDisplay());
    });
    expect(queue.debugCounts().listeners).toBe(1);
    rerender(<App toaster={false} />);
    expect(queue.debugCounts()).toMatchObject({ listeners: 0, items: 1 });
    unmount();
    queue.destroy();
    expect(queue.debugCounts()).toEqual({ items: 0, listeners: 0, pendingNotifications: 0 });
  });
});
