'use client';
/**
 * Internal: the kit's one announcer, used by the banner and the toaster — two visually hidden
 * live regions (assertive `role="alert"`, polite `role="status"`) that exist before anything is
 * said (a region that appears together with its text is often not spoken). Text is written
 * `ANNOUNCE_DELAY_MS` after `announce` (announcements made meanwhile are joined, so a burst of
 * toasts is one utterance) and cleared `ANNOUNCEMENT_CLEAR_MS` later, so browse mode does not
 * read it twice beside the visible text.
 *
 * `useAnnouncer()` → `{ announce(text, politeness), regions }`; render `regions` once.
 * With `followModals` (the toaster), the regions are portalled into a container of the hook's own,
 * kept in the topmost open modal dialog, else `<body>`, chosen again at each `announce` (React's
 * listeners on a portal target stay there, so the target is ours, removed on unmount): SPEC 24 requires announcing while a modal
 * `<dialog>` or `aria-modal` hides the rest of the page, which Radix Toast's announcer (portalled
 * to `<body>`) cannot. Unmounting clears every timer.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import type { ErrorPoliteness } from '../../core/display/ErrorDisplay';
import { VISUALLY_HIDDEN_STYLE } from './VisuallyHidden';

/** Delay before text is written into a region, in ms, so a just-mounted or moved region is registered. */
export const ANNOUNCE_DELAY_MS = 100;
/** How long announced text stays in a region, in ms. */
export const ANNOUNCEMENT_CLEAR_MS = 5000;

/** What `useAnnouncer` returns. */
export interface Announcer {
  /** Speaks `text` once, assertively or politely. */
  readonly announce: (text: string, politeness: ErrorPoliteness) => void;
  /** The two live regions; render them once. */
  readonly regions: ReactNode;
}

type Texts = Readonly<Record<ErrorPoliteness, string>>;
const SILENT: Texts = { assertive: '', polite: '' };

/**
 * The regions' text, kept apart from the component that announces: only `LiveRegions` reads it,
 * so writing and clearing it (100 ms and 5 s after each toast) re-renders the two regions, never
 * the toaster and its toasts.
 */
interface TextStore {
  readonly get: () => Texts;
  readonly set: (next: (current: Texts) => Texts) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

function createTextStore(): TextStore {
  let texts = SILENT;
  // One listener: the one `LiveRegions` rendered (useSyncExternalStore skips an unchanged value).
  let listener = () => {};
  return {
    get: () => texts,
    set: (next) => {
      texts = next(texts);
      listener();
    },
    subscribe: (onChange) => {
      listener = onChange;
      return () => {
        if (listener === onChange) listener = () => {};
      };
    },
  };
}

const silent = (): Texts => SILENT;

/** The two live regions, each with its text. */
function LiveRegions({ texts }: { readonly texts: TextStore }) {
  const { assertive, polite } = useSyncExternalStore(texts.subscribe, texts.get, silent);
  return (
    <>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-sek-live="assertive">
        {assertive}
      </div>
      <div role="status" aria-live="polite" aria-atomic="true" data-sek-live="polite">
        {polite}
      </div>
    </>
  );
}

/** The last open modal (which makes the rest of the page inert or aria-hidden), else `<body>`. */
function announcerHost(doc: Document): HTMLElement {
  const modals = doc.querySelectorAll<HTMLElement>('dialog[open], [aria-modal="true"]');
  for (let index = modals.length - 1; index >= 0; index -= 1) {
    const modal = modals[index]!;
    const open =
      modal instanceof HTMLDialogElement
        ? modal.matches(':modal')
        : modal.getClientRects().length > 0;
    if (open) return modal;
  }
  return doc.body;
}

/** Two live regions and a function that speaks through them. */
export function useAnnouncer(followModals = false): Announcer {
  const [texts] = useState(createTextStore);
  const setTexts = texts.set;
  const [box] = useState(() => {
    if (!followModals || typeof document === 'undefined') return null;
    const element = document.createElement('div');
    Object.assign(element.style, VISUALLY_HIDDEN_STYLE);
    element.setAttribute('data-sek-announcer', '');
    return element;
  });
  const waiting = useRef({ assertive: [] as string[], polite: [] as string[] });
  const flushTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = useCallback(() => {
    flushTimer.current ??= setTimeout(() => {
      flushTimer.current = undefined;
      const { assertive, polite } = waiting.current;
      waiting.current = { assertive: [], polite: [] };
      setTexts((current) => ({
        assertive: assertive.join(' ') || current.assertive,
        polite: polite.join(' ') || current.polite,
      }));
      clearTimeout(clearTimer.current);
      clearTimer.current = setTimeout(() => setTexts(silent), ANNOUNCEMENT_CLEAR_MS);
    }, ANNOUNCE_DELAY_MS);
  }, [setTexts]);

  /** Put the container in the topmost modal, visible to assistive technology. */
  const place = useCallback(() => {
    if (box === null) return;
    const host = announcerHost(box.ownerDocument);
    if (box.parentElement !== host) host.appendChild(box);
    // A modal library may have hidden it while it sat outside its dialog.
    box.removeAttribute('aria-hidden');
    box.removeAttribute('inert');
  }, [box]);

  useEffect(() => {
    place();
    return () => box?.remove();
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
      setTexts((current) =>
        current[politeness] === '' ? current : { ...current, [politeness]: '' },
      );
      waiting.current[politeness].push(text);
      schedule();
    },
    [place, schedule, setTexts],
  );

  // The same element every render: the toaster's renders never re-render the regions either.
  const live = useMemo(() => <LiveRegions texts={texts} />, [texts]);
  const regions =
    box === null ? (
      <div style={VISUALLY_HIDDEN_STYLE} data-sek-announcer="">
        {live}
      </div>
    ) : (
      createPortal(live, box)
    );
  return { announce, regions };
}
