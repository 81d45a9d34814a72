import type { ComponentPropsWithoutRef } from 'react';
import type { ColorScheme, SmartcarErrorTheme } from '../../theme/SmartcarErrorTheme';

/**
 * The theming props of every kit component (banner, support card, toaster, fleet summary), read
 * by `useThemeRootProps`. `Part` names the parts `classNames` reaches.
 */
export interface ThemingProps<Part extends string> {
  /** Design tokens for this component, over the provider's. Default: the provider's. */
  readonly theme?: SmartcarErrorTheme;
  /** `'light'`, `'dark'` or `'system'`. Default: the provider's, else `'light'`. */
  readonly colorScheme?: ColorScheme;
  /** Drop the kit's look, keep behaviour and accessibility. Default false. */
  readonly unstyled?: boolean;
  /** Class added to the root. */
  readonly className?: string;
  /** Classes added to each part. */
  readonly classNames?: Partial<Record<Part, string>>;
}

/**
 * Root `<section>` attributes a component forwards; it owns `role`, `children` and `title`. `ref`
 * is not a prop here: the components take it through `forwardRef` (`RefAttributes<HTMLElement>`),
 * so it works in React 18 and 19 and with either version's types.
 */
export type SectionAttributes = Omit<
  ComponentPropsWithoutRef<'section'>,
  'children' | 'role' | 'title' | 'className' | 'dangerouslySetInnerHTML'
>;
