/**
 * A story's own captions and buttons: the page around the kit, not the kit. Their words are the
 * story's, in English, while the kit's text follows the toolbar's locale, so each one is marked
 * `lang="en"` and isolated from the pane's direction: in a right-to-left pane, English text with
 * numbers or punctuation at its ends would otherwise be reordered ("3 visible, 2 waiting, 0
 * dropped" read as "visible, 2 waiting, 0 dropped 3"). Buttons wear the kit's own button part and
 * tokens (`data-sek-button` on a themed root), so a frame looks like the kit in every scheme.
 */
import type { ButtonHTMLAttributes, HTMLAttributes } from 'react';
import { useThemeRootProps } from 'smartcar-error-kit';

/** A story's control: a plain `<button>` with the kit's look, English, direction isolated. */
export function StoryButton({
  style,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement>) {
  // The button is its own themed root: the provider's scheme and theme, the kit's font.
  const root = useThemeRootProps({ style });
  return <button {...props} {...root} type={type} data-sek-button="" lang="en" dir="auto" />;
}

/** Props of `StoryText`: a paragraph's attributes, and which element it is. */
export interface StoryTextProps extends HTMLAttributes<HTMLElement> {
  readonly as?: 'p' | 'h2' | 'span';
}

/**
 * A story's caption (English): `dir="auto"` sets its direction from its own first letter, so it
 * reads in order in any pane; the margin is the page's, none.
 */
export function StoryText({ as: Tag = 'p', style, ...props }: StoryTextProps) {
  return <Tag {...props} lang="en" dir="auto" style={{ margin: 0, ...style }} />;
}
