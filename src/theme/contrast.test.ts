import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  MIN_NON_TEXT_CONTRAST,
  MIN_TEXT_CONTRAST,
  contrastRatio,
  parseHexColor,
} from './contrastRatio';

// Read from disk: Vitest replaces imported CSS (even `?raw`) with an empty string in unit tests.
const read = (name: string) => readFileSync(resolve(import.meta.dirname, name), 'utf8');
const css = read('styles.css');

/** The tokens block: every root's `--_sek-x: var(--sek-x, light-dark(#light, #dark))` defaults. */
const TOKENS = ':where([data-sek-color-scheme]) {';

/** One palette (`0` light, `1` dark) of the colour defaults, each written once in light-dark(). */
function paletteOf(which: 0 | 1): Record<string, string> {
  const start = css.indexOf(TOKENS);
  if (start < 0) throw new Error('no tokens block');
  const body = css.slice(start, css.indexOf('}', start));
  const palette: Record<string, string> = {};
  const pair =
    /--_sek-([\w-]+):\s*var\(--sek-\1,\s*light-dark\((#[0-9a-f]{3,6}),\s*(#[0-9a-f]{3,6})\)\)/gi;
  for (const m of body.matchAll(pair)) palette[m[1]!] = m[2 + which]!;
  return palette;
}

const SCHEMES = {
  light: paletteOf(0),
  dark: paletteOf(1),
};
const SEVERITIES = ['critical', 'warning', 'info'] as const;

type Pair = [foreground: string, background: string, minimum: number, use: string];

/** Every foreground/background pair the stylesheet (base.css and the components) may draw. */
function pairs(): Pair[] {
  const list: Pair[] = [
    ['text', 'surface', MIN_TEXT_CONTRAST, 'body text on a card'],
    ['muted-text', 'surface', MIN_TEXT_CONTRAST, 'secondary text on a card'],
    ['accent', 'surface', MIN_TEXT_CONTRAST, 'links on a card'],
    ['accent-contrast', 'accent', MIN_TEXT_CONTRAST, 'primary button label'],
    ['border', 'surface', MIN_NON_TEXT_CONTRAST, 'card border'],
  ];
  for (const s of SEVERITIES) {
    const bg = `${s}-background`;
    list.push(
      [`${s}-text`, bg, MIN_TEXT_CONTRAST, `${s} text`],
      [`${s}-text`, 'surface', MIN_TEXT_CONTRAST, `${s} text on a card`],
      ['text', bg, MIN_TEXT_CONTRAST, `body text on ${s}`],
      ['muted-text', bg, MIN_TEXT_CONTRAST, `secondary text on ${s}`],
      ['accent', bg, MIN_TEXT_CONTRAST, `links, focus ring and primary button edge on ${s}`],
      [`${s}-icon`, bg, MIN_NON_TEXT_CONTRAST, `${s} icon`],
      [`${s}-icon`, 'surface', MIN_NON_TEXT_CONTRAST, `${s} icon on a card`],
      [`${s}-border`, bg, MIN_NON_TEXT_CONTRAST, `${s} border`],
      [`${s}-border`, 'surface', MIN_NON_TEXT_CONTRAST, `${s} border against a card`],
    );
  }
  return list;
}

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('is symmetric and rejects what is not an opaque hex colour', () => {
    expect(contrastRatio('#0b57d0', '#fff')).toBe(contrastRatio('#fff', '#0b57d0'));
    expect(parseHexColor('red')).toBeNull();
    expect(parseHexColor('#12345678')).toBeNull();
    expect(() => contrastRatio('rgb(0 0 0)', '#fff')).toThrow(TypeError);
  });
});

describe.each(Object.entries(SCHEMES))('the %s palette of styles.css', (_scheme, palette) => {
  it('defines every colour token as an opaque hex value', () => {
    const expected = ['accent', 'accent-contrast', 'surface', 'text', 'muted-text', 'border'];
    for (const s of SEVERITIES)
      for (const t of ['background', 'border', 'text', 'icon']) expected.push(`${s}-${t}`);
    expect(Object.keys(palette).sort()).toEqual(expected.sort());
  });

  it.each(pairs())('%s on %s reaches %s:1 (%s)', (fg, bg, minimum) => {
    const ratio = contrastRatio(palette[fg]!, palette[bg]!);
    expect(ratio, `${fg} ${palette[fg]} on ${bg} ${palette[bg]}`).toBeGreaterThanOrEqual(minimum);
  });
});

describe('the palettes', () => {
  it("are written once: light-dark() in the tokens block, picked by the root's color-scheme", () => {
    expect(css).not.toContain('@media (prefers-color-scheme');
    expect(css.match(/^\s*--_sek-accent:/gm)).toHaveLength(1);
    expect(css).toMatch(/\[data-sek-color-scheme='light'\][^{]*\{\s*color-scheme: light;/);
    expect(css).toMatch(/\[data-sek-color-scheme='dark'\][^{]*\{\s*color-scheme: dark;/);
    expect(css).toMatch(/\[data-sek-color-scheme='system'\][^{]*\{\s*color-scheme: light dark;/);
  });
});
