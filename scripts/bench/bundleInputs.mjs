/**
 * What fills each size-limit entry: every entry of size-limit.entries.json that imports from dist/
 * is bundled again from the sources (dist/core.js → src/core/index.ts, dist/index.js →
 * src/index.ts, dist/locales/x.js → src/locales/x.ts) with esbuild, minified, peers external, and
 * esbuild's metafile says how many minified bytes each module puts in the bundle. Gzip is only
 * known for the whole bundle; a module's share of it is estimated pro rata.
 *
 *   node scripts/bench/bundleInputs.mjs      (also printed by `npm run bench`)
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from './paths.mjs';

const TOP_MODULES = 8;
const PEERS = ['react', 'react-dom', 'react/*', 'react-dom/*'];

/** The source module a dist file is built from. */
function sourceOf(distPath) {
  const rel = relative(resolve(ROOT, 'dist'), resolve(ROOT, distPath));
  if (rel === 'core.js') return resolve(ROOT, 'src/core/index.ts');
  if (rel === 'index.js') return resolve(ROOT, 'src/index.ts');
  const locale = /^locales\/([a-z]{2})\.js$/.exec(rel);
  return locale === null ? null : resolve(ROOT, `src/locales/${locale[1]}.ts`);
}

/** A module's group: its folder under src/ (two levels), or its npm package. */
function groupOf(path) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg !== null) return pkg[1];
  const src = /^src\/([^/]+(?:\/[^/.]+)?)/.exec(path);
  return src === null ? path : src[1].replace(/\/[^/]+\.tsx?$/, '');
}

async function composition(entry) {
  if (typeof entry.path !== 'string' || entry.import === undefined) return null;
  const source = sourceOf(entry.path);
  if (source === null) return null;
  const names = entry.import === '*' ? null : entry.import.replace(/[{}]/g, '').trim();
  const contents =
    names === null
      ? `import * as all from ${JSON.stringify(source)};\nconsole.log(all);\n`
      : `import { ${names} } from ${JSON.stringify(source)};\nconsole.log(${names});\n`;
  const result = await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    external: [...PEERS, ...(entry.ignore ?? [])],
    minify: true,
    treeShaking: true,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles.map((file) => file.text).join('\n');
  const gzip = gzipSync(code).length;
  const modules = [];
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0)
        modules.push({ path: relative(ROOT, resolve(ROOT, path)), bytes: bytesInOutput });
    }
  }
  modules.sort((a, b) => b.bytes - a.bytes);
  const groups = new Map();
  for (const module of modules) {
    const group = groupOf(module.path);
    groups.set(group, (groups.get(group) ?? 0) + module.bytes);
  }
  return { minified: code.length, gzip, modules, groups: [...groups].sort((a, b) => b[1] - a[1]) };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Prints the composition of every size-limit entry that can be rebuilt from the sources. */
export async function printBundleInputs() {
  const entries = JSON.parse(readFileSync(resolve(ROOT, 'size-limit.entries.json'), 'utf8'));
  console.log('');
  console.log(
    'What fills each size-limit entry (rebuilt from src/ with esbuild, minified, React external; gzip share pro rata):',
  );
  for (const entry of entries) {
    const result = await composition(entry);
    if (result === null) continue;
    const share = (bytes) => kb((bytes / result.minified) * result.gzip);
    console.log('');
    console.log(
      `${entry.name} — ${kb(result.minified)} minified, ${kb(result.gzip)} gzip${entry.limit ? ` (budget ${entry.limit})` : ''}`,
    );
    console.log(
      `  by folder/package: ${result.groups
        .map(([group, bytes]) => `${group} ${kb(bytes)} (≈${share(bytes)} gz)`)
        .join(', ')}`,
    );
    console.log('  biggest modules:');
    for (const module of result.modules.slice(0, TOP_MODULES)) {
      console.log(
        `    ${kb(module.bytes).padStart(9)}  ≈${share(module.bytes).padStart(8)} gz  ${module.path}`,
      );
    }
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) await printBundleInputs();
