/**
 * Layout at phone widths (issue 21), measured in Chromium: the banner (with its folded support
 * card), the support card on its own and a toast, at 320, 375 and 450 px, left to right and right
 * to left. The components lay themselves out by their own width (container queries), so each is
 * rendered in a box of that width; the toast is fixed to the viewport, so the viewport is resized.
 */
import { act, render } from '@testing-library/react';
import { page } from 'vitest/browser';
import { ErrorBanner, SupportContactCard } from 'smartcar-error-kit';
import { supportDisplay } from '../../test/fixtures/componentDisplays';
import { makeDisplay } from '../../test/fixtures/toastDisplays';
import { renderToaster, runOutsideActEnvironment } from '../../test/fixtures/toasterHarness';
import { finishAnimations } from '../../test/helpers/finishAnimations';
import { injectKitStylesheet } from '../../test/helpers/injectKitStylesheet';

runOutsideActEnvironment();

/** The contact: at 375 px its e-mail and URL broke mid-word. */
const SUPPORT = {
  email: 'support@voltpark.example',
  url: 'https://help.voltpark.example/contact',
  phone: '+1 (555) 010-4477',
  hours: 'Mon–Fri, 9:00–17:00 CET',
};
const WIDTHS = [320, 375, 450] as const;
const DIRECTIONS = ['ltr', 'rtl'] as const;
/** Sub-pixel slack for comparing boxes, in px. */
const EPSILON = 0.5;

let removeStyles: () => void = () => {};
beforeAll(async () => {
  removeStyles = await injectKitStylesheet();
});
afterAll(() => removeStyles());

const box = (element: Element) => element.getBoundingClientRect();
const part = (root: ParentNode, name: string) =>
  root.querySelector<HTMLElement>(`[data-sek-part="${name}"]`)!;

/** The line boxes one text node occupies (one per line it is spread over). */
function linesOf(text: Text): number {
  const range = document.createRange();
  range.selectNodeContents(text);
  return range.getClientRects().length;
}

/** The lines `element`'s text is spread over (distinct tops of its line boxes). */
function lineCount(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

/** Text nodes under `element` with visible characters. */
function textNodes(element: Element): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (node.data.trim() !== '') nodes.push(node);
  }
  return nodes;
}

/**
 * True when `element`'s text breaks only at its <wbr>s: each piece between them (a text node)
 * sits on one line.
 */
function breaksOnlyAtSeparators(element: Element): boolean {
  return textNodes(element).every((node) => linesOf(node) === 1);
}

/** Every descendant's box lies within `root`'s box horizontally. */
function overflowingChildren(root: HTMLElement): string[] {
  const outer = box(root);
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.getClientRects().length > 0)
    .filter((element) => !element.closest('[data-sek-visually-hidden], .sek-visually-hidden'))
    .filter((element) => {
      const inner = box(element);
      return inner.left < outer.left - EPSILON || inner.right > outer.right + EPSILON;
    })
    .map((element) => element.dataset['sekPart'] ?? element.tagName);
}

function expectCardLaidOut(card: HTMLElement, dir: 'ltr' | 'rtl') {
  expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
  expect(overflowingChildren(card)).toEqual([]);

  // Addresses break only after @ . / - (never "support@voltpark.e" / "xample").
  const email = card.querySelector('a[href^="mailto:"]')!;
  const url = card.querySelector('[data-sek-part="url"] bdi')!;
  const id = part(card, 'request-id-value');
  const code = card.querySelector('[data-sek-part="code"] code')!;
  for (const value of [email, url, id, code]) {
    expect(breaksOnlyAtSeparators(value), value.textContent ?? '').toBe(true);
  }

  // Copy follows the id on its line, or starts the line below it; never beside a wrapped id.
  const idBox = box(id);
  const copyBox = box(part(card, 'copy'));
  const cardBox = box(card);
  expect(copyBox.left).toBeGreaterThanOrEqual(cardBox.left);
  expect(copyBox.right).toBeLessThanOrEqual(cardBox.right);
  const sameLine = copyBox.top < idBox.bottom - EPSILON;
  if (sameLine) {
    expect(lineCount(id)).toBe(1);
    if (dir === 'ltr') expect(copyBox.left).toBeGreaterThanOrEqual(idBox.right);
    else expect(copyBox.right).toBeLessThanOrEqual(idBox.left);
  } else {
    expect(copyBox.top).toBeGreaterThanOrEqual(idBox.bottom - EPSILON);
    // …at the start of that line, under the id's start.
    if (dir === 'ltr') expect(Math.abs(copyBox.left - idBox.left)).toBeLessThan(1);
    else expect(Math.abs(copyBox.right - idBox.right)).toBeLessThan(1);
  }
}

/** Whether the card's labels sit above their values (narrow) rather than beside them. */
function labelsStacked(card: HTMLElement): boolean {
  return [...card.querySelectorAll('dt')].every((dt) => {
    const dd = dt.nextElementSibling!;
    return box(dt).bottom <= box(dd).top + EPSILON;
  });
}

