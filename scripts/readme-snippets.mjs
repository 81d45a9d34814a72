#!/usr/bin/env node
/**
 * Documentation code is copied from files that build: in the README and on every Storybook docs
 * page (each .mdx file under stories/docs), every fenced block right after a snippet comment must
 * be the file it names: `<!-- snippet: path -->` in Markdown, the same `snippet: path` text in an
 * MDX comment (braces around a block comment) on a docs page. `path#region` names the lines
 * between the file's `// #region region` and the next `// #endregion` marker, de-indented.
 *
 *   node scripts/readme-snippets.mjs          checks, exits 1 naming each stale block
 *   node scripts/readme-snippets.mjs --write  rewrites the stale blocks from their files
 *
 * The unit suite runs the check (test/docs/readmeSnippets.test.ts, test/docs/docsSnippets.test.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SNIPPET =
  /(?:<!-- snippet: ([^#\s]+)(?:#([\w-]+))? -->|\{\/\* snippet: ([^#\s]+)(?:#([\w-]+))? \*\/\})\n\n(```\w*\n)([\s\S]*?)```/g;
/** Any fenced block of a page, with the line before it (where a snippet comment would be). */
const FENCE = /(?:^|\n)([^\n]*)\n\n```(\w*)\n[\s\S]*?```/g;

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
  return [...markdown.matchAll(SNIPPET)].map((match) => {
    const path = match[1] ?? match[3];
    const region = match[2] ?? match[4];
    return {
      name: region === undefined ? path : `${path}#${region}`,
      index: match.index,
      whole: match[0],
      fence: match[5],
      shown: match[6],
      source: snippetSource(path, region),
    };
  });
}

/** The Storybook docs pages (MDX), relative to the repository root. */
export function docsPages(dir = 'stories/docs') {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => relative(ROOT, resolve(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Fenced blocks of a page that no snippet comment ties to a file, with their language. Shell
 * commands (`sh`) are not code that builds: they may stand alone.
 */
export function unmarkedBlocks(markdownPath) {
  const markdown = readFileSync(resolve(ROOT, markdownPath), 'utf8');
  return [...markdown.matchAll(FENCE)]
    .filter((match) => !/snippet: /.test(match[1]) && match[2] !== 'sh')
    .map((match) => ({
      language: match[2],
      line: markdown.slice(0, match.index).split('\n').length + 1,
    }));
}

/**
 * `<Source code={…}>` blocks of an MDX page whose code is not a file imported with `?raw` (or a
 * `region(…)` of one).
 */
export function sourceBlocksNotFromFiles(markdownPath) {
  const markdown = readFileSync(resolve(ROOT, markdownPath), 'utf8');
  const raw = new Set(
    [...markdown.matchAll(/^import (\w+) from '[^']+\?raw';$/gm)].map((match) => match[1]),
  );
  return [...markdown.matchAll(/<Source\b[^>]*\bcode=\{([^}]*)\}/g)]
    .map((match) => match[1].trim())
    .filter((code) => !raw.has(/^(?:region\()?(\w+)/.exec(code)?.[1] ?? ''));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes('--write');
  let staleCount = 0;
  for (const page of ['README.md', ...docsPages()]) {
    const path = resolve(ROOT, page);
    let markdown = readFileSync(path, 'utf8');
    const stale = readmeSnippets(page).filter((snippet) => snippet.shown !== snippet.source);
    staleCount += stale.length;
    for (const snippet of stale) {
      console.log(`${write ? 'rewrote' : 'stale'}: ${page}: ${snippet.name}`);
      if (write) {
        const comment = snippet.whole.slice(0, snippet.whole.indexOf(snippet.fence));
        markdown = markdown.replace(
          snippet.whole,
          `${comment}${snippet.fence}${snippet.source}\`\`\``,
        );
      }
    }
    if (write && stale.length > 0) writeFileSync(path, markdown);
  }
  if (!write && staleCount > 0) {
    console.error('Run `node scripts/readme-snippets.mjs --write` to copy them from their files.');
    process.exit(1);
  }
}
