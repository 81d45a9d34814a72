'use client';
import { useLatest } from '../internal/useLatest';
import { useMemo, useState } from 'react';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { readDisplay } from '../../core/display/readDisplay';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';

/** Milliseconds in a second: the countdown's resolution. */
const SECOND_MS = 1000;

export interface RetryCountdownOptions {
  /** The clock, in epoch ms. Default `Date.now`. */
  readonly now?: () => number;
}

/** A new object only when a value changes: the component re-renders at most once a second. */
export interface RetryCountdown {
  /** Whole seconds until `retryAt`, rounded up; 0 when ready. */
  readonly secondsLeft: number;
  /** True when there is nothing to wait for (`retryAt` is null or has passed). */
  readonly ready: boolean;
}

interface CountdownState extends RetryCountdown {
  /** The `retryAt` this state was computed for. */
  readonly retryAt: number | null;
}

/**
 * The first value, before any clock is read: deterministic, so the server and the hydrating
 * client render the same thing. It takes the wait the error itself announced (`Retry-After`),
 * which is what the person would see had the page rendered the moment the error arrived; the
 * effect then corrects it from the clock before the first paint.
 */
function initialState(retryAt: number | null, display: ErrorDisplay | null): CountdownState {
  if (retryAt === null) return { retryAt, secondsLeft: 0, ready: true };
  const announced = display?.retryAfterSeconds ?? 0;
  const secondsLeft = announced > 0 ? Math.ceil(announced) : 0;
  return { retryAt, secondsLeft, ready: false };
}

/**
 * Seconds left until a display's `retryAt`, ticking once a second, and whether retrying makes
 * sense yet. Ready at once when `retryAt` is null or past.
 *
 * - Server-safe: the first render reads no clock (see `initialState`); the browser corrects the
 *   value in a layout effect, so nothing differs at hydration.
 * - Pauses while the page is hidden (no timer runs in a background tab) and re-syncs from the
 *   clock when the page is shown again.
 * - One timer at a time, aligned to the moment the whole-second value changes; cleared on
 *   unmount and whenever `retryAt` changes.
 */
export function useRetryCountdown(
  input: ErrorDisplay | null,
  options?: RetryCountdownOptions,
): RetryCountdown {
  // A public door for displays: a hand-made one is read once here (the kit's own pass at once).
  const display = readDisplay(input);
  const retryAt = display?.retryAt ?? null;
  const [state, setState] = useState<CountdownState>(() => initialState(retryAt, display));
  const now = useLatest(options?.now);

  useIsomorphicLayoutEffect(() => {
    if (retryAt === null) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const update = (secondsLeft: number, ready: boolean): void =>
      setState((previous) =>
        previous.retryAt === retryAt &&
        previous.secondsLeft === secondsLeft &&
        previous.ready === ready
          ? previous
          : { retryAt, secondsLeft, ready },
      );
    const tick = (): void => {
      stop();
      const clock = now.current ?? Date.now;
      const msLeft = retryAt - clock();
      if (!(msLeft > 0)) {
        // A countdown that ends in a hidden tab waits for the page to be visible: an app that
        // retries when it is ready must not wake a car for a page nobody looks at.
        if (document.visibilityState !== 'hidden') update(0, true);
        return;
      }
      const secondsLeft = Math.ceil(msLeft / SECOND_MS);
      update(secondsLeft, false);
      if (document.visibilityState === 'hidden') return;
      // Wake exactly when the whole-second value changes: within (0, 1000] ms.
      timer = setTimeout(tick, msLeft - (secondsLeft - 1) * SECOND_MS);
    };
    const onVisibilityChange = (): void => {
      if (document.visibilityState === 'hidden') stop();
      else tick();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    tick();
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [retryAt]);

  const current = state.retryAt === retryAt ? state : initialState(retryAt, display);
  const { secondsLeft, ready } = current;
  return useMemo(() => ({ secondsLeft, ready }), [secondsLeft, ready]);
}
