import { ToastQueue } from './ToastQueue';
import { DEFAULT_MAX_QUEUED } from './durations';
import type { ErrorDisplay } from 'smartcar-error-kit/core';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';
import { resetWarnings } from '../internal/dev';

const RETRY = [{ kind: 'retry', label: 'Try again' }] as const;
const DISMISS_ONLY = [{ kind: 'dismiss', label: 'Dismiss' }] as const;

function setup(options: ConstructorParameters<typeof ToastQueue>[0] = {}) {
  return { queue: new ToastQueue(options) };
}

/** Queue time is `Date.now()`; these tests move it by hand. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

function distinct(count: number): ErrorDisplay[] {
  return Array.from({ length: count }, (_, index) => makeDisplay({ key: `K${index}` }));
}

/** Let the batched notification (one microtask) run. */
const flush = () => Promise.resolve();

describe('ToastQueue: coalescing repeats', () => {
  it('counts a repeat of the same key instead of adding a second toast', () => {
    const { queue } = setup();
    const first = queue.add(makeDisplay({ key: 'A', title: 'one' }));
    const second = queue.add(makeDisplay({ key: 'A', title: 'two' }));
    const third = queue.add(makeDisplay({ key: 'A', title: 'three' }));
    expect(second).toBe(first);
    expect(third).toBe(first);
    const { visible, queuedCount } = queue.getSnapshot();
    expect(visible).toHaveLength(1);
    expect(queuedCount).toBe(0);
    expect(visible[0]?.count).toBe(3);
    expect(visible[0]?.display.title).toBe('three');
  });

  it('gives a repeated toast a new item with a fresh updatedAt, so its time restarts', () => {
    // The toaster restarts Radix's timer from `updatedAt` (browser test "restarts the time of a
    // repeated toast"); the queue's part is the new item and its duration from the repeat.
    const { queue } = setup();
    queue.add(makeDisplay({ key: 'A', actions: RETRY, retryAt: 30_000 }));
    const first = queue.getSnapshot().visible[0]!;
    vi.setSystemTime(4000);
    queue.add(makeDisplay({ key: 'A', actions: RETRY, retryAt: 30_000 }));
    const repeat = queue.getSnapshot().visible[0]!;
    expect(repeat).not.toBe(first);
    expect(repeat).toMatchObject({ id: first.id, createdAt: 0, updatedAt: 4000, count: 2 });
    expect([first.duration, repeat.duration]).toEqual([40_000, 36_000]);
  });

  it('coalesces into a queued toast without moving it', () => {
    const { queue } = setup({ maxVisible: 1 });
    queue.add(makeDisplay({ key: 'A' }));
    const b = queue.add(makeDisplay({ key: 'B' }));
    queue.add(makeDisplay({ key: 'C' }));
    expect(queue.add(makeDisplay({ key: 'B' }))).toBe(b);
    expect(queue.getSnapshot().queuedCount).toBe(2);
    queue.dismiss(queue.getSnapshot().visible[0]!.id);
    expect(queue.getSnapshot().visible[0]).toMatchObject({ id: b, count: 2 });
  });

  it('ends 1000 adds of one key as one toast counted 1000', () => {
    const { queue } = setup();
    const display = makeDisplay({ key: 'storm' });
    for (let index = 0; index < 1000; index += 1) queue.add(display);
    const { visible, queuedCount } = queue.getSnapshot();
    expect(visible).toHaveLength(1);
    expect(visible[0]?.count).toBe(1000);
    expect(queuedCount).toBe(0);
    expect(queue.debugCounts()).toMatchObject({ items: 1 });
  });
});

