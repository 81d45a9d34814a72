/**
 * A small page for the toaster stories: it shows the story's errors as toasts when it mounts,
 * offers "Show again" (a repeat coalesces) and "Dismiss all", and renders `ErrorToaster` the way
 * an app does, once, below the page content.
 */
import { useEffect } from 'react';
import { ErrorToaster, useErrorToasts } from 'smartcar-error-kit';
import type { ErrorToasterProps, ShowErrorToastOptions, UiStrings } from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
import { animationsSettled } from './storyKit';
import { StoryButton, StoryText } from './StoryText';
import { templatePattern } from '../../.storybook/storyLocale';

/** Props of `ToasterStage`: the toaster's props and what to show. */
export interface ToasterStageProps extends ErrorToasterProps {
  /** Errors shown, in order, when the stage mounts and on "Show again". */
  readonly errors: readonly unknown[];
  /** Options of every `show` call (wording, duration, persistence). */
  readonly showOptions?: ShowErrorToastOptions | undefined;
}

/** Shows `errors` as toasts on mount and on demand; renders the toaster. */
export function ToasterStage({ errors, showOptions, ...toaster }: ToasterStageProps) {
  const { show, dismissAll, toasts } = useErrorToasts();
  const showAll = () => {
    for (const error of errors) show(error, showOptions);
  };
  // Show on mount and whenever a control changes what to show (Playground).
  useEffect(() => {
    for (const error of errors) show(error, showOptions);
    return () => dismissAll();
  }, [errors, showOptions, show, dismissAll]);

  return (
    <>
      <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '34rem' }}>
        <StoryText as="h2">Charging sessions</StoryText>
        <StoryText>
          Toasts appear at the inline-end bottom corner. Press F8 to move focus to them, Tab between
          their controls, Escape to dismiss the focused one.
        </StoryText>
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <StoryButton onClick={showAll}>Show again</StoryButton>
          <StoryButton onClick={dismissAll}>Dismiss all</StoryButton>
        </div>
        <StoryText data-testid="toast-count">
          {`${toasts.visible.length} visible, ${toasts.queuedCount} waiting, ${toasts.dropped} dropped`}
        </StoryText>
      </div>
      <ErrorToaster {...toaster} />
    </>
  );
}

/** The open toasts in the canvas. */
export function openToasts(canvasElement: HTMLElement): HTMLElement[] {
  return [
    ...canvasElement.querySelectorAll<HTMLElement>('[data-sek-part="toast"][data-state="open"]'),
  ];
}

/** Waits until `count` toasts are open and their enter animations have finished. */
export async function toastsSettled(canvasElement: HTMLElement, count = 1): Promise<HTMLElement[]> {
  await waitFor(() => expect(openToasts(canvasElement).length).toBeGreaterThanOrEqual(count));
  await animationsSettled();
  return openToasts(canvasElement);
}

/** Testing Library queries bound to the toast region (named by the locale's `toastRegion`). */
export function regionQueries(canvasElement: HTMLElement, ui: UiStrings) {
  return within(
    within(canvasElement).getByRole('region', { name: templatePattern(ui.toastRegion) }),
  );
}
