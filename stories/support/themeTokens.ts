/**
 * Every `SmartcarErrorTheme` token with its CSS custom property, for the Theming docs page and
 * the Playground controls. The list is checked against the type (a missing or extra token fails
 * to compile) and each property name comes from `themeToCssVars` itself, so neither can drift.
 */
import { themeToCssVars } from 'smartcar-error-kit';
import type { SeverityTokens, SmartcarErrorTheme } from 'smartcar-error-kit';

type SeverityName = 'critical' | 'warning' | 'info';
type ScalarName = Exclude<keyof SmartcarErrorTheme, SeverityName>;
type SeverityToken = keyof SeverityTokens;

/** What each token does; the keys must be exactly those of the theme type. */
const TOKEN_DESCRIPTIONS: {
  readonly [K in ScalarName]-?: string;
} & {
  readonly [K in SeverityName]-?: { readonly [T in SeverityToken]-?: string };
} = {
  accent: 'Links, focus rings and the primary button’s fill.',
  radius: 'Corner radius of banners, cards, toasts and buttons.',
  fontFamily: 'Font stack of every component.',
  fontSize: 'Base font size; headings and captions scale from it.',
  spacing: 'Base spacing unit; paddings and gaps are multiples of it.',
  shadow: 'Shadow of toasts.',
  zIndex: 'Stacking order of the toast viewport.',
  critical: {
    background: 'Background of critical errors.',
    border: 'Border of critical errors.',
    text: 'Text of critical errors.',
    icon: 'Icon of critical errors.',
  },
  warning: {
    background: 'Background of warnings.',
    border: 'Border of warnings.',
    text: 'Text of warnings.',
    icon: 'Icon of warnings.',
  },
  info: {
    background: 'Background of information.',
    border: 'Border of information.',
    text: 'Text of information.',
    icon: 'Icon of information.',
  },
};

/** One token: where it sits in the theme object and the custom property it sets. */
export interface ThemeTokenRow {
  /** Path in the theme object: `'accent'`, `'critical.background'`. */
  readonly path: string;
  /** Flat name used as a Playground arg: `'tokenAccent'`, `'tokenCriticalBackground'`. */
  readonly argName: TokenArgName;
  /** `--sek-accent`, `--sek-critical-background`. */
  readonly cssVar: string;
  readonly description: string;
  /** Severity group, or null for the scalar tokens. */
  readonly severity: SeverityName | null;
}

/** The custom property `themeToCssVars` writes for a theme that sets only this token. */
function cssVarOf(theme: SmartcarErrorTheme): string {
  const names = Object.keys(themeToCssVars(theme));
  if (names.length !== 1 || names[0] === undefined) {
    throw new Error(`themeToCssVars did not map ${JSON.stringify(theme)} to one property`);
  }
  return names[0];
}

const PROBE = 'inherit';

/** Playground arg names of the tokens. */
export type TokenArgName = `token${string}`;

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

function buildRows(): ThemeTokenRow[] {
  const rows: ThemeTokenRow[] = [];
  for (const [key, value] of Object.entries(TOKEN_DESCRIPTIONS)) {
    if (typeof value === 'string') {
      rows.push({
        path: key,
        argName: `token${capitalise(key)}`,
        cssVar: cssVarOf({ [key]: PROBE } as SmartcarErrorTheme),
        description: value,
        severity: null,
      });
      continue;
    }
    const severity = key as SeverityName;
    for (const [token, description] of Object.entries(value)) {
      rows.push({
        path: `${severity}.${token}`,
        argName: `token${capitalise(severity)}${capitalise(token)}`,
        cssVar: cssVarOf({ [severity]: { [token]: PROBE } } as SmartcarErrorTheme),
        description,
        severity,
      });
    }
  }
  return rows;
}

/** Every token, scalar ones first, then each severity's four colours. */
export const THEME_TOKENS: readonly ThemeTokenRow[] = Object.freeze(buildRows());

/** Flat Playground args (one per token) back into a `theme` object; blank values are left out. */
export function themeFromArgs(args: Readonly<Record<string, unknown>>): SmartcarErrorTheme {
  const theme: Record<string, unknown> = {};
  for (const row of THEME_TOKENS) {
    const value = args[row.argName];
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (row.severity === null) {
      theme[row.path] = value;
    } else {
      const token = row.path.slice(row.severity.length + 1);
      theme[row.severity] = { ...(theme[row.severity] as object | undefined), [token]: value };
    }
  }
  return theme as SmartcarErrorTheme;
}
