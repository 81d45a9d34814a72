'use client';
/**
 * What the banner says through its live regions (SPEC B-2, B-4.8): the error once after mount
 * and whenever its `key` changes (assertively for assertive displays), and once, politely, when
 * a retry countdown ends. Nothing on other re-renders, nothing on countdown ticks.
 */
import { useEffect, useRef } from 'react';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { announcementText } from '../internal/announcementText';
import type { Announcer } from '../internal/useAnnouncer';
import type { UiStrings } from '../../core/messages/LocalePack';

/** Wires the banner's announcements to `announcer`. */
export function useBannerAnnouncements(options: {
  readonly display: ErrorDisplay;
  readonly ui: UiStrings;
  readonly announcer: Announcer;
  readonly enabled: boolean;
  /** `ready` of the retry countdown, or null when there is none. */
  readonly retryReady: boolean | null;
}): void {
  const { display, ui, announcer, enabled, retryReady } = options;
  const text = announcementText(display, ui);
  const { announce } = announcer;

  // Once per key: a re-render of the same error (or StrictMode's second effect run) stays silent.
  const announcedKey = useRef<string | null>(null);
  useEffect(() => {
    if (!enabled || announcedKey.current === display.key) return;
    announcedKey.current = display.key;
    announce(text, display.politeness);
  }, [display.key, display.politeness, text, enabled, announce]);

  const wasReady = useRef(retryReady);
  useEffect(() => {
    if (wasReady.current === false && retryReady === true) announce(ui.retryReady, 'polite');
    wasReady.current = retryReady;
  }, [retryReady, ui.retryReady, announce]);
}
