/** Heading levels a component accepts; anything else falls back to 2 (see `useRegionShell`). */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

/** The kit's one heading-level type: the banner's, card's and fleet summary's `headingLevel`. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The level of a heading nested under one at `level` (the banner's card, the summary's rows). */
export function subHeadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
