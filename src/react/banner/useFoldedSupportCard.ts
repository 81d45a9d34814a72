'use client';
/**
 * The banner's folded-in support card (SPEC B-6): shown from the start when the primary action
 * is contact-support, on demand when a secondary action is; activating contact-support moves
 * focus to the card and scrolls it into view.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';

/** What the banner needs to render and reach its support card. */
export interface FoldedSupportCard {
  /** Whether the card is rendered. */
  readonly shown: boolean;
  /** The card's root, for focus. */
  readonly ref: RefObject<HTMLElement | null>;
  /** The contact-support action's handler: show the card and move focus to it. */
  readonly open: () => void;
}

/** State and focus handling of the banner's support card. */
export function useFoldedSupportCard(display: ErrorDisplay): FoldedSupportCard {
  const [requested, setRequested] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const ref = useRef<HTMLElement>(null);
  const primary = display.actions[0]?.kind === 'contact-support';
  const offered = display.actions.some((action) => action.kind === 'contact-support');

  // Focus after the render that mounted the card, not in the click handler.
  useEffect(() => {
    if (focusRequest === 0) return;
    const card = ref.current;
    card?.focus({ preventScroll: true });
    card?.scrollIntoView?.({ block: 'nearest' });
  }, [focusRequest]);

  const open = useCallback(() => {
    setRequested(true);
    setFocusRequest((count) => count + 1);
  }, []);

  return { shown: primary || (offered && requested), ref, open };
}
