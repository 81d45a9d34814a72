import { warnOnce } from '../core/internal/dev';
import type { SeverityTokens, SmartcarErrorTheme } from './SmartcarErrorTheme';

/** Replaced by the app's bundler; declared here, not via @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Custom property of each scalar token. Only these keys are read; anything else is ignored. */
const SCALAR_TOKENS = {
  accent: '--sek-accent',
  radius: '--sek-radius',
  fontFamily: '--sek-font-family',
  fontSize: '--sek-font-size',
  spacing: '--sek-spacing',
  shadow: '--sek-shadow',
  zIndex: '--sek-z-index',
} as const satisfies Record<Exclude<keyof SmartcarErrorTheme, SeverityName>, string>;

type SeverityName = 'critical' | 'warning' | 'info';

const SEVERITIES: readonly SeverityName[] = ['critical', 'warning', 'info'];

const SEVERITY_TOKENS: readonly (keyof SeverityTokens)[] = ['background', 'border', 'text', 'icon'];

/** Longest token value accepted, in characters: far above any real colour, font stack or shadow. */
const MAX_VALUE_LENGTH = 500;

/**
 * Values that could end the declaration, open a block, hide an escape or load a resource. A theme
 * is often built from data (a tenant's brand colours), and a server-rendered `style` attribute
 * is plain text, so such a value could otherwise inject CSS.
 */
const UNSAFE_VALUE = /[;{}\\<>]|\/\*|url\(|image-set\(|image\(|src\(|expression\(|@import/i;

function safeValue(name: string, value: unknown): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  if (text === '') return null;
  if (text.length > MAX_VALUE_LENGTH || UNSAFE_VALUE.test(text)) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(`theme:${name}`, `theme value for ${name} was ignored: it could inject CSS.`);
    }
    return null;
  }
  return text;
}

function readKey(source: unknown, key: string): unknown {
  try {
    return typeof source === 'object' && source !== null
      ? (source as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns theme tokens into CSS custom properties for a component's root `style`:
 * `accent` → `--sek-accent`, `critical.background` → `--sek-critical-background`, a numeric
 * `zIndex` → its string. Unknown keys, empty values and values that could inject CSS (containing
 * `;`, `{`, `}`, `\`, `<`, `>`, a comment or `url(`-like functions) are dropped. Never throws.
 */
export function themeToCssVars(theme?: SmartcarErrorTheme): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, name] of Object.entries(SCALAR_TOKENS)) {
    const raw = readKey(theme, key);
    // Only the stacking order is numeric; a bare number elsewhere would be an invalid length.
    if (typeof raw === 'number' && key !== 'zIndex') continue;
    const value = safeValue(name, raw);
    if (value !== null) vars[name] = value;
  }
  for (const severity of SEVERITIES) {
    const tokens = readKey(theme, severity);
    for (const token of SEVERITY_TOKENS) {
      const name = `--sek-${severity}-${token}`;
      const raw = readKey(tokens, token);
      if (typeof raw !== 'string') continue;
      const value = safeValue(name, raw);
      if (value !== null) vars[name] = value;
    }
  }
  return vars;
}

/**
 * Merges two themes token by token (severity groups too); `over` wins where it sets a token.
 * Reads only known tokens, so hostile objects (throwing getters, proxies) are harmless.
 */
export function mergeThemes(
  under: SmartcarErrorTheme | undefined,
  over: SmartcarErrorTheme | undefined,
): SmartcarErrorTheme | undefined {
  if (under === undefined) return over;
  if (over === undefined) return under;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(SCALAR_TOKENS)) {
    const value = readKey(over, key) ?? readKey(under, key);
    if (value !== undefined) merged[key] = value;
  }
  for (const severity of SEVERITIES) {
    const group: Record<string, unknown> = {};
    for (const token of SEVERITY_TOKENS) {
      const value =
        readKey(readKey(over, severity), token) ?? readKey(readKey(under, severity), token);
      if (value !== undefined) group[token] = value;
    }
    if (Object.keys(group).length > 0) merged[severity] = group;
  }
  return merged as SmartcarErrorTheme;
}
