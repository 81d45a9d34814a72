import { BatchedNotifier } from './BatchedNotifier';

const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('BatchedNotifier', () => {
  it('calls each listener once per microtask however many notifications came', async () => {
    const notifier = new BatchedNotifier();
    const listener = vi.fn();
    notifier.subscribe(listener);
    for (let i = 0; i < 1000; i += 1) notifier.notify();
    expect(listener).not.toHaveBeenCalled();
    expect(notifier.counts()).toEqual({ listeners: 1, pending: 1 });
    await microtask();
    expect(listener).toHaveBeenCalledTimes(1);
    notifier.notify();
    await microtask();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('unsubscribes, and clear() drops listeners and a pending notification', async () => {
    const notifier = new BatchedNotifier();
    const gone = vi.fn();
    const kept = vi.fn();
    notifier.subscribe(gone)();
    notifier.subscribe(kept);
    notifier.notify();
    notifier.clear();
    await microtask();
    expect(gone).not.toHaveBeenCalled();
    expect(kept).not.toHaveBeenCalled();
    expect(notifier.counts()).toEqual({ listeners: 0, pending: 0 });
  });
});
