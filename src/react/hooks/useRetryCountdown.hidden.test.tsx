import { act, renderHook } from '@testing-library/react';
import { useRetryCountdown } from 'smartcar-error-kit';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';

describe('useRetryCountdown in a hidden tab (issue 20)', () => {
  let visibility: DocumentVisibilityState = 'visible';
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('does not become ready while the page is hidden; it waits for the page to be visible', () => {
    const display = makeDisplay({ retryAt: 3000 });
    const { result } = renderHook(() => useRetryCountdown(display));
    expect(result.current.ready).toBe(false);
    visibility = 'hidden';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    act(() => void vi.advanceTimersByTime(10_000));
    expect(result.current.ready).toBe(false);
    visibility = 'visible';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(result.current).toEqual({ ready: true, secondsLeft: 0 });
  });

  it('mounted in a hidden tab after retryAt, it is not ready until the page is visible', () => {
    visibility = 'hidden';
    vi.setSystemTime(5000);
    const { result } = renderHook(() => useRetryCountdown(makeDisplay({ retryAt: 3000 })));
    expect(result.current.ready).toBe(false);
    visibility = 'visible';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(result.current.ready).toBe(true);
  });
});
