#!/usr/bin/env node
/**
 * README code is copied from files that build: every fenced block right after a
 * `<!-- snippet: path -->` or `<!-- snippet: path#region -->` comment must be that file (or the
 * lines between its `// #region region` and the next `// #endregion` marker, de-indented).
 *
 *   node scripts/readme-snippets.mjs          checks, exits 1 naming each stale block
 *   node scripts/readme-snippets.mjs --write  rewrites the stale blocks from their files
 *
 * The unit suite runs the check (test/docs/readmeSnippets.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SNIPPET = /<!-- snippet: ([^#\s]+)(?:#([\w-]+))? -->\n\n(```\w*\n)([\s\S]*?)```/g;

/** The text a snippet comment names: a whole file or one `#region` of it. */
export function snippetSource(path, region) {
  const text = readFileSync(resolve(ROOT, path), 'utf8');
  if (region === undefined) return text.endsWith('\n') ? text : `${text}\n`;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `// #region ${region}`);
  // The first `// #endregion` after the start closes it (named or not: regions do not nest here).
  const end = lines.findIndex(
    (line, i) => i > start && /^\/\/ #endregion(?: [\w-]+)?$/.test(line.trim()),
  );
  if (start === -1 || end === -1) throw new Error(`${path} has no region "${region}"`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(
    ...body.filter((line) => line.trim() !== '').map((line) => line.match(/^ */)[0].length),
  );
  return `${body.map((line) => line.slice(indent)).join('\n')}\n`;
}

/** Every snippet block of a Markdown file, with what it says and what its source says. */
export function readmeSnippets(markdownPath = 'README.md') {
  const markdown = readFileSync(resolve(ROOT, markdownPath), 'utf8');
  return [...markdown.matchAll(SNIPPET)].map((match) => ({
    name: match[2] === undefined ? match[1] : `${match[1]}#${match[2]}`,
    index: match.index,
    whole: match[0],
    fence: match[3],
    shown: match[4],
    source: snippetSource(match[1], match[2]),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes('--write');
  const path = resolve(ROOT, 'README.md');
  let markdown = readFileSync(path, 'utf8');
  const stale = readmeSnippets().filter((snippet) => snippet.shown !== snippet.source);
  for (const snippet of stale) {
    console.log(`${write ? 'rewrote' : 'stale'}: ${snippet.name}`);
    if (write) {
      const comment = snippet.whole.slice(0, snippet.whole.indexOf(snippet.fence));
      markdown = markdown.replace(
        snippet.whole,
        `${comment}${snippet.fence}${snippet.source}\`\`\``,
      );
    }
  }
  if (write) writeFileSync(path, markdown);
  else if (stale.length > 0) {
    console.error('Run `node scripts/readme-snippets.mjs --write` to copy them from their files.');
    process.exit(1);
  }
}
