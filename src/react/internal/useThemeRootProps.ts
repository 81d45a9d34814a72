'use client';
import { useMemo } from 'react';
import type { CSSProperties } from 'react';
import type { ColorScheme, SmartcarErrorTheme } from '../../theme/SmartcarErrorTheme';
import { mergeThemes, themeToCssVars } from '../../theme/themeToCssVars';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';

/** The colour scheme of a component when neither its props nor a provider set one. */
export const DEFAULT_COLOR_SCHEME: ColorScheme = 'light';

const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark', 'system'];

/** What a component passes to `useThemeRootProps`: its own theming props. */
export interface ThemeRootOptions {
  /** Tokens over the provider's, token by token. Default: the provider's theme. */
  readonly theme?: SmartcarErrorTheme | undefined;
  /** Default: the provider's, else `'light'`. */
  readonly colorScheme?: ColorScheme | undefined;
  /** Drop the kit's look (keeps behaviour). Default false. */
  readonly unstyled?: boolean | undefined;
  /** The host's class for the root, passed through. */
  readonly className?: string | undefined;
  /** Text direction of the root; omitted when not given, so it inherits. */
  readonly dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  /** The host's inline style; wins over the theme's custom properties. */
  readonly style?: CSSProperties | undefined;
}

/** Props to spread on a component's root element. */
export interface ThemeRootProps {
  /** The host's class, when one was given. */
  readonly className?: string;
  /** The theme as `--sek-*` custom properties, then the host's `style`. */
  readonly style: CSSProperties;
  /** Selects the palette in styles.css: component › provider › `'light'`. */
  readonly 'data-sek-color-scheme': ColorScheme;
  /** Present (empty string) only when unstyled. */
  readonly 'data-sek-unstyled'?: '';
  /** Present only when a direction was given. */
  readonly dir?: 'ltr' | 'rtl' | 'auto';
}

/**
 * Root props for a kit component: the provider's theme merged with the component's (the
 * component wins, token by token) as CSS custom properties, the colour scheme (component ›
 * provider › `'light'`), `data-sek-unstyled` when unstyled, and the host's class, style and dir.
 */
export function useThemeRootProps(options: ThemeRootOptions = {}): ThemeRootProps {
  const config = useSmartcarErrorConfig();
  const { theme, colorScheme, unstyled, className, dir, style } = options;
  const vars = useMemo(
    () => themeToCssVars(mergeThemes(config.theme, theme)),
    [config.theme, theme],
  );
  const scheme = [colorScheme, config.colorScheme].find(
    (value): value is ColorScheme => value !== undefined && COLOR_SCHEMES.includes(value),
  );
  const mergedStyle = useMemo(
    () => (style === undefined ? (vars as CSSProperties) : { ...vars, ...style }),
    [vars, style],
  );
  const props: {
    -readonly [K in keyof ThemeRootProps]: ThemeRootProps[K];
  } = {
    style: mergedStyle,
    'data-sek-color-scheme': scheme ?? DEFAULT_COLOR_SCHEME,
  };
  if (typeof className === 'string' && className.trim() !== '') props.className = className;
  if (unstyled === true) props['data-sek-unstyled'] = '';
  if (dir === 'ltr' || dir === 'rtl' || dir === 'auto') props.dir = dir;
  return props;
}
