'use client';
/**
 * Internal: the "N more" element shown while toasts wait. It is a Radix `Toast.Root` (never
 * closing, no timer) so that it sits in the toast region and in Radix's Tab order between the
 * toasts; a plain element in the viewport would be skipped by Radix's Tab handling. Its button
 * (`rotate()`) shows the next toasts and moves the shown ones to the back, so every waiting toast
 * can be reached without dismissing any; focus stays on the button, and the newly shown toasts
 * are announced like any new toast.
 */
import * as Toast from '@radix-ui/react-toast';
import type { SyntheticEvent } from 'react';
import { formatTemplate } from '../../core/messages/formatTemplate';
import type { UiStrings } from '../../core/messages/LocalePack';
import { classProp } from '../internal/classProp';

export interface MoreToastsProps {
  readonly count: number;
  readonly ui: UiStrings;
  readonly onShowMore: () => void;
  readonly className?: string | undefined;
  readonly buttonClassName?: string | undefined;
}

const prevent = (event: Event | SyntheticEvent) => event.preventDefault();
const ignore = () => {};

/** The "N more" element. */
export function MoreToasts({ count, ui, onShowMore, className, buttonClassName }: MoreToastsProps) {
  return (
    <Toast.Root
      open
      duration={Number.POSITIVE_INFINITY}
      type="background"
      // Never closes: Radix's close requests (Escape) are ignored, not prevented, so the key
      // still reaches the page (a native <dialog> closes on it).
      onOpenChange={ignore}
      onSwipeStart={prevent}
      onSwipeMove={prevent}
      onSwipeEnd={prevent}
      // Only its button is a Tab stop: the item itself has nothing to read beyond the button.
      tabIndex={-1}
      {...classProp(className)}
      data-sek-part="more"
    >
      <button
        type="button"
        className={buttonClassName}
        onClick={onShowMore}
        data-sek-part="more-button"
        data-sek-button=""
        data-sek-variant="secondary"
      >
        {formatTemplate(ui.toastMore, { count })}
      </button>
    </Toast.Root>
  );
}
