'use client';
/**
 * Internal: the kit's one announcer, used by the banner and the toaster — two visually hidden
 * live regions (assertive `role="alert"`, polite `role="status"`) that exist before anything is
 * said (a region that appears together with its text is often not spoken). Text is written
 * `ANNOUNCE_DELAY_MS` after `announce` (announcements made meanwhile are joined, so a burst of
 * toasts is one utterance) and cleared `ANNOUNCEMENT_CLEAR_MS` later, so browse mode does not
 * read it twice beside the visible text.
 *
 * `useAnnouncer(createBox?)` → `{ announce(text, politeness), regions }`; render `regions` once.
 * With a `createBox` (the toaster's `modalFollowingBox`), the regions are portalled into that
 * container, placed again at each `announce` and removed on unmount. Unmounting clears every
 * timer.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { createPortal } from 'react-dom';
import type { ErrorPoliteness } from '../../core/catalogue/catalogueTypes';
import type { AnnouncerBox } from './modalFollowingBox';
import { VISUALLY_HIDDEN_STYLE } from './VisuallyHidden';

/**
 * Delay before text is written into a region, in ms, so a just-mounted or moved region is
 * registered.
 */
export const ANNOUNCE_DELAY_MS = 100;
/** How long announced text stays in a region, in ms. */
export const ANNOUNCEMENT_CLEAR_MS = 5000;

export interface Announcer {
  /** Speaks `text` once, assertively or politely. */
  readonly announce: (text: string, politeness: ErrorPoliteness) => void;
  /** The two live regions; render them once. */
  readonly regions: ReactNode;
}

type Texts = Readonly<Record<ErrorPoliteness, string>>;
type SetTexts = Dispatch<SetStateAction<Texts>>;
const SILENT: Texts = { assertive: '', polite: '' };

/**
 * The two live regions. They own their text and hand its setter back through `setterRef`, so
 * writing and clearing it (100 ms and 5 s after each toast) re-renders the two regions, never the
 * component that announces (the toaster and its toasts).
 */
function LiveRegions({ setterRef }: { readonly setterRef: { current: SetTexts } }) {
  const [texts, setTexts] = useState(SILENT);
  useEffect(() => {
    setterRef.current = setTexts;
  }, [setterRef]);
  return (['assertive', 'polite'] as const).map((politeness) => (
    <div
      key={politeness}
      role={politeness === 'polite' ? 'status' : 'alert'}
      aria-live={politeness}
      aria-atomic="true"
      data-sek-live={politeness}
    >
      {texts[politeness]}
    </div>
  ));
}

/** Two live regions and a function that speaks through them. */
export function useAnnouncer(createBox?: () => AnnouncerBox | null): Announcer {
  // Until the regions are mounted their text is SILENT: nothing to write or clear yet.
  const setTexts = useRef<SetTexts>(() => {});
  const [box] = useState(() => createBox?.() ?? null);
  const waiting = useRef({ assertive: [] as string[], polite: [] as string[] });
  const flushTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = useCallback(() => {
    flushTimer.current ??= setTimeout(() => {
      flushTimer.current = undefined;
      const { assertive, polite } = waiting.current;
      waiting.current = { assertive: [], polite: [] };
      setTexts.current((current) => ({
        assertive: assertive.join(' ') || current.assertive,
        polite: polite.join(' ') || current.polite,
      }));
      clearTimeout(clearTimer.current);
      clearTimer.current = setTimeout(() => setTexts.current(SILENT), ANNOUNCEMENT_CLEAR_MS);
    }, ANNOUNCE_DELAY_MS);
  }, []);

  const place = useCallback(() => box?.place(), [box]);

  useEffect(() => {
    place();
    return () => box?.element.remove();
  }, [box, place]);

  useEffect(() => {
    // StrictMode runs this cleanup and setup between an announce and its write: keep the text.
    if (waiting.current.assertive.length + waiting.current.polite.length > 0) schedule();
    return () => {
      clearTimeout(flushTimer.current);
      clearTimeout(clearTimer.current);
      flushTimer.current = undefined;
    };
  }, [schedule]);

  const announce = useCallback(
    (text: string, politeness: ErrorPoliteness) => {
      place();
      // Emptied now and written later, so the same text said again is a change that is spoken.
      setTexts.current((current) =>
        current[politeness] === '' ? current : { ...current, [politeness]: '' },
      );
      waiting.current[politeness].push(text);
      schedule();
    },
    [place, schedule],
  );

  // The same element every render: the toaster's renders never re-render the regions either.
  const live = useMemo(() => <LiveRegions setterRef={setTexts} />, []);
  const regions =
    box === null ? (
      <div style={VISUALLY_HIDDEN_STYLE} data-sek-announcer="">
        {live}
      </div>
    ) : (
      createPortal(live, box.element)
    );
  return { announce, regions };
}
