/**
 * The TSDoc comment of an exported function, read from its source text (imported with `?raw`),
 * so a hook's docs page shows the same words as the editor's hover — no copy to drift.
 */

/** The doc comment right above `export function <name>` (or `export const`), as Markdown. */
export function tsdocOf(source: string, name: string): string {
  const declaration = new RegExp(`export (?:async )?(?:function|const) ${name}\\b`).exec(source);
  if (declaration === null) return '';
  const before = source.slice(0, declaration.index).trimEnd();
  if (!before.endsWith('*/')) return '';
  const start = before.lastIndexOf('/**');
  if (start === -1) return '';
  return before
    .slice(start + 3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}