describe('ToastQueue: limits and queueing', () => {
  it('shows maxVisible toasts (default 3) and queues the rest in order', () => {
    const { queue } = setup();
    const ids = distinct(5).map((display) => queue.add(display));
    const snapshot = queue.getSnapshot();
    expect(snapshot.visible.map((item) => item.id)).toEqual(ids.slice(0, 3));
    expect(snapshot.queuedCount).toBe(2);
  });

  it('promotes the oldest queued toast when a visible one is dismissed', () => {
    const { queue } = setup();
    const ids = distinct(5).map((display) => queue.add(display));
    queue.dismiss(ids[1]!);
    expect(queue.getSnapshot().visible.map((item) => item.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect(queue.getSnapshot().queuedCount).toBe(1);
  });

  it('finds the toast showing a key, visible or waiting, until it is dismissed', () => {
    const { queue } = setup({ maxVisible: 1 });
    const [a, b] = distinct(2).map((display) => queue.add(display));
    expect([queue.idOf('K0'), queue.idOf('K1'), queue.idOf('K9')]).toEqual([a, b, undefined]);
    queue.dismiss(b!);
    expect(queue.idOf('K1')).toBeUndefined();
  });

  it('removes a queued toast on dismiss without touching the visible ones', () => {
    const { queue } = setup({ maxVisible: 1 });
    const [a, b] = distinct(2).map((display) => queue.add(display));
    queue.dismiss(b!);
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 0, visible: [{ id: a }] });
  });

  it('leaves 3 visible and 997 queued after 1000 distinct adds when the waiting line is unbounded', () => {
    const { queue } = setup({ maxQueued: Number.POSITIVE_INFINITY });
    for (const display of distinct(1000)) queue.add(display);
    const snapshot = queue.getSnapshot();
    expect(snapshot.visible).toHaveLength(3);
    expect(snapshot.queuedCount).toBe(997);
    expect(snapshot.dropped).toBe(0);
    expect(queue.debugCounts()).toMatchObject({ items: 1000 });
  });

  it('rotates: the next toasts show and the shown ones wait at the end', () => {
    const { queue } = setup();
    const ids = distinct(5).map((display) => queue.add(display));
    queue.rotate();
    expect(queue.getSnapshot().visible.map((item) => item.id)).toEqual([ids[3], ids[4], ids[0]]);
    expect(queue.getSnapshot().queuedCount).toBe(2);
    queue.rotate();
    expect(queue.getSnapshot().visible.map((item) => item.id)).toEqual([ids[1], ids[2], ids[3]]);
  });

  it('adopts a smaller or larger maxVisible at once', () => {
    const { queue } = setup();
    const ids = distinct(5).map((display) => queue.add(display));
    queue.setOptions({ maxVisible: 1 });
    expect(queue.getSnapshot().visible.map((item) => item.id)).toEqual([ids[0]]);
    expect(queue.getSnapshot().queuedCount).toBe(4);
    queue.setOptions({ maxVisible: 4 });
    expect(queue.getSnapshot().visible.map((item) => item.id)).toEqual(ids.slice(0, 4));
  });

  it('notifies on setOptions only when the shown toasts change', async () => {
    const { queue } = setup();
    distinct(2).forEach((display) => queue.add(display));
    await flush();
    const listener = vi.fn();
    queue.subscribe(listener);
    const before = queue.getSnapshot();
    queue.setOptions({ duration: 9000, actionDuration: 20_000, maxVisible: 5 });
    await flush();
    expect(listener).not.toHaveBeenCalled();
    expect(queue.getSnapshot()).toBe(before);
    queue.setOptions({ maxVisible: 1 });
    await flush();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot().visible).toHaveLength(1);
  });
});

