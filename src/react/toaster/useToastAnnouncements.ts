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
import { formatTemplate } from '../../core/messages/index';
import type { ToastItem } from '../../core/queue/types';
import { announcementText } from '../internal/announcementText';
import type { KitUiStrings } from '../internal/useUiStrings';
import { LiveAnnouncer } from './LiveAnnouncer';

/** Shortest time between two announcements of one toast's repeats, in ms. */
export const REPEAT_ANNOUNCE_INTERVAL_MS = 5000;

/** "<severity>: <title>. <message> <repeated N times>", without doubled punctuation. */
export function toastAnnouncement(item: ToastItem, ui: KitUiStrings): string {
  const repeat = item.count > 1 ? formatTemplate(ui.toastRepeatLabel, { count: item.count }) : '';
  const repeatSentence = repeat === '' || /[.!?…]$/.test(repeat) ? repeat : `${repeat}.`;
  return announcementText(item.display, ui, repeatSentence);
}

interface Heard {
  count: number;
  at: number;
}

/**
 * Own the toaster's `LiveAnnouncer` (created after the first client commit, destroyed on unmount)
 * and announce the visible toasts that are new or repeated. A repeat inside the interval is not
 * dropped: one timer (for the whole toaster) says it when the interval ends. Announcer and
 * "already heard" memory live and die together, so StrictMode's extra effect run neither loses
 * nor doubles an announcement.
 */
export function useToastAnnouncements(
  visible: readonly ToastItem[],
  uiFor: (locale: string) => KitUiStrings,
): void {
  const announcer = useRef<LiveAnnouncer | null>(null);
  const heard = useRef(new Map<string, Heard>());
  const latest = useRef(visible);
  const latestUi = useRef(uiFor);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const speaker = new LiveAnnouncer(document);
    announcer.current = speaker;
    heard.current = new Map();
    return () => {
      speaker.destroy();
      announcer.current = null;
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, []);

  useEffect(() => {
    latest.current = visible;
    latestUi.current = uiFor;
    const sweep = (): void => {
      timer.current = undefined;
      const speaker = announcer.current;
      if (speaker === null) return;
      const now = Date.now();
      const seen = heard.current;
      const next = new Map<string, Heard>();
      let nextDue = Number.POSITIVE_INFINITY;
      for (const item of latest.current) {
        const before = seen.get(item.id);
        const politeness = item.display.politeness === 'assertive' ? 'assertive' : 'polite';
        const due = before === undefined ? now : before.at + REPEAT_ANNOUNCE_INTERVAL_MS;
        if (before === undefined || (item.count > before.count && now >= due)) {
          const text = toastAnnouncement(item, latestUi.current(item.display.locale));
          speaker.announce(text, politeness);
          next.set(item.id, { count: item.count, at: now });
        } else {
          if (item.count > before.count) nextDue = Math.min(nextDue, due);
          next.set(item.id, before);
        }
      }
      heard.current = next;
      if (Number.isFinite(nextDue)) timer.current = setTimeout(sweep, nextDue - now);
    };
    sweep();
    return () => {
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [visible, uiFor]);
}
