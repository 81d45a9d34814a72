'use client';
/**
 * Internal, the toaster's only: a container for `useAnnouncer`'s live regions that follows the
 * topmost open modal. SPEC 24 requires announcing while a modal `<dialog>` or `aria-modal` hides
 * the rest of the page, which Radix Toast's announcer (portalled to `<body>`) cannot. Kept out of
 * `useAnnouncer` so that the banner and the fleet summary, whose regions sit in their own markup,
 * do not ship it.
 */
import { VISUALLY_HIDDEN_STYLE } from './VisuallyHidden';

/** A container the announcer portals its regions into, and how to move it. */
export interface AnnouncerBox {
  readonly element: HTMLElement;
  /** Puts the container in the topmost modal, else `<body>`, visible to assistive technology. */
  readonly place: () => void;
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

/**
 * A visually hidden container of the announcer's own (React's listeners on a portal target stay
 * there, so the target is ours), or `null` without a DOM (server rendering).
 */
export function modalFollowingBox(): AnnouncerBox | null {
  if (typeof document === 'undefined') return null;
  const element = document.createElement('div');
  Object.assign(element.style, VISUALLY_HIDDEN_STYLE);
  element.setAttribute('data-sek-announcer', '');
  return {
    element,
    place() {
      const host = announcerHost(element.ownerDocument);
      if (element.parentElement !== host) host.appendChild(element);
      // A modal library may have hidden it while it sat outside its dialog.
      element.removeAttribute('aria-hidden');
      element.removeAttribute('inert');
    },
  };
}
