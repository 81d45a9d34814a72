'use client';
/**
 * Internal: tells a toast queue whether the browser is offline (`navigator.onLine`, updated by
 * the `online` and `offline` events; a failed `fetch` while offline is the `NETWORK` failure the
 * queue then holds). Back online, the retries that waited run once each, spread out so they do not
 * all hit the API at the same instant: the n-th after n × 250 ms plus up to 250 ms of jitter. None
 * runs from a hidden tab: waking a car for a page nobody looks at drains its 12 V battery, and
 * Smartcar limits requests per vehicle; they wait until the page is visible. Unmounting, or going
 * offline again, cancels the ones not yet run.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ToastQueue } from '../../core/queue/ToastQueue';
import { safely } from '../internal/runAction';

/** Gap between two retries that waited for the connection, in ms. */
export const RETRY_STAGGER_MS = 250;
/** Random extra delay of each such retry, at most, in ms (so several tabs do not align). */
export const RETRY_JITTER_MS = 250;

function subscribe(onChange: () => void): () => void {
  addEventListener('online', onChange);
  addEventListener('offline', onChange);
  return () => {
    removeEventListener('online', onChange);
    removeEventListener('offline', onChange);
  };
}
const isOffline = () => navigator.onLine === false;
/** A server never renders the notice: hydration starts online and corrects at once. */
const onlineOnServer = () => false;

/** True while the browser is offline; keeps `queue` told and runs the retries that waited. */
export function useOfflineQueue(queue: ToastQueue): boolean {
  useEffect(() => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    let waiting: (() => void)[] = [];
    const start = () => {
      if (document.visibilityState === 'hidden') return;
      waiting.forEach((retry, index) =>
        timers.push(
          setTimeout(
            () => safely(retry),
            index * RETRY_STAGGER_MS + Math.random() * RETRY_JITTER_MS,
          ),
        ),
      );
      waiting = [];
    };
    // Told in the event itself, not after a render: a failure reported right after `offline`
    // (in the same task) already finds the queue offline.
    const sync = () => {
      const offline = isOffline();
      if (offline) timers.forEach(clearTimeout);
      waiting.push(...queue.setOffline(offline));
      start();
    };
    sync();
    const stop = subscribe(sync);
    document.addEventListener('visibilitychange', start);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', start);
      timers.forEach(clearTimeout);
    };
  }, [queue]);
  return useSyncExternalStore(subscribe, isOffline, onlineOnServer);
}
