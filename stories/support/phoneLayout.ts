/**
 * Layout checks for the phone stories' play functions (the measuring test with every width and
 * both directions is src/theme/narrowLayout.browser.test.tsx).
 */
import { expect } from 'storybook/test';

/** Sub-pixel slack for comparing boxes, in px. */
const EPSILON = 0.5;

/** `element` does not scroll sideways and no visible descendant sticks out of it. */
export async function expectNoHorizontalOverflow(element: HTMLElement): Promise<void> {
  await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  const outer = element.getBoundingClientRect();
  const outside = [...element.querySelectorAll<HTMLElement>('*')].filter((child) => {
    if (child.getClientRects().length === 0 || child.closest('[data-sek-visually-hidden]'))
      return false;
    const inner = child.getBoundingClientRect();
    return inner.left < outer.left - EPSILON || inner.right > outer.right + EPSILON;
  });
  await expect(outside.map((child) => child.dataset['sekPart'] ?? child.tagName)).toEqual([]);
}

/** Each piece of `element`'s text between its <wbr>s sits on one line (no mid-word break). */
export async function expectBreaksOnlyAtSeparators(element: Element): Promise<void> {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(walker.currentNode);
    await expect(range.getClientRects().length, walker.currentNode.textContent ?? '').toBe(1);
  }
}

/** The Copy button lies inside the card and below (or on the line of) the request id. */
export async function expectCopyAfterId(card: HTMLElement): Promise<void> {
  const id = card.querySelector('[data-sek-part="request-id-value"]')!.getBoundingClientRect();
  const copy = card.querySelector('[data-sek-part="copy"]')!.getBoundingClientRect();
  const outer = card.getBoundingClientRect();
  await expect(copy.left).toBeGreaterThanOrEqual(outer.left);
  await expect(copy.right).toBeLessThanOrEqual(outer.right);
  await expect(copy.top).toBeGreaterThanOrEqual(id.top - EPSILON);
}
