/**
 * A phone-width frame for the phone stories: the components lay themselves out by the width they
 * are given (container queries), so a story shows them at 320 or 375 px by giving them that much.
 * The frame also holds the toaster, which is fixed to the window: a `transform` makes the frame
 * the containing block of fixed descendants (CSS Transforms 1 §2), so the toasts sit at the
 * frame's inline-end bottom corner and take its width, as they would on a phone of that width.
 */
import type { Decorator } from '@storybook/react-vite';
import type { ReactNode } from 'react';

/** Phone widths the stories show, in CSS px: the smallest common phone and a typical one. */
export const PHONE_WIDTHS = [320, 375] as const;

/** Height of a frame that holds toasts, in CSS px (room for two toasts above the page). */
const TOAST_FRAME_HEIGHT_PX = 520;

/** Props of `PhoneFrame`. */
export interface PhoneFrameProps {
  /** Width of the frame's content box, in CSS px. */
  readonly width: number;
  /** Give the frame a fixed height and make it the toasts' containing block. */
  readonly holdsToasts?: boolean;
  readonly children: ReactNode;
}

/** A `width`-px column with a hairline edge, so the reader sees where the phone ends. */
export function PhoneFrame({ width, holdsToasts = false, children }: PhoneFrameProps) {
  return (
    <div
      data-phone-frame={width}
      style={{
        inlineSize: width,
        boxSizing: 'content-box',
        outline: '1px dashed color-mix(in srgb, currentColor 35%, transparent)',
        outlineOffset: 0,
        ...(holdsToasts && {
          blockSize: TOAST_FRAME_HEIGHT_PX,
          transform: 'translateZ(0)',
          overflow: 'hidden',
        }),
      }}
    >
      {children}
    </div>
  );
}

/** A decorator that puts the story in a `PhoneFrame` of `width` px. */
export function atPhoneWidth(width: number, holdsToasts = false): Decorator {
  return (Story) => (
    <PhoneFrame width={width} holdsToasts={holdsToasts}>
      <Story />
    </PhoneFrame>
  );
}
