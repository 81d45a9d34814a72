/**
 * The Theming tokens docs page's tables, generated: the `SmartcarErrorTheme` tokens with their
 * CSS custom properties (from `THEME_TOKENS`), each with the stylesheet's light and dark default
 * read from the loaded stylesheet; and the other `--sek-*` properties the stylesheet reads, which
 * a host can set in CSS but the `theme` prop does not carry.
 */
import { useMemo, useState } from 'react';
import { THEME_TOKENS } from './themeTokens';

/** The private twin each public property resolves into on a component root (styles.css). */
function privateTwin(cssVar: string): string {
  return cssVar.replace(/^--sek-/, '--_sek-');
}

type Defaults = Readonly<Record<string, { light: string; dark: string }>>;

/**
 * Reads the stylesheet's defaults from two hidden probe roots, one per colour scheme. Docs pages
 * render only in the browser, after the preview has loaded the stylesheet.
 */
function readDefaults(names: readonly string[]): Defaults {
  const probes = (['light', 'dark'] as const).map((scheme) => {
    const probe = document.createElement('div');
    probe.setAttribute('data-sek-color-scheme', scheme);
    probe.hidden = true;
    document.body.append(probe);
    return probe;
  });
  const [light, dark] = probes.map((probe) => getComputedStyle(probe));
  const read: Record<string, { light: string; dark: string }> = {};
  for (const name of names) {
    read[name] = {
      light: light?.getPropertyValue(privateTwin(name)).trim() ?? '',
      dark: dark?.getPropertyValue(privateTwin(name)).trim() ?? '',
    };
  }
  for (const probe of probes) probe.remove();
  return read;
}

function useDefaults(names: readonly string[]): Defaults {
  return useMemo(() => readDefaults(names), [names]);
}

const cell = {
  padding: '0.375rem 0.75rem',
  borderBlockEnd: '1px solid #d0d7de',
  textAlign: 'start',
  verticalAlign: 'top',
} as const;

function Swatch({ value }: { value: string }) {
  const isColour = /^(#|rgb|hsl)/.test(value);
  return (
    <span style={{ display: 'inline-flex', gap: '0.375rem', alignItems: 'center' }}>
      {isColour && (
        <span
          aria-hidden="true"
          style={{
            inlineSize: '1rem',
            blockSize: '1rem',
            borderRadius: '3px',
            border: '1px solid #57606a',
            background: value,
          }}
        />
      )}
      <code>{value === '' ? '—' : value}</code>
    </span>
  );
}

const TOKEN_VARS = THEME_TOKENS.map((row) => row.cssVar);

/** Every `theme` token: path, custom property, meaning, light and dark defaults. */
export function ThemeTokenTable() {
  const defaults = useDefaults(TOKEN_VARS);
  return (
    <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
      <caption style={{ textAlign: 'start', paddingBlockEnd: '0.5rem' }}>
        {`${THEME_TOKENS.length} tokens of SmartcarErrorTheme`}
      </caption>
      <thead>
        <tr>
          <th style={cell}>theme prop</th>
          <th style={cell}>CSS custom property</th>
          <th style={cell}>What it sets</th>
          <th style={cell}>Light default</th>
          <th style={cell}>Dark default</th>
        </tr>
      </thead>
      <tbody>
        {THEME_TOKENS.map((row) => (
          <tr key={row.path}>
            <td style={cell}>
              <code>{`theme.${row.path}`}</code>
            </td>
            <td style={cell}>
              <code>{row.cssVar}</code>
            </td>
            <td style={cell}>{row.description}</td>
            <td style={cell}>
              <Swatch value={defaults[row.cssVar]?.light ?? ''} />
            </td>
            <td style={cell}>
              <Swatch value={defaults[row.cssVar]?.dark ?? ''} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `--sek-*` names the stylesheet reads that are not `theme` tokens (settable from host CSS). */
export function hostOnlyProperties(stylesheet: string): string[] {
  const read = new Set(
    [...stylesheet.matchAll(/var\(\s*(--sek-[a-z0-9-]+)/g)].map((m) => m[1] ?? ''),
  );
  for (const name of TOKEN_VARS) read.delete(name);
  read.delete('');
  return [...read].sort();
}

/** The stylesheet's other public properties, with their defaults. */
export function HostOnlyPropertyTable({ stylesheet }: { stylesheet: string }) {
  const [names] = useState(() => hostOnlyProperties(stylesheet));
  const defaults = useDefaults(names);
  return (
    <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
      <caption style={{ textAlign: 'start', paddingBlockEnd: '0.5rem' }}>
        {`${names.length} more custom properties, for host CSS`}
      </caption>
      <thead>
        <tr>
          <th style={cell}>CSS custom property</th>
          <th style={cell}>Light default</th>
          <th style={cell}>Dark default</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <td style={cell}>
              <code>{name}</code>
            </td>
            <td style={cell}>
              <Swatch value={defaults[name]?.light ?? ''} />
            </td>
            <td style={cell}>
              <Swatch value={defaults[name]?.dark ?? ''} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
