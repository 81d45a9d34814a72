/**
 * Tree-shaking proofs on the built package (dist/): what an import must NOT bring into an app's
 * bundle. Shared by `scripts/check-treeshaking.mjs` (a readable pass/fail report) and the
 * size-limit entries whose esbuild config files live beside this one (`*.esbuild.mjs`: the
 * size-limit build itself fails when a proof fails).
 *
 * The forbidden text is read at run time from the sources: the English wording from
 * src/core/messages/englishLocale.ts, the locale packs from src/locales/*.ts. Each proof has a
 * control bundle that MUST contain what the proof forbids, so a proof can never pass vacuously
 * (for instance because the strings were minified differently).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(ROOT, 'dist');

/** Shortest string literal used as a needle: shorter ones could occur by chance. */
const MIN_NEEDLE_CHARS = 16;
/** Characters a bundler may escape or re-quote; needles containing them are not used. */
const UNSAFE_CHARS = /["'`\\$\n]/;

/** React and react-dom are the host app's (peer dependencies), as in size-limit.entries.json. */
export const PEER_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*'];

/**
 * The string literals of a TypeScript source file (single-quoted, as Prettier writes them),
 * comments left out (a doc comment's example is not in any bundle).
 */
function stringLiterals(file) {
  const source = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const values = [];
  for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) {
    values.push(match[1].replace(/\\'/g, "'"));
  }
  return values;
}

function walk(dir, keep) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...walk(path, keep));
    else if (keep(path)) files.push(path);
  }
  return files;
}

const isSource = (path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path);

/**
 * Long, distinctive string literals of `file` that no other source file in `elsewhere` contains
 * (so finding one in a bundle means `file` itself, or a copy of its text, was bundled).
 */
function needlesOf(file, elsewhere) {
  const others = elsewhere
    .filter((path) => resolve(path) !== resolve(file))
    .map((path) => readFileSync(path, 'utf8'));
  const unique = new Set();
  for (const value of stringLiterals(file)) {
    if (value.length < MIN_NEEDLE_CHARS || UNSAFE_CHARS.test(value)) continue;
    if (others.some((text) => text.includes(value))) continue;
    unique.add(value);
  }
  return [...unique];
}

const srcFiles = () => walk(resolve(ROOT, 'src'), isSource);

/** English wording that exists only in the English locale. */
export function englishNeedles() {
  return needlesOf(resolve(ROOT, 'src/core/messages/englishLocale.ts'), srcFiles());
}

/** Wording that exists only in the locale pack `lang` (fr, de, es). */
export function localeNeedles(lang) {
  return needlesOf(resolve(ROOT, `src/locales/${lang}.ts`), srcFiles());
}

/** Wording that exists only in the fleet summary's built-in wording. */
export function fleetNeedles() {
  return needlesOf(resolve(ROOT, 'src/core/messages/fleetLocales.ts'), srcFiles());
}

/** The fleet's public values: an app that imports none of them must not bundle the fleet. */
const FLEET_EXPORTS = new Set(['FleetIssueSummary', 'createVehicleIssues']);

/** Every runtime export of dist/index.js but the fleet's (read from its closing `export {…}`). */
function nonFleetExports() {
  const text = readFileSync(dist('index.js'), 'utf8');
  const list = [...text.matchAll(/^export \{([^}]*)\};?$/gm)].at(-1)?.[1] ?? '';
  return list
    .split(',')
    .map((item) =>
      item
        .trim()
        .split(/\s+as\s+/)
        .at(-1),
    )
    .filter((name) => name && !FLEET_EXPORTS.has(name));
}

/** The locale packs shipped as their own entries. */
export function localeLanguages() {
  return readdirSync(resolve(ROOT, 'src/locales'))
    .filter((name) => /^[a-z]{2}\.ts$/.test(name))
    .map((name) => name.slice(0, 2));
}

const dist = (file) => resolve(DIST, file);
/** `import * as <alias>` or `import { names }` from a dist file, used so nothing is dropped. */
const importLine = (names, file, alias = 'all') =>
  names === '*'
    ? `import * as ${alias} from ${JSON.stringify(dist(file))};\nconsole.log(${alias});\n`
    : `import { ${names.join(', ')} } from ${JSON.stringify(dist(file))};\nconsole.log(${names.join(', ')});\n`;

/**
 * The proofs. Each: `entry` (what an app imports), `forbidden` (strings and/or input paths that
 * must not be in its bundle), `control` (an entry whose bundle must contain them) and `why`
 * (what a failure means).
 */
