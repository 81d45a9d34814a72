/**
 * Play functions query the first colour-scheme pane: with the toolbar's "side by side" the story
 * renders twice (light and dark), and a play function exercises the light one.
 */
import { within } from 'storybook/test';

/** The first pane the `withKit` decorator rendered, or the canvas itself. */
export function firstPane(canvasElement: HTMLElement): HTMLElement {
  return canvasElement.querySelector<HTMLElement>('[data-sek-story-pane]') ?? canvasElement;
}

/** Testing Library queries bound to the first pane. */
export function paneQueries(canvasElement: HTMLElement) {
  return within(firstPane(canvasElement));
}
