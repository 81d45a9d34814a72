/**
 * Counts what the page schedules and attaches — timeouts, intervals, animation frames and event
 * listeners — by wrapping the browser's functions. Imported first by the storm page, so it wraps
 * them before React, Radix or the kit load (React's scheduler keeps its own `setTimeout`
 * reference from load time). The page's own driver uses `untracked`, so it is not counted.
 */

interface Tracked {
  readonly seq: number;
  readonly what: string;
}

/** Weakly held, so the tracker keeps no removed node (or its listener's closure) alive. */
interface TrackedListener extends Tracked {
  readonly target: WeakRef<EventTarget>;
  readonly type: string;
  readonly listener: WeakRef<object>;
  readonly capture: boolean;
}

/** The browser's own functions, for the benchmark's driver. */
export const untracked = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
};

let seq = 0;
const timeouts = new Map<number, Tracked>();
const intervals = new Map<number, Tracked>();
const frames = new Map<number, Tracked>();
const listeners = new Set<TrackedListener>();

const captureOf = (options: unknown) =>
  typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
const isOnce = (options: unknown) =>
  typeof options === 'object' && options !== null && (options as { once?: boolean }).once === true;
const nameOf = (target: EventTarget) =>
  target === window ? 'window' : target instanceof Node ? target.nodeName : target.constructor.name;

function findListener(target: EventTarget, type: string, listener: unknown, capture: boolean) {
  for (const entry of listeners) {
    if (
      entry.type === type &&
      entry.capture === capture &&
      entry.target.deref() === target &&
      entry.listener.deref() === listener
    ) {
      return entry;
    }
  }
  return undefined;
}

const originalAdd = EventTarget.prototype.addEventListener;
const originalRemove = EventTarget.prototype.removeEventListener;

EventTarget.prototype.addEventListener = function add(type, listener, options) {
  // A `once` listener removes itself when it runs; it is not counted (it cannot be tracked).
  if (
    listener !== null &&
    !isOnce(options) &&
    !findListener(this, type, listener, captureOf(options))
  ) {
    seq += 1;
    listeners.add({
      seq,
      what: `${type} on ${nameOf(this)}`,
      target: new WeakRef(this),
      type,
      listener: new WeakRef(listener),
      capture: captureOf(options),
    });
  }
  return originalAdd.call(this, type, listener, options);
};

EventTarget.prototype.removeEventListener = function remove(type, listener, options) {
  const entry = findListener(this, type, listener, captureOf(options));
  if (entry) listeners.delete(entry);
  return originalRemove.call(this, type, listener, options);
};

window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  seq += 1;
  const tracked = { seq, what: `setTimeout(${ms ?? 0} ms)` };
  const id = untracked.setTimeout(() => {
    timeouts.delete(id);
    if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
  }, ms);
  timeouts.set(id, tracked);
  return id;
}) as typeof window.setTimeout;

window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timeouts.delete(id);
  untracked.clearTimeout(id);
}) as typeof window.clearTimeout;

window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  seq += 1;
  const id = untracked.setInterval(() => {
    if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
  }, ms);
  intervals.set(id, { seq, what: `setInterval(${ms ?? 0} ms)` });
  return id;
}) as typeof window.setInterval;

window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  untracked.clearInterval(id);
}) as typeof window.clearInterval;

const originalCancelFrame = window.cancelAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) => {
  seq += 1;
  const tracked = { seq, what: 'requestAnimationFrame' };
  const id = untracked.requestAnimationFrame((time) => {
    frames.delete(id);
    callback(time);
  });
  frames.set(id, tracked);
  return id;
};
window.cancelAnimationFrame = (id) => {
  frames.delete(id);
  originalCancelFrame(id);
};

/** A point in time to count from. */
export function mark(): number {
  return seq;
}

/** What was scheduled or attached after `since` and is still pending or attached. */
export function aliveSince(since: number) {
  const after = (entries: Iterable<Tracked>) =>
    [...entries].filter((entry) => entry.seq > since).map((entry) => entry.what);
  return {
    timeouts: after(timeouts.values()),
    intervals: after(intervals.values()),
    animationFrames: after(frames.values()),
    // A listener on a node that left the document goes with the node.
    listeners: after(
      [...listeners].filter((entry) => {
        const target = entry.target.deref();
        return target !== undefined && (!(target instanceof Node) || target.isConnected);
      }),
    ),
  };
}
