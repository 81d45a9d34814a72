/** Colours of one severity. Any CSS colour value. */
export interface SeverityTokens {
  readonly background?: string;
  readonly border?: string;
  readonly text?: string;
  readonly icon?: string;
}

/**
 * Design tokens, set through the `theme` prop. Each becomes a CSS custom property on the
 * component's root (`accent` → `--sek-accent`, `critical.background` →
 * `--sek-critical-background`). Unset tokens keep the stylesheet's defaults.
 */
export interface SmartcarErrorTheme {
  /** Colour of links, focus rings and primary buttons. */
  readonly accent?: string;
  /** Corner radius, e.g. `'8px'`. */
  readonly radius?: string;
  readonly fontFamily?: string;
  /** Base font size, e.g. `'14px'`. */
  readonly fontSize?: string;
  /** Base spacing unit, e.g. `'8px'`. */
  readonly spacing?: string;
  readonly shadow?: string;
  /** Stacking order of the toast viewport. */
  readonly zIndex?: number | string;
  readonly critical?: SeverityTokens;
  readonly warning?: SeverityTokens;
  readonly info?: SeverityTokens;
}

/** `'system'` follows `prefers-color-scheme`. */
export type ColorScheme = 'light' | 'dark' | 'system';
