'use client';
/**
 * Internal: announcements through two visually hidden live regions (assertive `role="alert"`,
 * polite `role="status"`) that are rendered empty from the start, on the server too. Text is
 * written a moment after `announce` — a live region only speaks when its content changes after
 * the assistive technology has seen it (the same reason Radix Toast defers its announcement) —
 * and cleared a few seconds later so browse mode does not read it twice beside the visible text.
 *
 * `useAnnouncer()` → `{ announce(text, politeness), regions }`; render `regions` once inside the
 * component. Unmounting clears every timer.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { ErrorPoliteness } from '../../core/display/ErrorDisplay';
import { VISUALLY_HIDDEN_STYLE } from './VisuallyHidden';

/** Delay before text is written into a region, in ms, so a just-mounted region is registered. */
export const ANNOUNCE_DELAY_MS = 100;
/** How long announced text stays in a region, in ms. */
export const ANNOUNCEMENT_CLEAR_MS = 5000;

/** What `useAnnouncer` returns. */
export interface Announcer {
  /** Speaks `text` once, assertively or politely. A later call replaces an earlier one. */
  readonly announce: (text: string, politeness: ErrorPoliteness) => void;
  /** The two live regions; render them once. */
  readonly regions: ReactElement;
}

type Texts = Readonly<Record<ErrorPoliteness, string>>;

/** Two live regions and a function that speaks through them. */
export function useAnnouncer(): Announcer {
  const [texts, setTexts] = useState<Texts>({ assertive: '', polite: '' });
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      pending.forEach(clearTimeout);
      pending.clear();
    };
  }, []);

  const later = useCallback((ms: number, run: () => void) => {
    const id = setTimeout(() => {
      timers.current.delete(id);
      run();
    }, ms);
    timers.current.add(id);
  }, []);

  const announce = useCallback(
    (text: string, politeness: ErrorPoliteness) => {
      setTexts((current) => ({ ...current, [politeness]: '' }));
      later(ANNOUNCE_DELAY_MS, () => {
        setTexts((current) => ({ ...current, [politeness]: text }));
        later(ANNOUNCEMENT_CLEAR_MS, () =>
          setTexts((current) =>
            current[politeness] === text ? { ...current, [politeness]: '' } : current,
          ),
        );
      });
    },
    [later],
  );

  const regions = useMemo(
    () => (
      <>
        <div
          role="alert"
          aria-atomic="true"
          style={VISUALLY_HIDDEN_STYLE}
          data-sek-part="announcer"
        >
          {texts.assertive}
        </div>
        <div
          role="status"
          aria-atomic="true"
          style={VISUALLY_HIDDEN_STYLE}
          data-sek-part="announcer"
        >
          {texts.polite}
        </div>
      </>
    ),
    [texts],
  );

  return { announce, regions };
}
