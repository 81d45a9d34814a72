'use client';
import { useId } from 'react';
import type { SectionAttributes, ThemingProps } from './ThemingProps';
import { classProp } from './classProp';
import { HEADING_LEVELS, type HeadingLevel } from './headingLevel';
import { useThemeRootProps, type ThemeRootOptions } from './useThemeRootProps';

/** What the shell reads: a region component's props once its own are taken out. */
export interface RegionShellProps<Part extends string>
  extends SectionAttributes, ThemingProps<Part | 'root'> {
  readonly headingLevel?: HeadingLevel;
}

/** The shell of a named `<section>` region, shared by the banner, card and fleet summary. */
export interface RegionShell<Part extends string> {
  /** Spread on the `<section>`: the host's attributes, the theme's root props, the name. */
  readonly rootProps: SectionAttributes;
  /** The title heading's id: it names the region unless `aria-label(ledby)` is given. */
  readonly titleId: string;
  /** The title's heading level: 2 unless a valid one is given. */
  readonly level: HeadingLevel;
  readonly classNames: Partial<Record<Part | 'root', string>> | undefined;
}

/**
 * The theming shell of the kit's region components: theme, colour scheme, unstyled and classes
 * on the root (`useThemeRootProps`), the region's name and its title's heading level.
 */
export function useRegionShell<Part extends string>(
  props: RegionShellProps<Part>,
): RegionShell<Part> {
  // Taken out of the `<section>`'s attributes; `useThemeRootProps` reads them from `props`.
  const {
    theme: _theme,
    colorScheme: _colorScheme,
    unstyled: _unstyled,
    className,
    classNames,
    headingLevel,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    ...rest
  } = props;
  // All the theming props, the host's style and dir too (`useThemeRootProps` merges the one and
  // checks the other); the root's class joins two.
  const themeRootProps = useThemeRootProps({
    ...(props as ThemeRootOptions),
    ...classProp(className, classNames?.root),
  });
  const titleId = useId();
  // A bad level from untyped code must not render `<h9>`.
  const level = HEADING_LEVELS.includes(headingLevel as HeadingLevel)
    ? (headingLevel as HeadingLevel)
    : 2;
  return {
    rootProps: {
      ...rest,
      ...themeRootProps,
      // Named as in Primer's Banner: the host's `aria-labelledby` › `aria-label` › the title.
      'aria-label': ariaLabelledBy === undefined ? ariaLabel : undefined,
      'aria-labelledby': ariaLabelledBy ?? (ariaLabel === undefined ? titleId : undefined),
    },
    titleId,
    level,
    classNames,
  };
}