describe.each(DIRECTIONS)('at phone widths, %s', (dir) => {
  describe.each(WIDTHS)('%i px', (width) => {
    it('the support card fits, stacks labels, breaks addresses at @ . / - and keeps Copy in place', () => {
      const { container } = render(
        <div dir={dir} style={{ inlineSize: width }}>
          <SupportContactCard error={supportDisplay} support={SUPPORT} occurredAt={0} />
        </div>,
      );
      const card = container.querySelector<HTMLElement>('[data-sek-component="support-card"]')!;
      expect(box(card).width).toBe(width);
      expectCardLaidOut(card, dir);
      // Under 26rem (416 px) of content, labels sit above values; a 450 px card has 416 px.
      expect(labelsStacked(card)).toBe(width < 450);
    });

    it('the banner drops its indent, its card fits, and its actions wrap as whole buttons', () => {
      const { container } = render(
        <div dir={dir} style={{ inlineSize: width }}>
          <ErrorBanner
            error={supportDisplay}
            support={SUPPORT}
            onRetry={() => {}}
            onDismiss={() => {}}
          />
        </div>,
      );
      const banner = container.querySelector<HTMLElement>('[data-sek-component="banner"]')!;
      expect(banner.scrollWidth).toBeLessThanOrEqual(banner.clientWidth);
      expect(overflowingChildren(banner)).toEqual([]);
      // No indent: the body (message, actions, card) starts where the icon starts.
      const icon = box(part(banner, 'icon'));
      const body = box(part(banner, 'body'));
      if (dir === 'ltr') expect(Math.abs(body.left - icon.left)).toBeLessThan(1);
      else expect(Math.abs(body.right - icon.right)).toBeLessThan(1);
      // …and ends at the banner's content edge: no gutter is kept for the dismiss button.
      const { paddingLeft, paddingRight, borderLeftWidth, borderRightWidth } =
        getComputedStyle(banner);
      const outer = box(banner);
      const contentEnd =
        dir === 'ltr'
          ? outer.right - parseFloat(paddingRight) - parseFloat(borderRightWidth)
          : outer.left + parseFloat(paddingLeft) + parseFloat(borderLeftWidth);
      expect(Math.abs((dir === 'ltr' ? body.right : body.left) - contentEnd)).toBeLessThan(1);
      // …and the title still reads beside the icon, not under it.
      const titleRange = document.createRange();
      titleRange.selectNodeContents(textNodes(part(banner, 'title')).at(-1)!);
      const firstLine = titleRange.getClientRects()[0]!;
      if (dir === 'ltr') expect(firstLine.left).toBeGreaterThanOrEqual(icon.right);
      else expect(firstLine.right).toBeLessThanOrEqual(icon.left);
      // …and never runs under the dismiss button.
      const dismiss = box(part(banner, 'dismiss'));
      for (const line of titleRange.getClientRects()) {
        if (dir === 'ltr') expect(line.right).toBeLessThanOrEqual(dismiss.left);
        else expect(line.left).toBeGreaterThanOrEqual(dismiss.right);
      }
      for (const button of banner.querySelectorAll('[data-sek-part="actions"] button')) {
        for (const text of textNodes(button)) expect(linesOf(text), text.data).toBe(1);
      }
      expectCardLaidOut(part(banner, 'support'), dir);
    });
  });
});

describe('wide enough for two columns', () => {
  it('a 600 px card keeps its labels beside their values', () => {
    const { container } = render(
      <div style={{ inlineSize: 600 }}>
        <SupportContactCard error={supportDisplay} support={SUPPORT} occurredAt={0} />
      </div>,
    );
    const card = container.querySelector<HTMLElement>('[data-sek-component="support-card"]')!;
    expect(labelsStacked(card)).toBe(false);
    expectCardLaidOut(card, 'ltr');
  });
});

describe.each(DIRECTIONS)('a toast at phone widths, %s', (dir) => {
  afterEach(async () => {
    await page.viewport(414, 896);
  });

  it.each(WIDTHS)(
    '%i px: the toast stays inside the screen and no button text breaks',
    async (width) => {
      await page.viewport(width, 640);
      const { api } = renderToaster({ dir });
      await act(async () => {
        api().show(
          makeDisplay({
            title: 'Charger not plugged in',
            actions: [
              { kind: 'retry', label: 'Try again' },
              { kind: 'contact-support', label: 'Contact support' },
            ],
          }),
        );
      });
      await finishAnimations();
      const toast = document.querySelector<HTMLElement>('[data-sek-part="toast"]')!;
      const rect = box(toast);
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(width);
      expect(toast.scrollWidth).toBeLessThanOrEqual(toast.clientWidth);
      expect(overflowingChildren(toast)).toEqual([]);
      for (const button of toast.querySelectorAll('[data-sek-part="actions"] button')) {
        for (const text of textNodes(button)) expect(linesOf(text), text.data).toBe(1);
      }
      // Under 20rem of content (phones below ~400 px) the message starts where the icon starts.
      const icon = box(toast.querySelector('[data-sek-icon]')!);
      const body = box(part(toast, 'body'));
      const start = (rect: DOMRect) => (dir === 'ltr' ? rect.left : rect.right);
      expect(Math.abs(start(body) - start(icon)) < 1).toBe(width < 400);
    },
  );
});
