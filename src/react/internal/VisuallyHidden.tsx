/**
 * Internal: text for assistive technology only. Hidden with inline styles rather than a class so
 * it stays hidden when the stylesheet is not loaded or the component is `unstyled`.
 *
 * Props: any `<span>` attributes; `children` is the text.
 */
import type { CSSProperties, HTMLAttributes } from 'react';

/**
 * The classic clip pattern (as in Bootstrap's `.visually-hidden`), kept in the accessibility tree.
 */
export const VISUALLY_HIDDEN_STYLE: CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Renders its text for screen readers only. */
export function VisuallyHidden({ style, ...props }: HTMLAttributes<HTMLSpanElement>) {
  return (
    <span {...props} style={{ ...VISUALLY_HIDDEN_STYLE, ...style }} data-sek-visually-hidden="" />
  );
}