describe('ToastQueue: what needs the person first', () => {
  const passing = (key: string) => makeDisplay({ key });
  const needsAction = (key: string) =>
    makeDisplay({ key, persistent: true, actions: [{ kind: 'reconnect', label: 'Reconnect' }] });
  const shownKeys = (queue: ToastQueue) =>
    queue.getSnapshot().visible.map((item) => item.display.key);

  it('shows a toast that needs the person at once in a full queue; a passing one waits', () => {
    const { queue } = setup({ maxVisible: 3 });
    for (const key of ['asleep', 'rate-1', 'rate-2']) queue.add(passing(key));
    queue.add(needsAction('reconnect'));
    expect(shownKeys(queue)).toEqual(['reconnect', 'asleep', 'rate-1']);
    expect(queue.getSnapshot().queuedCount).toBe(1);
  });

  it('keeps arrival order among toasts that need the person, and among passing ones', () => {
    const { queue } = setup({ maxVisible: 2 });
    queue.add(passing('P1'));
    queue.add(needsAction('A1'));
    queue.add(passing('P2'));
    queue.add(needsAction('A2'));
    queue.add(needsAction('A3'));
    expect(shownKeys(queue)).toEqual(['A1', 'A2']);
    queue.dismiss(queue.getSnapshot().visible[0]!.id);
    expect(shownKeys(queue)).toEqual(['A2', 'A3']);
    queue.dismiss(queue.getSnapshot().visible[0]!.id);
    queue.dismiss(queue.getSnapshot().visible[0]!.id);
    expect(shownKeys(queue)).toEqual(['P1', 'P2']);
  });

  it('counts persistence given by option as needing the person', () => {
    const { queue } = setup({ maxVisible: 1 });
    queue.add(passing('P1'));
    queue.add(passing('A1'), { persistent: true });
    expect(shownKeys(queue)).toEqual(['A1']);
  });

  it('moves a waiting toast forward when a repeat or update makes it need the person', () => {
    const { queue } = setup({ maxVisible: 1 });
    queue.add(passing('P1'));
    const id = queue.add(passing('B'));
    expect(shownKeys(queue)).toEqual(['P1']);
    queue.add(needsAction('B'));
    expect(queue.getSnapshot().visible[0]).toMatchObject({ id, count: 2 });
    queue.update(id, passing('B'));
    expect(shownKeys(queue)).toEqual(['P1']);
  });

  it('still reaches every toast with rotate: the seen ones wait behind the unseen ones', () => {
    const { queue } = setup({ maxVisible: 2 });
    for (const key of ['P1', 'P2', 'P3']) queue.add(passing(key));
    for (const key of ['A1', 'A2', 'A3']) queue.add(needsAction(key));
    expect(shownKeys(queue)).toEqual(['A1', 'A2']);
    const seen = new Set(shownKeys(queue));
    for (let turn = 0; turn < 2; turn += 1) {
      queue.rotate();
      shownKeys(queue).forEach((key) => seen.add(key));
    }
    expect([...seen].sort()).toEqual(['A1', 'A2', 'A3', 'P1', 'P2', 'P3']);
    // After a full turn the line starts again from what needs the person.
    queue.rotate();
    expect(shownKeys(queue)).toEqual(['A1', 'A2']);
  });

  it('shows a new toast that needs the person before the ones already rotated past', () => {
    const { queue } = setup({ maxVisible: 2 });
    for (const key of ['P1', 'P2', 'P3', 'P4']) queue.add(passing(key));
    queue.rotate();
    expect(shownKeys(queue)).toEqual(['P3', 'P4']);
    queue.add(needsAction('A1'));
    expect(shownKeys(queue)).toEqual(['A1', 'P3']);
  });
});

