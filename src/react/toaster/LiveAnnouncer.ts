/**
 * Internal: the toaster's one announcer — two visually hidden live regions (polite
 * `role="status"`, assertive `role="alert"`) in a container of their own, created once per
 * `ErrorToaster` on the client and kept until it unmounts.
 *
 * Why not Radix's announcement: Radix Toast mounts a new live region per toast, portalled to
 * `document.body`, in the same moment the toast appears. A region that appears together with its
 * text is often not spoken (NVDA and VoiceOver need to see a region before it changes), and a
 * region on `<body>` is hidden from assistive technology while a modal dialog is open
 * (`<dialog>.showModal()` makes everything outside the dialog inert; `aria-modal` libraries put
 * `aria-hidden` or `inert` on the dialog's siblings). So the toaster silences Radix (its
 * `announcerContainer` is a detached node) and speaks through this one instead, which:
 * - exists before the first toast (text written into it later is a change, so it is spoken);
 * - before each announcement, moves itself into the topmost open modal dialog (or back to
 *   `<body>`), clears `aria-hidden`/`inert` a modal library may have put on it, and waits
 *   `settleMs` after such a move so the region is known before its text changes;
 * - appends each announcement as a new node (`aria-relevant="additions"`), so the same text said
 *   twice is spoken twice, and removes old text after `clearAfterMs`.
 * It holds at most two timers (pending flush, clear) and no listener; `destroy()` removes both
 * and its nodes.
 */
import type { ErrorPoliteness } from '../../core/display/ErrorDisplay';

/** Wait after the regions are created or moved before writing into them, in ms. */
export const ANNOUNCER_SETTLE_MS = 150;

/** How long announced text stays in a region, in ms (long enough for a slow reader to finish). */
export const ANNOUNCER_CLEAR_MS = 7000;

/** Visually hidden without a stylesheet, still in the accessibility tree. */
const HIDDEN_STYLE =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;' +
  'overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;';

/** Selector of elements that make the rest of the page inert or hidden while open. */
const MODAL_SELECTOR = 'dialog[open], [aria-modal="true"]';

function isOpenModal(element: Element): boolean {
  try {
    if (element instanceof HTMLDialogElement) return element.matches(':modal');
    return element.getClientRects().length > 0;
  } catch {
    return false;
  }
}

/** The element announcements must live in: the last open modal in the document, else `<body>`. */
export function announcerHost(doc: Document): HTMLElement {
  const modals = doc.querySelectorAll(MODAL_SELECTOR);
  for (let index = modals.length - 1; index >= 0; index -= 1) {
    const modal = modals[index];
    if (modal instanceof HTMLElement && isOpenModal(modal)) return modal;
  }
  return doc.body;
}

/** Options of a `LiveAnnouncer`. */
export interface LiveAnnouncerOptions {
  readonly settleMs?: number;
  readonly clearAfterMs?: number;
}

/** Two live regions in a container that follows open modals. See the file comment. */
export class LiveAnnouncer {
  readonly container: HTMLElement;
  readonly #doc: Document;
  readonly #regions: Record<ErrorPoliteness, HTMLElement>;
  readonly #pending: Record<ErrorPoliteness, string[]> = { assertive: [], polite: [] };
  readonly #settleMs: number;
  readonly #clearAfterMs: number;
  #readyAt: number;
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #clearTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(doc: Document, options: LiveAnnouncerOptions = {}) {
    this.#doc = doc;
    this.#settleMs = options.settleMs ?? ANNOUNCER_SETTLE_MS;
    this.#clearAfterMs = options.clearAfterMs ?? ANNOUNCER_CLEAR_MS;
    this.container = doc.createElement('div');
    this.container.setAttribute('data-sek-announcer', '');
    this.container.setAttribute('style', HIDDEN_STYLE);
    this.#regions = {
      polite: this.#region('status', 'polite'),
      assertive: this.#region('alert', 'assertive'),
    };
    announcerHost(doc).appendChild(this.container);
    this.#readyAt = Date.now() + this.#settleMs;
  }

  /** Speak `text`; announcements of one politeness made within one task are joined. */
  announce(text: string, politeness: ErrorPoliteness): void {
    const clean = typeof text === 'string' ? text.trim() : '';
    if (clean === '') return;
    this.#pending[politeness === 'assertive' ? 'assertive' : 'polite'].push(clean);
    this.#schedule();
  }

  /** Timers currently scheduled (0–2), for leak checks. */
  get timerCount(): number {
    return (this.#flushTimer === undefined ? 0 : 1) + (this.#clearTimer === undefined ? 0 : 1);
  }

  /** Remove the regions and every timer. */
  destroy(): void {
    clearTimeout(this.#flushTimer);
    clearTimeout(this.#clearTimer);
    this.#flushTimer = undefined;
    this.#clearTimer = undefined;
    this.#pending.assertive = [];
    this.#pending.polite = [];
    this.container.remove();
  }

  #region(role: 'status' | 'alert', live: ErrorPoliteness): HTMLElement {
    const region = this.#doc.createElement('div');
    region.setAttribute('role', role);
    region.setAttribute('aria-live', live);
    region.setAttribute('aria-relevant', 'additions');
    region.setAttribute('data-sek-live', live);
    this.container.appendChild(region);
    return region;
  }

  /** Move into the right host; returns true when the container moved (it must settle first). */
  #relocate(): boolean {
    const host = announcerHost(this.#doc);
    // A modal library may have hidden us while we sat outside its dialog.
    this.container.removeAttribute('aria-hidden');
    this.container.removeAttribute('inert');
    if (this.container.parentElement === host) return false;
    host.appendChild(this.container);
    return true;
  }

  #schedule(): void {
    if (this.#flushTimer !== undefined) return;
    if (this.#relocate()) this.#readyAt = Date.now() + this.#settleMs;
    // Even when ready, wait one task: announcements made together are joined.
    const wait = Math.max(0, this.#readyAt - Date.now());
    this.#flushTimer = setTimeout(() => {
      this.#flushTimer = undefined;
      this.#flush();
    }, wait);
  }

  #flush(): void {
    if (this.#relocate()) {
      this.#readyAt = Date.now() + this.#settleMs;
      this.#schedule();
      return;
    }
    for (const politeness of ['assertive', 'polite'] as const) {
      const texts = this.#pending[politeness];
      if (texts.length === 0) continue;
      this.#pending[politeness] = [];
      const region = this.#regions[politeness];
      region.replaceChildren();
      const node = this.#doc.createElement('div');
      node.textContent = texts.join(' ');
      region.appendChild(node);
    }
    clearTimeout(this.#clearTimer);
    this.#clearTimer = setTimeout(() => {
      this.#clearTimer = undefined;
      this.#regions.polite.replaceChildren();
      this.#regions.assertive.replaceChildren();
    }, this.#clearAfterMs);
  }
}
