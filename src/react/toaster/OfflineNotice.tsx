'use client';
/**
 * Internal: the one polite notice shown in the toast region while the browser is offline ("You're
 * offline…"), instead of a network toast per failed request. It blames neither Smartcar nor the
 * car, offers no "Try again" (nothing can succeed until the connection is back) and ends by itself
 * when the browser is online again. Like "N more", it is a Radix `Toast.Root` that never closes
 * (so it sits in the region and its Tab order); the toaster's announcer says it once, politely.
 * Emits `offline-shown` and `offline-ended` (with how long it was shown).
 */
import * as Toast from '@radix-ui/react-toast';
import { useEffect, type SyntheticEvent } from 'react';
import type { ErrorPoliteness } from '../../core/catalogue/catalogueTypes';
import { Icon } from '../internal/Icon';
import { useKitEvents } from '../internal/useKitEvents';
import { classProp } from '../internal/classProp';

export interface OfflineNoticeProps {
  /** The locale's `offline` text. */
  readonly text: string;
  readonly announce: (text: string, politeness: ErrorPoliteness) => void;
  readonly className?: string | undefined;
}

/** What the events say the notice is about: the connection, not Smartcar or the car. */
const OFFLINE = { type: 'NETWORK', code: null };

const prevent = (event: Event | SyntheticEvent) => event.preventDefault();

export function OfflineNotice({ text, announce, className }: OfflineNoticeProps) {
  const emit = useKitEvents();
  useEffect(() => {
    const shownAt = Date.now();
    emit('offline-shown', 'offline-notice', OFFLINE);
    return () =>
      emit('offline-ended', 'offline-notice', OFFLINE, { visibleMs: Date.now() - shownAt });
  }, [emit]);
  useEffect(() => announce(text, 'polite'), [announce, text]);
  return (
    <Toast.Root
      open
      duration={Number.POSITIVE_INFINITY}
      type="background"
      // Never closes on Escape or swipe: it ends when the connection is back.
      onOpenChange={() => {}}
      onSwipeStart={prevent}
      onSwipeMove={prevent}
      onSwipeEnd={prevent}
      {...classProp(className)}
      data-sek-part="toast"
      data-sek-severity="info"
      data-sek-offline=""
    >
      <Icon name="info" />
      <div data-sek-part="body">
        <Toast.Title data-sek-part="title">{text}</Toast.Title>
      </div>
    </Toast.Root>
  );
}