export function proofs() {
  const english = englishNeedles();
  const langs = localeLanguages();
  const locales = langs.flatMap((lang) => localeNeedles(lang));
  const localeControl = langs
    .map((lang) => importLine('*', `locales/${lang}.js`, `pack_${lang}`))
    .join('');
  const radixInputs = /(^|\/)node_modules\/@radix-ui\//;
  return [
    {
      id: 'parse-without-wording',
      name: 'parseSmartcarError alone carries none of the English wording',
      entry: importLine(['parseSmartcarError'], 'core.js'),
      forbidden: { strings: english, inputs: null },
      control: importLine('*', 'core.js'),
      why: 'importing only the parser pulls in src/core/messages/englishLocale.ts: something the parser imports reaches the wording (follow the imports of src/core/parse and src/core/catalogue), or a module with side effects keeps it alive',
    },
    {
      id: 'banner-without-radix',
      name: 'ErrorBanner + SupportContactCard + SmartcarErrorProvider carry no Radix and no toast queue',
      entry: importLine(['ErrorBanner', 'SupportContactCard', 'SmartcarErrorProvider'], 'index.js'),
      forbidden: {
        // The last one is the id prefix of ToastQueue (and of the store's early toasts).
        strings: ['ToastProvider', 'toast.viewportPause', 'toast.swipeStart', 'sek-toast-'],
        inputs: radixInputs,
      },
      control: importLine('*', 'index.js'),
      why: 'importing the banner pulls in @radix-ui/react-toast or ToastQueue: something the banner, card or provider imports reaches src/react/toaster (e.g. the provider rendering the toast queue provider from a module that also imports Radix), or a module with side effects keeps it alive',
    },
    {
      id: 'app-without-fleet',
      name: 'every export of smartcar-error-kit but the fleet carries no FleetIssueSummary',
      entry: existsSync(dist('index.js')) ? importLine(nonFleetExports(), 'index.js') : '',
      forbidden: { strings: fleetNeedles(), inputs: null },
      control: importLine(['FleetIssueSummary'], 'index.js'),
      why: 'an app that never renders the fleet summary pays for it: something the other exports import reaches src/react/fleet or src/core/messages/fleetLocales.ts (e.g. a shared module importing the fleet wording), or a module with side effects keeps it alive',
    },
    {
      id: 'core-without-locales',
      name: 'smartcar-error-kit/core (everything) carries no locale pack',
      entry: importLine('*', 'core.js'),
      forbidden: { strings: locales, inputs: /(^|\/)dist\/locales\// },
      control: localeControl,
      why: 'a locale pack reaches ./core: src/core must never import src/locales/* (packs are opt-in entries)',
    },
    {
      id: 'index-without-locales',
      name: 'smartcar-error-kit (everything) carries no locale pack',
      entry: importLine('*', 'index.js'),
      forbidden: { strings: locales, inputs: /(^|\/)dist\/locales\// },
      control: localeControl,
      why: 'a locale pack reaches the main entry: src/** must never import src/locales/* (packs are opt-in entries)',
    },
  ];
}

/** The dist files the proofs need; a message when one is missing. */
export function missingDist() {
  const needed = ['core.js', 'index.js', ...localeLanguages().map((l) => `locales/${l}.js`)];
  const missing = needed.filter((file) => !existsSync(dist(file)));
  return missing.length === 0
    ? null
    : `dist/ is missing ${missing.join(', ')}: run \`npm run build\` first.`;
}

/** esbuild options for bundling `contents` the way size-limit does (minified, peers external). */
export function esbuildOptions(contents, extra = {}) {
  return {
    stdin: { contents, resolveDir: ROOT, sourcefile: 'proof-entry.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    external: PEER_EXTERNALS,
    metafile: true,
    minifyIdentifiers: true,
    minifySyntax: true,
    minifyWhitespace: true,
    treeShaking: true,
    // Keep non-ASCII text as is, so needles match the output byte for byte.
    charset: 'utf8',
    logLevel: 'silent',
    ...extra,
  };
}

/**
 * The modules that put code into a bundle (esbuild's `metafile.inputs` also lists modules it read
 * and then dropped entirely, so the outputs' `bytesInOutput` decides), with their bytes.
 */
export function bundledInputs(metafile) {
  const bytes = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput <= 0) continue;
      const key = relative(ROOT, resolve(ROOT, path));
      bytes.set(key, (bytes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return bytes;
}

/** What a bundle contains of `forbidden`: `{ strings: [...found], inputs: [...found] }`. */
export function findForbidden(code, metafile, forbidden) {
  const strings = forbidden.strings.filter((needle) => code.includes(needle));
  const inputs =
    forbidden.inputs === null
      ? []
      : [...bundledInputs(metafile).keys()].filter((path) => forbidden.inputs.test(path));
  return { strings, inputs };
}

/** A short description of what was found. */
export function describeFound(found) {
  const parts = [];
  if (found.strings.length > 0) {
    const shown = found.strings.slice(0, 3).map((s) => JSON.stringify(s));
    const more = found.strings.length > 3 ? ` and ${found.strings.length - 3} more` : '';
    parts.push(`${found.strings.length} forbidden string(s): ${shown.join(', ')}${more}`);
  }
  if (found.inputs.length > 0) {
    const shown = found.inputs.slice(0, 3);
    const more = found.inputs.length > 3 ? ` and ${found.inputs.length - 3} more` : '';
    parts.push(`${found.inputs.length} forbidden module(s): ${shown.join(', ')}${more}`);
  }
  return parts.join('; ');
}

/**
 * An esbuild config for size-limit's `config` option: the proof's entry, bundled like
 * size-limit's own (written to `node_modules/.cache/sek-size-limit/<id>`), with a plugin that
 * fails the build when the bundle contains anything the proof forbids. `{ selfTest: true }`
 * bundles the proof's control instead, which must fail (to show the entry can fail).
 */
export function sizeLimitConfig(id, { selfTest = false } = {}) {
  const proof = proofs().find((candidate) => candidate.id === id);
  if (proof === undefined) throw new Error(`Unknown tree-shaking proof: ${id}`);
  const outdir = resolve(ROOT, 'node_modules/.cache/sek-size-limit', id);
  return esbuildOptions(selfTest ? proof.control : proof.entry, {
    outdir,
    write: true,
    allowOverwrite: true,
    plugins: [
      {
        name: 'sek-tree-shaking-proof',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length > 0 || result.metafile === undefined) return;
            const code = Object.keys(result.metafile.outputs)
              .map((path) => readFileSync(resolve(ROOT, path), 'utf8'))
              .join('\n');
            const found = findForbidden(code, result.metafile, proof.forbidden);
            if (found.strings.length > 0 || found.inputs.length > 0) {
              throw new Error(
                `Tree-shaking proof failed — ${proof.name}: the bundle contains ${describeFound(found)}. This means ${proof.why}. Details: node scripts/check-treeshaking.mjs`,
              );
            }
          });
        },
      },
    ],
  });
}
