import type { ErrorDisplay } from '../display/ErrorDisplay';

/** Shortest auto-dismiss delay of a toast, in ms (enough to read two short sentences). */
export const MIN_TOAST_DURATION_MS = 5000;

/**
 * Shortest auto-dismiss delay of a toast that offers an action, in ms (time to reach and press it).
 */
export const MIN_ACTION_TOAST_DURATION_MS = 10000;

/** Default number of toasts shown at once. */
export const DEFAULT_MAX_VISIBLE = 3;

/**
 * Default number of toasts that may wait for a slot; beyond it the oldest waiting one is dropped.
 * 50 waiting toasts are over a minute of toasts at 3 visible and 5 s each: older ones are stale
 * before anyone could reach them. It also bounds memory under a storm (issue 7: 1000 distinct
 * errors retained 991 KiB of heap at 50 in the benchmark, 1.01 MiB at 100; target 1 MiB).
 */
export const DEFAULT_MAX_QUEUED = 50;

/**
 * `maxQueued` as the queue keeps it: Infinity is a valid "never drop"; NaN or a non-number keeps
 * the default bound rather than lifting it.
 */
export function queueBound(value: unknown): number {
  return typeof value === 'number' && value === value
    ? Math.max(0, Math.floor(value))
    : DEFAULT_MAX_QUEUED;
}

/** The durations a queue resolves each toast's delay from. */
export interface DurationSettings {
  readonly duration: number;
  readonly actionDuration: number;
}

/**
 * `value` when it is a finite number ≥ `floor`, else `floor` (bad input falls back, never throws).
 */
export function atLeast(value: unknown, floor: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, floor) : floor;
}

/** True when the display offers something to do other than dismissing it. */
export function hasRealAction(display: ErrorDisplay): boolean {
  const actions: unknown = display.actions;
  return Array.isArray(actions) && actions.some((action) => action?.kind !== 'dismiss');
}

/**
 * The auto-dismiss delay of one toast in ms, `Infinity` when persistent. A retry that becomes
 * available later keeps the toast up until then plus the action floor, so the countdown can end
 * and the person still has time to press Retry.
 */
export function resolveDuration(
  display: ErrorDisplay,
  settings: DurationSettings,
  now: number,
  override?: { readonly duration?: number; readonly persistent?: boolean },
): number {
  if (override?.persistent ?? display.persistent === true) return Number.POSITIVE_INFINITY;
  const withAction = hasRealAction(display);
  const floor = withAction ? MIN_ACTION_TOAST_DURATION_MS : MIN_TOAST_DURATION_MS;
  const base = atLeast(
    override?.duration ?? (withAction ? settings.actionDuration : settings.duration),
    floor,
  );
  const retryAt = display.retryAt;
  if (typeof retryAt === 'number' && Number.isFinite(retryAt) && retryAt > now) {
    return Math.max(base, retryAt - now + MIN_ACTION_TOAST_DURATION_MS);
  }
  return base;
}