describe('ToastQueue: bounded waiting line (maxQueued)', () => {
  beforeEach(() => {
    resetWarnings();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  /**
   * The toast shown first in these tests needs the person too, so a persistent one that arrives
   * waits behind it in arrival order (else it would take its place: "ToastQueue: what needs the
   * person first").
   */
  const SHOWN_PERSISTENT = makeDisplay({ key: 'shown', persistent: true });

  /** The waiting toasts' keys in line order, read by rotating them into view (moves the queue). */
  const waitingKeys = (queue: ToastQueue) => {
    const keys: string[] = [];
    const waiting = queue.getSnapshot().queuedCount;
    const seen = new Set(queue.getSnapshot().visible.map((item) => item.id));
    while (keys.length < waiting) {
      queue.rotate();
      for (const item of queue.getSnapshot().visible) {
        if (!seen.has(item.id)) keys.push(item.display.key);
        seen.add(item.id);
      }
    }
    return keys;
  };

  it('keeps 3 visible and 50 waiting after 1000 distinct adds, counting 947 dropped', () => {
    const { queue } = setup();
    expect(DEFAULT_MAX_QUEUED).toBe(50);
    for (const display of distinct(1000)) queue.add(display);
    const snapshot = queue.getSnapshot();
    expect(snapshot.visible.map((item) => item.display.key)).toEqual(['K0', 'K1', 'K2']);
    expect(snapshot.queuedCount).toBe(50);
    expect(snapshot.dropped).toBe(947);
    // the newest 50 wait: K950..K999, nothing of the dropped ones is held
    expect(queue.debugCounts()).toMatchObject({ items: 53 });
    expect(queue.add(makeDisplay({ key: 'K949' }))).not.toBe('');
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 50, dropped: 948 });
  });

  it('drops the oldest waiting non-persistent toast first and keeps persistent ones', () => {
    const { queue } = setup({ maxVisible: 1, maxQueued: 3 });
    queue.add(SHOWN_PERSISTENT);
    queue.add(makeDisplay({ key: 'P1', persistent: true }));
    queue.add(makeDisplay({ key: 'A' }));
    queue.add(makeDisplay({ key: 'P2' }), { persistent: true });
    queue.add(makeDisplay({ key: 'B' })); // line full at 3: A (oldest non-persistent) goes
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 3, dropped: 1 });
    queue.add(makeDisplay({ key: 'C' })); // then B
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 3, dropped: 2 });
    expect(waitingKeys(queue)).toEqual(['P1', 'P2', 'C']);
  });

  it('drops the oldest waiting toast when every waiting one is persistent', () => {
    const { queue } = setup({ maxVisible: 1, maxQueued: 2 });
    queue.add(SHOWN_PERSISTENT);
    for (const key of ['P1', 'P2', 'P3']) queue.add(makeDisplay({ key, persistent: true }));
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 2, dropped: 1 });
    expect(waitingKeys(queue)).toEqual(['P2', 'P3']);
  });

  it('drops a new non-persistent toast itself when only persistent ones wait ahead of it', () => {
    const { queue } = setup({ maxVisible: 1, maxQueued: 1 });
    queue.add(SHOWN_PERSISTENT);
    queue.add(makeDisplay({ key: 'P1', persistent: true }));
    const late = queue.add(makeDisplay({ key: 'late' }));
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 1, dropped: 1 });
    expect(queue.update(late, makeDisplay({ key: 'late' }))).toBe(false);
    expect(waitingKeys(queue)).toEqual(['P1']);
  });

  it('never drops anything for a repeat of a visible or waiting key', () => {
    const { queue } = setup({ maxVisible: 1, maxQueued: 2 });
    const ids = distinct(3).map((display) => queue.add(display));
    const before = queue.getSnapshot();
    expect(before).toMatchObject({ queuedCount: 2, dropped: 0 });
    for (let turn = 0; turn < 50; turn += 1) {
      expect(queue.add(makeDisplay({ key: 'K1' }))).toBe(ids[1]);
      expect(queue.add(makeDisplay({ key: 'K0' }))).toBe(ids[0]);
      expect(queue.add(makeDisplay({ key: 'K2' }), { id: 'other' })).toBe(ids[2]);
    }
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 2, dropped: 0 });
    expect(queue.debugCounts().items).toBe(3);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('never drops a visible toast, even with maxQueued 0', () => {
    const { queue } = setup({ maxQueued: 0 });
    const ids = distinct(10).map((display) => queue.add(display));
    expect(queue.getSnapshot().visible.map((item) => item.id)).toEqual(ids.slice(0, 3));
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 0, dropped: 7 });
    expect(queue.debugCounts()).toMatchObject({ items: 3 });
    queue.rotate(); // nothing waits: nothing moves
    expect(queue.getSnapshot().visible.map((item) => item.id)).toEqual(ids.slice(0, 3));
    queue.dismissAll();
    expect(queue.getSnapshot()).toMatchObject({ visible: [], queuedCount: 0, dropped: 7 });
  });

  it('trims and counts when setOptions lowers maxQueued, and again lifts the bound', () => {
    const { queue } = setup({ maxVisible: 1, maxQueued: 10 });
    queue.add(SHOWN_PERSISTENT);
    queue.add(makeDisplay({ key: 'P', persistent: true }));
    for (const display of distinct(9)) queue.add(display);
    const full = queue.getSnapshot();
    expect(full).toMatchObject({ queuedCount: 10, dropped: 0 });
    queue.setOptions({ maxQueued: 4 });
    expect(queue.getSnapshot()).not.toBe(full);
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 4, dropped: 6 });
    expect(waitingKeys(queue)).toEqual(['P', 'K6', 'K7', 'K8']);
    queue.setOptions({ maxQueued: Number.POSITIVE_INFINITY });
    for (const display of distinct(200)) queue.add(display);
    expect(queue.getSnapshot().dropped).toBe(6);
  });

  it('keeps the waiting line bounded when a lower maxVisible sends toasts back to wait', () => {
    const { queue } = setup({ maxVisible: 3, maxQueued: 2 });
    for (const display of distinct(5)) queue.add(display);
    queue.setOptions({ maxVisible: 1 });
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 2, dropped: 2 });
    expect(queue.debugCounts()).toMatchObject({ items: 3 });
  });

  it('floors maxQueued at 0 and keeps the default for a value that is not a number', () => {
    const negative = setup({ maxVisible: 1, maxQueued: -5 }).queue;
    for (const display of distinct(3)) negative.add(display);
    expect(negative.getSnapshot()).toMatchObject({ queuedCount: 0, dropped: 2 });
    const bad = setup({ maxVisible: 1, maxQueued: Number.NaN }).queue;
    const notNumber = setup({ maxVisible: 1, maxQueued: '5' as unknown as number }).queue;
    for (const queue of [bad, notNumber]) {
      for (const display of distinct(150)) queue.add(display);
      expect(queue.getSnapshot().queuedCount).toBe(DEFAULT_MAX_QUEUED);
    }
  });

  it('leaves no item of a dropped toast behind', () => {
    const { queue } = setup({ maxVisible: 2, maxQueued: 5 });
    const ids = distinct(50).map((display) => queue.add(display));
    queue.rotate(); // the visible ones wait at the end; the next two show
    for (const display of distinct(60).slice(50)) queue.add(display);
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 5, dropped: 53 });
    expect(queue.debugCounts()).toMatchObject({ items: 7 });
    // a dropped toast is gone for good: its id is unknown, its key makes a fresh toast
    expect(queue.update(ids[10]!, makeDisplay({ key: 'K10' }))).toBe(false);
    expect(queue.add(makeDisplay({ key: 'K10' }))).not.toBe(ids[10]);
    expect(queue.getSnapshot().dropped).toBe(54);
    // dismissing what is shown (what the toaster does as durations end) leaves nothing alive
    for (let shown = queue.getSnapshot().visible; shown.length > 0;) {
      queue.dismiss(shown[0]!.id);
      shown = queue.getSnapshot().visible;
    }
    expect(queue.getSnapshot()).toMatchObject({ visible: [], queuedCount: 0 });
    expect(queue.debugCounts()).toMatchObject({ items: 0 });
  });

  it('warns once in development, naming the bound and how to change it', () => {
    const first = setup({ maxVisible: 1, maxQueued: 2 }).queue;
    for (const display of distinct(10)) first.add(display);
    const second = setup({ maxVisible: 1, maxQueued: 2 }).queue;
    for (const display of distinct(10)) second.add(display);
    expect(console.warn).toHaveBeenCalledTimes(1);
    const message = String(vi.mocked(console.warn).mock.calls[0]?.[0]);
    expect(message).toMatch(/waiting line is full at 2/);
    expect(message).toMatch(/oldest waiting error was dropped/);
    expect(message).toMatch(/maxQueued/);
    expect(message).toMatch(/ErrorToaster/);
    expect(message).toMatch(/fewer distinct errors/);
  });

  it('does not warn in production, and still drops', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { queue } = setup({ maxVisible: 1, maxQueued: 2 });
    for (const display of distinct(10)) queue.add(display);
    expect(queue.getSnapshot().dropped).toBe(7);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('resets the dropped count on destroy', () => {
    const { queue } = setup({ maxVisible: 1, maxQueued: 0 });
    for (const display of distinct(3)) queue.add(display);
    expect(queue.getSnapshot().dropped).toBe(2);
    queue.destroy();
    expect(queue.getSnapshot().dropped).toBe(0);
    queue.add(makeDisplay({ key: 'A' }));
    expect(queue.getSnapshot().dropped).toBe(0);
  });
});

