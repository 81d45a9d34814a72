import { act, render } from '@testing-library/react';
// Internal: the queue is not public; these tests drive it directly.
import { ToastQueue } from '../../core/queue/ToastQueue';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';
import { RETRY_JITTER_MS, RETRY_STAGGER_MS, useOfflineQueue } from './useOfflineQueue';

let onLine = true;
let visibility: DocumentVisibilityState = 'visible';
beforeEach(() => {
  vi.useFakeTimers();
  onLine = true;
  visibility = 'visible';
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => onLine);
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function Probe({ queue }: { queue: ToastQueue }) {
  return <p>{useOfflineQueue(queue) ? 'offline' : 'online'}</p>;
}
const network = (key: string) => ({ ...makeDisplay({ key }), type: 'NETWORK', code: null });
function setOnline(next: boolean) {
  onLine = next;
  act(() => void dispatchEvent(new Event(next ? 'online' : 'offline')));
}

describe('useOfflineQueue', () => {
  it('runs the retries that waited once each, n × 250 ms apart plus jitter, when back online', () => {
    const queue = new ToastQueue();
    const { container } = render(<Probe queue={queue} />);
    setOnline(false);
    expect(container).toHaveTextContent('offline');
    const runs = [vi.fn(), vi.fn(), vi.fn()];
    runs.forEach((retry, index) => queue.add(network(`N${index}`), { retry }));
    setOnline(true);
    expect(container).toHaveTextContent('online');
    act(() => void vi.advanceTimersByTime(RETRY_STAGGER_MS + RETRY_JITTER_MS - 1));
    expect(runs[0]).toHaveBeenCalledTimes(1);
    expect(runs[2]).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(10 * RETRY_STAGGER_MS));
    expect(runs.map((retry) => retry.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('runs none from a hidden tab: they wait for the page to be visible', () => {
    const queue = new ToastQueue();
    render(<Probe queue={queue} />);
    setOnline(false);
    const retry = vi.fn();
    queue.add(network('N'), { retry });
    visibility = 'hidden';
    setOnline(true);
    act(() => void vi.advanceTimersByTime(60_000));
    expect(retry).not.toHaveBeenCalled();
    visibility = 'visible';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    act(() => void vi.advanceTimersByTime(RETRY_STAGGER_MS + RETRY_JITTER_MS));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('cancels the retries not yet run when it unmounts', () => {
    const queue = new ToastQueue();
    const { unmount } = render(<Probe queue={queue} />);
    setOnline(false);
    const retry = vi.fn();
    queue.add(network('N1'), { retry: vi.fn() });
    queue.add(network('N2'), { retry });
    setOnline(true);
    unmount();
    act(() => void vi.advanceTimersByTime(60_000));
    expect(retry).not.toHaveBeenCalled();
  });
});
