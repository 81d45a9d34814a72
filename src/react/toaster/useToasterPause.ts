'use client';
/**
 * Internal: pauses the queue's timers while the person is busy with the toasts or away — pointer
 * over the region (`hover`), focus inside it (`focus`), window blurred (`window`), page hidden
 * (`hidden`) — each a separate pause reason, so the timers run again only when all have ended.
 *
 * Radix Toast pauses its own timers on hover, focus and window blur, but the toaster gives Radix
 * `duration={Infinity}` (the queue owns the timers), so these listeners are ours. Radix also
 * detaches its listeners while no toast is open and can then miss the matching resume; ours stay
 * attached for the toaster's lifetime. Unmounting removes every listener and releases every
 * reason, so a provider that outlives the toaster is never left paused.
 */
import { useEffect } from 'react';
import type { ToastQueue } from '../../core/queue/ToastQueue';

/** The pause reasons this hook holds on the queue. */
export const PAUSE_REASONS = ['hover', 'focus', 'window', 'hidden'] as const;

/** Attach the pause listeners to `region` (the toast region) and the window and document. */
export function useToasterPause(queue: ToastQueue, region: HTMLElement | null): void {
  useEffect(() => {
    if (region === null) return undefined;
    const doc = region.ownerDocument;
    const win = doc.defaultView;
    const onPointerMove = () => queue.pause('hover');
    const onPointerLeave = () => queue.resume('hover');
    const onFocusIn = () => queue.pause('focus');
    const onFocusOut = (event: FocusEvent) => {
      if (!region.contains(event.relatedTarget as Node | null)) queue.resume('focus');
    };
    const onWindowBlur = () => queue.pause('window');
    const onWindowFocus = () => queue.resume('window');
    const onVisibility = () => {
      if (doc.visibilityState === 'hidden') queue.pause('hidden');
      else queue.resume('hidden');
    };
    region.addEventListener('pointermove', onPointerMove);
    region.addEventListener('pointerleave', onPointerLeave);
    region.addEventListener('focusin', onFocusIn);
    region.addEventListener('focusout', onFocusOut);
    win?.addEventListener('blur', onWindowBlur);
    win?.addEventListener('focus', onWindowFocus);
    doc.addEventListener('visibilitychange', onVisibility);
    onVisibility();
    if (region.contains(doc.activeElement)) onFocusIn();
    return () => {
      region.removeEventListener('pointermove', onPointerMove);
      region.removeEventListener('pointerleave', onPointerLeave);
      region.removeEventListener('focusin', onFocusIn);
      region.removeEventListener('focusout', onFocusOut);
      win?.removeEventListener('blur', onWindowBlur);
      win?.removeEventListener('focus', onWindowFocus);
      doc.removeEventListener('visibilitychange', onVisibility);
      for (const reason of PAUSE_REASONS) queue.resume(reason);
    };
  }, [queue, region]);
}