describe('ToastQueue: durations', () => {
  it('gives a toast without action 5 s and one with an action 10 s by default', () => {
    const { queue } = setup();
    queue.add(makeDisplay({ key: 'plain' }));
    queue.add(makeDisplay({ key: 'action', actions: RETRY }));
    expect(queue.getSnapshot().visible.map((item) => item.duration)).toEqual([5000, 10_000]);
  });

  it('treats a dismiss-only action as no action', () => {
    const { queue } = setup();
    queue.add(makeDisplay({ actions: DISMISS_ONLY }));
    expect(queue.getSnapshot().visible[0]?.duration).toBe(5000);
  });

  it.each([
    ['below the floor', { duration: 1000, actionDuration: 2000 }],
    ['NaN', { duration: Number.NaN, actionDuration: Number.NaN }],
    [
      'not a number',
      { duration: '9' as unknown as number, actionDuration: null as unknown as number },
    ],
  ])('floors durations %s to 5 s and 10 s', (_, options) => {
    const { queue } = setup(options);
    queue.add(makeDisplay({ key: 'plain' }));
    queue.add(makeDisplay({ key: 'action', actions: RETRY }));
    queue.add(makeDisplay({ key: 'own' }), { duration: 10 });
    expect(queue.getSnapshot().visible.map((item) => item.duration)).toEqual([5000, 10000, 5000]);
  });

  it('honours longer durations', () => {
    const { queue } = setup({ duration: 8000, actionDuration: 15000 });
    queue.add(makeDisplay({ key: 'plain' }));
    queue.add(makeDisplay({ key: 'action', actions: RETRY }));
    queue.add(makeDisplay({ key: 'own' }), { duration: 7000 });
    expect(queue.getSnapshot().visible.map((item) => item.duration)).toEqual([8000, 15000, 7000]);
  });

  it('keeps a retry toast until the retry is possible plus 10 s', () => {
    const { queue } = setup();
    vi.setSystemTime(5000);
    queue.add(makeDisplay({ actions: RETRY, retryAt: 30_000 }));
    expect(queue.getSnapshot().visible[0]?.duration).toBe(35_000);
  });

  it('gives a persistent toast no end (Infinity), by display or by option', () => {
    const { queue } = setup();
    queue.add(makeDisplay({ persistent: true, actions: RETRY }));
    queue.add(makeDisplay({ key: 'forced' }), { persistent: true });
    queue.add(makeDisplay({ key: 'unforced', persistent: true }), { persistent: false });
    expect(queue.getSnapshot().visible.map((item) => item.duration)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      5000,
    ]);
  });

  it('applies new durations to toasts added or updated afterwards', () => {
    const { queue } = setup();
    const id = queue.add(makeDisplay({ key: 'before' }));
    queue.setOptions({ duration: 8000 });
    queue.add(makeDisplay({ key: 'after' }));
    expect(queue.getSnapshot().visible.map((item) => item.duration)).toEqual([5000, 8000]);
    queue.update(id, makeDisplay({ key: 'before' }));
    expect(queue.getSnapshot().visible[0]?.duration).toBe(8000);
  });

  it('keeps no time of its own: no pause or resume, Radix Toast pauses (SPEC 6)', () => {
    const { queue } = setup();
    expect('pause' in queue).toBe(false);
    expect('resume' in queue).toBe(false);
  });
});

