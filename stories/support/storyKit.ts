/**
 * Small pieces the stories share: a support contact, the clipboard stub the copy stories use,
 * and helpers for play functions (settle animations, read hrefs).
 */
import type { SupportContact } from 'smartcar-error-kit';
import { finishAnimations } from '../../test/helpers/finishAnimations';

/** The support team of the demo app, VoltPark. */
export const VOLTPARK_SUPPORT: SupportContact = {
  email: 'support@voltpark.example',
  url: 'https://help.voltpark.example/contact',
  phone: '+1 (555) 010-4477',
  hours: 'Mon–Fri, 9:00–17:00 CET',
};

/** A fixed moment for support cards (the card never reads the clock itself). */
export const OCCURRED_AT = Date.UTC(2026, 10, 28, 14, 5, 9);

/** What a stubbed clipboard does with `writeText`. */
export type ClipboardOutcome = 'copies' | 'denied';

/** A stubbed clipboard: what was written, and how to put the real one back. */
export interface ClipboardStub {
  readonly written: string[];
  restore(): void;
}

/**
 * Replaces `navigator.clipboard` so a copy story has one outcome whatever the browser's
 * permissions: a headless browser grants no clipboard permission, and a real one asks the person.
 */
export function stubClipboard(outcome: ClipboardOutcome): ClipboardStub {
  const written: string[] = [];
  const clipboard = {
    writeText: async (text: string): Promise<void> => {
      if (outcome === 'denied')
        throw new DOMException('Write permission denied.', 'NotAllowedError');
      written.push(text);
    },
  };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  return {
    written,
    restore() {
      // Deleting the own property uncovers the browser's own (prototype) one again.
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    },
  };
}

/**
 * Ends every running CSS animation and transition in the document and resolves when they have
 * finished, so play functions look at settled toasts without depending on the browser producing
 * frames (see test/helpers/finishAnimations.ts).
 */
export const animationsSettled = (): Promise<void> => finishAnimations();

/** Every `href` inside `root`, for the hostile-input checks. */
export function hrefsIn(root: ParentNode): string[] {
  return [...root.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? '');
}

/** True for the only schemes the kit ever links to. */
export function isSafeHref(href: string): boolean {
  return /^(https?:|mailto:|tel:)/i.test(href);
}

/** Markup and a script URL where a name should be. */
export const HOSTILE_APP_NAME =
  '<img src=x onerror="alert(1)"> javascript:alert(1) {app} <b>VoltPark</b>';

/** A vehicle name with markup and a script URL. */
export const HOSTILE_VEHICLE_NAME = '<script>alert("car")</script> Model 3';
