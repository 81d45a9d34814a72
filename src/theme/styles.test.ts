import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Read from disk: Vitest replaces imported CSS (even `?raw`) with an empty string in unit tests.
const read = (name: string) => readFileSync(resolve(import.meta.dirname, name), 'utf8');
const styles = read('styles.css');
const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.css'))
  .sort()
  .map((name) => [name, read(name).replace(/\/\*[\s\S]*?\*\//g, '')] as const);

/**
 * The text with every `@keyframes name { … }` block removed (its `from`/`to` are not selectors).
 */
function withoutKeyframes(css: string): string {
  let out = css;
  for (let at = out.search(/@keyframes\b/); at >= 0; at = out.search(/@keyframes\b/)) {
    let depth = 0;
    let end = out.indexOf('{', at);
    for (; end < out.length; end += 1) {
      if (out[end] === '{') depth += 1;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = out.slice(0, at) + out.slice(end + 1);
  }
  return out;
}

/** Each style rule's selector list (the text before `{`, skipping at-rules). */
function selectorsOf(css: string): string[] {
  return [...withoutKeyframes(css).matchAll(/(^|[;{}])\s*([^;{}@]+?)\s*\{/g)].map((m) =>
    m[2]!.trim(),
  );
}

describe('styles.css', () => {
  it('imports the shared pieces first, then each component stylesheet', () => {
    const imports = [...styles.matchAll(/@import '([^']+)';/g)].map((m) => m[1]);
    expect(imports).toEqual([
      './base.css',
      './banner.css',
      './support-card.css',
      './toast.css',
      './fleet.css',
    ]);
  });

  it('turns animations and transitions off under prefers-reduced-motion, after everything else', () => {
    const at = styles.indexOf('@media (prefers-reduced-motion: reduce)');
    expect(at).toBeGreaterThan(styles.indexOf("[data-sek-color-scheme='system']"));
    expect(styles.slice(at)).toMatch(/animation: none;[\s\S]*transition: none;/);
    expect(selectorsOf(styles).at(-1)).toBe(
      ':where([data-sek-color-scheme], [data-sek-color-scheme] *)',
    );
  });

  it('documents the shared attribute and class names at the top', () => {
    const header = styles.slice(0, styles.indexOf('*/'));
    for (const name of [
      'data-sek-color-scheme',
      'data-sek-unstyled',
      'data-sek-severity',
      'data-sek-surface',
      'data-sek-button',
      'data-sek-variant="primary"',
      'data-sek-link',
      'data-sek-icon',
      'data-sek-muted',
      'data-sek-mono',
      '.sek-visually-hidden',
    ]) {
      expect(header).toContain(name);
    }
  });
});

describe.each(files)('%s', (_name, css) => {
  it('puts every selector inside :where(...) (zero specificity)', () => {
    const selectors = selectorsOf(css);
    for (const selector of selectors) expect(selector).toMatch(/^:where\(/);
  });

  it('uses no !important', () => {
    expect(css).not.toContain('!important');
  });

  it('uses logical properties only, so dir="rtl" mirrors the layout', () => {
    expect(css).not.toMatch(
      /(^|[\s;{])((margin|padding|border|inset)-(left|right|top|bottom)|left|right|top|bottom|width|height|min-width|max-width|min-height|max-height)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/m,
    );
  });
});

describe('selectorsOf (the helper above)', () => {
  it('finds each rule’s selectors, inside @media too, and skips keyframes', () => {
    expect(
      selectorsOf('.x { color: red; } @keyframes k { from { opacity: 0 } to { opacity: 1 } }'),
    ).toEqual(['.x']);
    expect(
      selectorsOf('@media (prefers-color-scheme: dark) { :where(.a) { color: red } }'),
    ).toEqual([':where(.a)']);
  });
});
