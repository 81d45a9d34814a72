import { act, render, renderHook, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import {
  parseSmartcarError,
  toErrorDisplay,
  useRetryCountdown,
  type ErrorDisplay,
} from 'smartcar-error-kit';
import { fixtureByName } from '../../../test/fixtures/smartcar';

const T0 = 1_700_000_000_000;
const rateLimit = fixtureByName('RATE_LIMIT__VEHICLE__1');

/** A real RATE_LIMIT display whose `Retry-After` was `retryAfter` seconds, computed at `at`. */
function rateLimited(retryAfter: number, at = T0): ErrorDisplay {
  const error = parseSmartcarError(rateLimit.json, {
    headers: { 'Retry-After': String(retryAfter) },
  });
  return toErrorDisplay(error, { appName: 'Volt', now: at });
}

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => visibility,
  });
});
afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
  vi.useRealTimers();
});

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('useRetryCountdown', () => {
  it('is ready at once without a display or without retryAt', () => {
    expect(renderHook(() => useRetryCountdown(null)).result.current).toEqual({
      secondsLeft: 0,
      ready: true,
    });
    const server = toErrorDisplay(parseSmartcarError(fixtureByName('SERVER__INTERNAL__1').json), {
      appName: 'Volt',
    });
    expect(server.retryAt).toBeNull();
    expect(renderHook(() => useRetryCountdown(server)).result.current.ready).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ticks once a second down to ready, then stops', () => {
    const { result } = renderHook(() => useRetryCountdown(rateLimited(30)));
    expect(result.current).toEqual({ secondsLeft: 30, ready: false });
    advance(999);
    expect(result.current.secondsLeft).toBe(30);
    advance(1);
    expect(result.current.secondsLeft).toBe(29);
    const seen = [result.current.secondsLeft];
    for (let i = 0; i < 28; i += 1) {
      advance(1_000);
      seen.push(result.current.secondsLeft);
      expect(vi.getTimerCount()).toBe(1);
    }
    expect(seen).toEqual(Array.from({ length: 29 }, (_, i) => 29 - i));
    expect(result.current).toEqual({ secondsLeft: 1, ready: false });
    advance(1_000);
    expect(result.current).toEqual({ secondsLeft: 0, ready: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rounds up and wakes when the whole-second value changes', () => {
    const display = rateLimited(30, T0 - 27_500); // 2.5 s left
    const { result } = renderHook(() => useRetryCountdown(display));
    expect(result.current.secondsLeft).toBe(3);
    advance(500);
    expect(result.current.secondsLeft).toBe(2);
    advance(1_000);
    expect(result.current.secondsLeft).toBe(1);
    advance(1_000);
    expect(result.current.ready).toBe(true);
  });

  it('is ready as soon as it mounts when retryAt has already passed', () => {
    function Probe({ display }: { display: ErrorDisplay }) {
      const { ready } = useRetryCountdown(display);
      return <p>{ready ? 'ready' : 'waiting'}</p>;
    }
    render(<Probe display={rateLimited(10, T0 - 60_000)} />);
    expect(screen.getByText('ready')).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
  });

  describe('server rendering', () => {
    function Countdown({ display }: { display: ErrorDisplay }) {
      const { secondsLeft, ready } = useRetryCountdown(display);
      return <p>{ready ? 'ready' : `retry in ${secondsLeft}`}</p>;
    }

    it('renders the wait the error announced, reading no clock', () => {
      const display = rateLimited(30);
      const now = vi.spyOn(Date, 'now');
      // Ten seconds later, the server still renders what the error said: 30.
      vi.setSystemTime(T0 + 10_000);
      expect(renderToString(<Countdown display={display} />)).toContain('retry in 30');
      expect(now).not.toHaveBeenCalled();
      now.mockRestore();
    });

    it('corrects the value from the clock once in the browser', () => {
      const display = rateLimited(30);
      vi.setSystemTime(T0 + 10_000);
      render(<Countdown display={display} />);
      expect(screen.getByText('retry in 20')).toBeInTheDocument();
    });
  });

  describe('hidden page', () => {
    it('pauses while the page is hidden and re-syncs when it is shown', () => {
      const { result } = renderHook(() => useRetryCountdown(rateLimited(30)));
      advance(2_000);
      expect(result.current.secondsLeft).toBe(28);
      setVisibility('hidden');
      expect(vi.getTimerCount()).toBe(0);
      advance(10_000);
      expect(result.current.secondsLeft).toBe(28);
      setVisibility('visible');
      expect(result.current.secondsLeft).toBe(18);
      expect(vi.getTimerCount()).toBe(1);
      advance(1_000);
      expect(result.current.secondsLeft).toBe(17);
    });

    it('becomes ready on return when the wait ended while hidden', () => {
      const { result } = renderHook(() => useRetryCountdown(rateLimited(5)));
      setVisibility('hidden');
      advance(60_000);
      expect(result.current.ready).toBe(false);
      setVisibility('visible');
      expect(result.current).toEqual({ secondsLeft: 0, ready: true });
      expect(vi.getTimerCount()).toBe(0);
    });

    it('starts no timer when mounted in a hidden page', () => {
      visibility = 'hidden';
      vi.setSystemTime(T0 + 4_000);
      const { result } = renderHook(() => useRetryCountdown(rateLimited(30)));
      expect(result.current.secondsLeft).toBe(26);
      expect(vi.getTimerCount()).toBe(0);
      setVisibility('visible');
      expect(vi.getTimerCount()).toBe(1);
    });
  });

  describe('cleanup', () => {
    it('clears its timer and listener on unmount', () => {
      const add = vi.spyOn(document, 'addEventListener');
      const remove = vi.spyOn(document, 'removeEventListener');
      const { unmount } = renderHook(() => useRetryCountdown(rateLimited(30)));
      expect(vi.getTimerCount()).toBe(1);
      const listener = add.mock.calls.find(([type]) => type === 'visibilitychange')?.[1];
      expect(listener).toBeTypeOf('function');
      unmount();
      expect(vi.getTimerCount()).toBe(0);
      expect(remove).toHaveBeenCalledWith('visibilitychange', listener);
      add.mockRestore();
      remove.mockRestore();
    });

    it('restarts for a new retryAt with a single timer', () => {
      const { result, rerender } = renderHook(({ display }) => useRetryCountdown(display), {
        initialProps: { display: rateLimited(30) },
      });
      advance(5_000);
      rerender({ display: rateLimited(10, T0 + 5_000) });
      expect(result.current).toEqual({ secondsLeft: 10, ready: false });
      expect(vi.getTimerCount()).toBe(1);
      rerender({ display: null as unknown as ErrorDisplay });
      expect(result.current.ready).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('keeps the same result object between ticks', () => {
      const { result, rerender } = renderHook(() => useRetryCountdown(rateLimited(30)));
      const first = result.current;
      rerender();
      expect(result.current).toBe(first);
    });
  });

  it('reads the injected clock', () => {
    let now = T0 + 25_000;
    const { result } = renderHook(() => useRetryCountdown(rateLimited(30), { now: () => now }));
    expect(result.current.secondsLeft).toBe(5);
    now += 5_000;
    advance(1_000);
    expect(result.current.ready).toBe(true);
  });
});
