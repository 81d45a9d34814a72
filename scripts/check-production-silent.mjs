/**
 * Production is silent: proves that an app's PRODUCTION bundle of the kit contains none of its
 * development warnings (run `npm run build` first).
 *
 * Each public entry (dist/index.js, dist/core.js) is bundled as an app would be — esbuild,
 * minified, React external, `process.env.NODE_ENV` defined as `"production"` (what Vite, webpack,
 * esbuild and Next.js do) — and searched for the warning texts. The texts are read from the
 * sources at run time: every string literal (and every static part of a template literal) passed
 * to `warnOnce(…)` or `console.warn(…)` in src/, plus the prefix `[smartcar-error-kit]`. The same
 * entries are bundled with `NODE_ENV` `"development"` as a control: every text must be found
 * there, so the check cannot pass because the texts were extracted or minified differently.
 * Exits 1 when a text is in a production bundle or missing from the development control.
 *
 *   node scripts/check-production-silent.mjs
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT, esbuildOptions, missingDist } from './treeshaking/proofs.mjs';

/** The kit's console prefix: never in a production bundle. */
const PREFIX = '[smartcar-error-kit]';
/** Shortest text fragment used as a needle: shorter ones could occur by chance. */
const MIN_NEEDLE_CHARS = 12;
/** Calls whose arguments are development-only text. */
const WARNING_CALLS = /\b(warnOnce|console\.warn)\(/g;
const ENTRIES = ['index.js', 'core.js'];

function walk(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...walk(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

/** The source text of a call's arguments, from `start` (just after its `(`) to its `)`. */
function callArguments(source, start) {
  let depth = 1;
  let quote = null;
  for (let i = start; i < source.length; i += 1) {
    const char = source[i];
    if (quote !== null) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(') depth += 1;
    else if (char === ')' && (depth -= 1) === 0) return source.slice(start, i);
  }
  return '';
}

/**
 * The static text fragments of the string and template literals in `code`, split where a
 * bundler may re-quote or escape (quotes, backslashes, `${…}`), so each fragment appears in a
 * bundle byte for byte.
 */
function textFragments(code) {
  const fragments = [];
  for (const match of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    const text = match[1] ?? match[2].replace(/\$\{[^}]*\}/g, '`');
    fragments.push(...text.split(/["'`\\\n]/));
  }
  return fragments.map((fragment) => fragment.trim()).filter(Boolean);
}

/** `{ text, file }` for every warning text fragment in src/ (the warning key arguments too). */
export function warningTexts() {
  const texts = new Map([[PREFIX, 'the console prefix']]);
  for (const file of walk(resolve(ROOT, 'src'))) {
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const match of source.matchAll(WARNING_CALLS)) {
      const args = callArguments(source, match.index + match[0].length);
      for (const fragment of textFragments(args)) {
        if (fragment.length >= MIN_NEEDLE_CHARS && !texts.has(fragment)) {
          texts.set(fragment, relative(ROOT, file));
        }
      }
    }
  }
  return [...texts].map(([text, file]) => ({ text, file }));
}

/** The minified bundle of everything `entry` exports, with `NODE_ENV` set to `nodeEnv`. */
async function bundle(entry, nodeEnv) {
  const path = JSON.stringify(resolve(ROOT, 'dist', entry));
  const result = await build(
    esbuildOptions(`import * as all from ${path};\nconsole.log(all);\n`, {
      write: false,
      outdir: 'out',
      define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    }),
  );
  return result.outputFiles.map((file) => file.text).join('\n');
}

const missing = missingDist();
if (missing !== null) {
  console.error(`check-production-silent: ${missing}`);
  process.exit(1);
}

const texts = warningTexts();
let failures = 0;
const inDevelopment = new Set();
for (const entry of ENTRIES) {
  const development = await bundle(entry, 'development');
  for (const { text } of texts) if (development.includes(text)) inDevelopment.add(text);
  const production = await bundle(entry, 'production');
  const found = texts.filter(({ text }) => production.includes(text));
  if (found.length > 0) {
    failures += 1;
    console.log(
      `FAIL dist/${entry}: the production bundle (${production.length} B minified) contains ${found.length} of ${texts.length} warning texts:`,
    );
    for (const { text, file } of found.slice(0, 8))
      console.log(`    ${JSON.stringify(text)} (${file})`);
    if (found.length > 8) console.log(`    … and ${found.length - 8} more`);
    console.log(
      "    Guard every warning inline with `if (process.env.NODE_ENV !== 'production')`, the text inside the branch.",
    );
  } else {
    console.log(
      `ok   dist/${entry}: production bundle ${production.length} B minified, none of the ${texts.length} warning texts (development bundle ${development.length} B)`,
    );
  }
}

const absent = texts.filter(({ text }) => !inDevelopment.has(text));
if (absent.length > 0) {
  failures += 1;
  console.log(
    `FAIL control: ${absent.length} warning text(s) are in no DEVELOPMENT bundle either, so the check would pass vacuously:`,
  );
  for (const { text, file } of absent) console.log(`    ${JSON.stringify(text)} (${file})`);
} else {
  console.log(`ok   control: all ${texts.length} warning texts are in the development bundles`);
}

if (failures > 0) {
  console.error('\ncheck-production-silent: development warnings reach production builds.');
  process.exit(1);
}
console.log('\ncheck-production-silent: production builds carry no development warning text.');