describe('ToastQueue: snapshots and notifications', () => {
  it('returns the same snapshot until something changes', () => {
    const { queue } = setup();
    const empty = queue.getSnapshot();
    expect(queue.getSnapshot()).toBe(empty);
    queue.add(makeDisplay());
    const one = queue.getSnapshot();
    expect(one).not.toBe(empty);
    expect(queue.getSnapshot()).toBe(one);
    expect(Object.isFrozen(one)).toBe(true);
    expect(Object.isFrozen(one.visible)).toBe(true);
    expect(Object.isFrozen(one.visible[0])).toBe(true);
    queue.add(makeDisplay());
    expect(queue.getSnapshot()).not.toBe(one);
    expect(queue.getSnapshot().visible[0]?.count).toBe(2);
    expect(one.visible[0]?.count).toBe(1);
  });

  it('keeps the server snapshot empty and stable', () => {
    const { queue } = setup();
    queue.add(makeDisplay());
    expect(queue.getServerSnapshot()).toBe(queue.getServerSnapshot());
    expect(queue.getServerSnapshot()).toEqual({
      visible: [],
      queuedCount: 0,
      dropped: 0,
    });
  });

  it('notifies listeners once per microtask for a burst of 1000 changes', async () => {
    const { queue } = setup();
    const listener = vi.fn();
    queue.subscribe(listener);
    for (const display of distinct(1000)) queue.add(display);
    expect(listener).not.toHaveBeenCalled();
    await flush();
    expect(listener).toHaveBeenCalledTimes(1);
    queue.dismissAll();
    await flush();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stops notifying after unsubscribe', async () => {
    const { queue } = setup();
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    unsubscribe();
    queue.add(makeDisplay());
    await flush();
    expect(listener).not.toHaveBeenCalled();
    expect(queue.debugCounts().listeners).toBe(0);
  });

  it('keeps notifying the other listeners when one throws', async () => {
    const { queue } = setup();
    const failure = new Error('listener broke');
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    const good = vi.fn();
    queue.subscribe(() => {
      throw failure;
    });
    queue.subscribe(good);
    queue.add(makeDisplay());
    await flush();
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('uncaughtException', onError);
    expect(good).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([failure]);
  });
});

