'use client';
/**
 * Internal: decides what the toaster says (SPEC 24). Each toast is announced once when it
 * becomes visible (shown, or promoted from the queue), assertively when its display is
 * assertive (the display model makes critical errors assertive), else politely. A repeat
 * (its count grew) is announced again with its count, at most once per
 * `REPEAT_ANNOUNCE_INTERVAL_MS`, so a storm of one error is said once, not a hundred times,
 * while a retry that fails again a few seconds later is still heard.
 */
import { useEffect, useRef } from 'react';
import { formatTemplate } from '../../core/messages/formatTemplate';
import type { ToastItem } from '../../core/queue/types';
import { announcementText } from '../internal/announcementText';
import type { Announcer } from '../internal/useAnnouncer';
import type { UiStrings } from '../../core/messages/LocalePack';

/** Shortest time between two announcements of one toast's repeats, in ms. */
export const REPEAT_ANNOUNCE_INTERVAL_MS = 5000;

/** "<severity>: <title>. <message> <repeated N times>", without doubled punctuation. */
export function toastAnnouncement(item: ToastItem, ui: UiStrings): string {
  const repeat = item.count > 1 ? formatTemplate(ui.toastRepeatLabel, { count: item.count }) : '';
  const repeatSentence = repeat === '' || /[.!?…]$/.test(repeat) ? repeat : `${repeat}.`;
  return announcementText(item.display, ui, repeatSentence);
}

interface Heard {
  count: number;
  at: number;
}

/**
 * Announce, through the toaster's `announce` (the kit's one announcer), the visible toasts that
 * are new or repeated. A repeat inside the interval is not dropped: one timer (for the whole
 * toaster) says it when the interval ends.
 */
export function useToastAnnouncements(
  visible: readonly ToastItem[],
  uiFor: (locale: string) => UiStrings,
  announce: Announcer['announce'],
): void {
  const heard = useRef(new Map<string, Heard>());

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sweep = (): void => {
      const now = Date.now();
      const next = new Map<string, Heard>();
      let nextDue = Number.POSITIVE_INFINITY;
      for (const item of visible) {
        const before = heard.current.get(item.id);
        const due = before === undefined ? now : before.at + REPEAT_ANNOUNCE_INTERVAL_MS;
        if (before === undefined || (item.count > before.count && now >= due)) {
          announce(toastAnnouncement(item, uiFor(item.display.locale)), item.display.politeness);
          next.set(item.id, { count: item.count, at: now });
        } else {
          if (item.count > before.count) nextDue = Math.min(nextDue, due);
          next.set(item.id, before);
        }
      }
      heard.current = next;
      if (nextDue < Number.POSITIVE_INFINITY) timer = setTimeout(sweep, nextDue - now);
    };
    sweep();
    return () => clearTimeout(timer);
  }, [visible, uiFor, announce]);
}
