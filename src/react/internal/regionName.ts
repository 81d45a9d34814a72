/**
 * Internal: how the banner and the support card name their `<section>` region and pick their
 * heading level — one rule for both, as in Primer's Banner: `aria-labelledby` › `aria-label` ›
 * the component's own title.
 */

/** Heading levels a component accepts; anything else falls back to 2. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

/** The kit's one heading-level type: the banner's, card's and fleet summary's `headingLevel`. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** A valid heading level, else 2 (a bad value from untyped code must not render `<h9>`). */
export function headingLevelOr2(level: unknown): HeadingLevel {
  return HEADING_LEVELS.includes(level as HeadingLevel) ? (level as HeadingLevel) : 2;
}

/** The level of a heading nested under one at `level` (the banner's card, the summary's rows). */
export function subHeadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/**
 * The region's naming attributes: the caller's `aria-labelledby`, else `aria-label`, else the
 * title.
 */
export function regionNameProps(
  ariaLabel: string | undefined,
  ariaLabelledBy: string | undefined,
  titleId: string,
): { 'aria-label': string | undefined; 'aria-labelledby': string | undefined } {
  return {
    'aria-label': ariaLabelledBy === undefined ? ariaLabel : undefined,
    'aria-labelledby': ariaLabelledBy ?? (ariaLabel === undefined ? titleId : undefined),
  };
}