describe('ToastQueue: update, dismiss and destroy', () => {
  it('updates a toast in place, keeping its count, with a fresh updatedAt', () => {
    const { queue } = setup();
    const id = queue.add(makeDisplay({ title: 'before' }));
    queue.add(makeDisplay({ title: 'before' }));
    vi.setSystemTime(4000);
    expect(queue.update(id, makeDisplay({ title: 'after' }))).toBe(true);
    expect(queue.getSnapshot().visible[0]).toMatchObject({ id, count: 2, updatedAt: 4000 });
    expect(queue.getSnapshot().visible[0]?.display.title).toBe('after');
    expect(queue.update('unknown', makeDisplay())).toBe(false);
  });

  it('coalesces by the new key after an update changed it', () => {
    const { queue } = setup();
    const id = queue.add(makeDisplay({ key: 'A' }));
    queue.update(id, makeDisplay({ key: 'B' }));
    expect(queue.add(makeDisplay({ key: 'B' }))).toBe(id);
    expect(queue.add(makeDisplay({ key: 'A' }))).not.toBe(id);
  });

  it('uses a caller-chosen id, and updates the toast when that id is shown again', () => {
    const { queue } = setup();
    expect(queue.add(makeDisplay({ key: 'A' }), { id: 'mine' })).toBe('mine');
    expect(queue.add(makeDisplay({ key: 'B', title: 'B' }), { id: 'mine' })).toBe('mine');
    expect(queue.getSnapshot().visible).toHaveLength(1);
    expect(queue.getSnapshot().visible[0]?.display.title).toBe('B');
  });

  it('ignores dismissing an unknown id and dismissAll on an empty queue', async () => {
    const { queue } = setup();
    const listener = vi.fn();
    queue.subscribe(listener);
    queue.dismiss('nope');
    queue.dismissAll();
    await flush();
    expect(listener).not.toHaveBeenCalled();
  });

  it('dismisses everything with dismissAll', () => {
    const { queue } = setup();
    for (const display of distinct(10)) queue.add(display);
    queue.dismissAll();
    expect(queue.getSnapshot()).toMatchObject({ visible: [], queuedCount: 0 });
    expect(queue.debugCounts()).toMatchObject({ items: 0 });
  });

  it('leaves no listener, notification or item after destroy', async () => {
    const { queue } = setup();
    const listener = vi.fn();
    queue.subscribe(listener);
    queue.subscribe(() => {});
    for (const display of distinct(10)) queue.add(display);
    queue.add(makeDisplay({ key: 'sticky', persistent: true }));
    queue.destroy();
    expect(queue.debugCounts()).toEqual({ items: 0, listeners: 0, pendingNotifications: 0 });
    await flush();
    expect(listener).not.toHaveBeenCalled();
  });

  it('can be used again after destroy (StrictMode remount)', async () => {
    const { queue } = setup();
    queue.add(makeDisplay());
    queue.destroy();
    expect(queue.getSnapshot().visible).toHaveLength(0);
    const listener = vi.fn();
    queue.subscribe(listener);
    queue.add(makeDisplay());
    expect(queue.getSnapshot().visible).toHaveLength(1);
    await flush();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps one queue’s toasts out of another', () => {
    const first = setup().queue;
    const second = setup().queue;
    first.add(makeDisplay());
    expect(second.getSnapshot().visible).toHaveLength(0);
  });
});

/**
 * The queue trusts its displays (SPEC 11): it is internal, and the store's `show`/`update` build
 * every display with `toErrorDisplay`; hand-made bad displays are proved harmless there
 * (createErrorToasts.test.tsx, "a hand-made bad display"). Bad options still fall back here.
 */
describe('ToastQueue: bad options', () => {
  it('floors a bad maxVisible to 1', () => {
    const { queue } = setup({ maxVisible: 0 });
    for (const display of distinct(3)) queue.add(display);
    expect(queue.getSnapshot().visible).toHaveLength(1);
    queue.setOptions({ maxVisible: Number.NaN });
    expect(queue.getSnapshot().visible).toHaveLength(1);
  });
});

describe('ToastQueue: offline (setOffline)', () => {
  const network = (key: string) => ({ ...makeDisplay({ key }), type: 'NETWORK', code: null });

  it('shows no toast for a network failure while offline, and hands back each waiting retry once', () => {
    const { queue } = setup();
    queue.setOffline(true);
    const retry = vi.fn();
    const other = vi.fn();
    expect(queue.add(network('N1'), { retry })).toBe('');
    queue.add(network('N2'), { retry });
    queue.add(network('N3'), { retry: other });
    queue.add(network('N4'));
    expect(queue.getSnapshot().visible).toHaveLength(0);
    queue.add(makeDisplay({ key: 'asleep' }));
    expect(queue.getSnapshot().visible).toHaveLength(1);
    expect(queue.setOffline(false)).toEqual([retry, other]);
    expect(queue.setOffline(false)).toEqual([]);
    expect(queue.add(network('N1'))).not.toBe('');
  });

  it('ends the network toasts shown before going offline, keeping their retries', () => {
    const { queue } = setup();
    const retry = vi.fn();
    queue.add(network('N1'), { retry });
    queue.add(makeDisplay({ key: 'asleep' }));
    queue.setOffline(true);
    expect(queue.getSnapshot().visible.map((item) => item.display.key)).toEqual(['asleep']);
    expect(queue.setOffline(false)).toEqual([retry]);
  });

  it('keeps at most maxQueued retries waiting, and none after destroy', () => {
    const { queue } = setup({ maxQueued: 2 });
    queue.setOffline(true);
    for (let index = 0; index < 5; index += 1) queue.add(network(`N${index}`), { retry: vi.fn() });
    queue.destroy();
    queue.setOffline(true);
    queue.add(network('N'), { retry: vi.fn() });
    queue.add(network('M'), { retry: vi.fn() });
    queue.add(network('O'), { retry: vi.fn() });
    expect(queue.setOffline(false)).toHaveLength(2);
  });
});
