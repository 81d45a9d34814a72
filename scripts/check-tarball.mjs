#!/usr/bin/env node
/**
 * What an app gets from `npm install smartcar-error-kit`: checks the file list of the package
 * `npm pack` would make (after `npm run build`), then runs `npm publish --dry-run`.
 *
 * - every file `package.json` points at (`main`, `module`, `types`, each `exports` target) is in
 *   it, with LICENSE, README.md and CHANGELOG.md;
 * - nothing but `dist/` and those: no sources, tests, stories, scripts or examples;
 * - each source map carries its sources (`sourcesContent`): `src/` is not shipped;
 * - the tarball stays under MAX_PACKED_BYTES.
 *
 * Both npm commands run with `--ignore-scripts`: the check is of the `dist/` that was just built
 * (`prepare` would rebuild it for a real publish; see scripts/prepare.mjs).
 *
 *   npm run build && node scripts/check-tarball.mjs
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Ceiling of the packed tarball (gzip), bytes: a guard against a stray folder or file in the
 * package, not a bundle budget (size-limit measures what apps ship). 0.1.0 packs to 364 kB with
 * the fleet summary, the webhook and API v3 fixtures and source maps with their sources.
 */
export const MAX_PACKED_BYTES = 400_000;

/** Files published beside `dist/` (npm adds package.json, README and LICENSE itself). */
const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/** Every path `package.json` points at, without the leading `./`. */
export function pointedAt(pkg) {
  const targets = [pkg.main, pkg.module, pkg.types];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  return [...new Set(targets.filter(Boolean).map((path) => path.replace(/^\.\//, '')))];
}

/** What is wrong with a tarball's file list (`npm pack --json` `files[].path`); empty when fine. */
export function tarballProblems(paths, pkg, packedBytes) {
  const problems = [];
  const present = new Set(paths);
  for (const path of [...pointedAt(pkg), ...ALWAYS]) {
    if (!present.has(path)) problems.push(`missing: ${path}`);
  }
  for (const path of paths) {
    if (!ALWAYS.includes(path) && !path.startsWith('dist/')) problems.push(`unexpected: ${path}`);
    if (/\.(test|stories|browser\.test)\.[cm]?[jt]sx?$/.test(path)) problems.push(`test: ${path}`);
  }
  if (packedBytes > MAX_PACKED_BYTES) {
    problems.push(`tarball is ${packedBytes} bytes, over the ${MAX_PACKED_BYTES}-byte ceiling`);
  }
  return problems;
}

/** Source maps in the list that would point at `src/` (not shipped) instead of carrying it. */
export function mapsWithoutSources(paths, read) {
  return paths
    .filter((path) => path.endsWith('.map'))
    .filter((path) => {
      const map = JSON.parse(read(path));
      return (
        !Array.isArray(map.sourcesContent) ||
        map.sourcesContent.length !== map.sources.length ||
        map.sourcesContent.some((content) => typeof content !== 'string')
      );
    });
}

function npm(args) {
  return spawnSync('npm', args, {
    cwd: ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const pack = npm(['pack', '--dry-run', '--json', '--ignore-scripts']);
  if (pack.status !== 0) {
    console.error(pack.stderr);
    process.exit(1);
  }
  const [tarball] = JSON.parse(pack.stdout);
  const paths = tarball.files.map((file) => file.path);
  const problems = [
    ...tarballProblems(paths, pkg, tarball.size),
    ...mapsWithoutSources(paths, (path) => readFileSync(resolve(ROOT, path), 'utf8')).map(
      (path) => `source map without its sources: ${path}`,
    ),
  ];
  console.log(
    `check-tarball: ${tarball.filename}: ${tarball.entryCount} files, ` +
      `${(tarball.size / 1000).toFixed(1)} kB packed (ceiling ${MAX_PACKED_BYTES / 1000} kB), ` +
      `${(tarball.unpackedSize / 1000).toFixed(1)} kB unpacked`,
  );
  for (const problem of problems) console.error(`check-tarball: ${problem}`);

  const publish = npm(['publish', '--dry-run', '--ignore-scripts']);
  if (publish.status !== 0) {
    console.error(publish.stdout, publish.stderr);
    problems.push('npm publish --dry-run failed');
  } else {
    const published = `${publish.stdout}\n${publish.stderr}`.match(/\+ \S+@\S+/)?.[0];
    console.log(`check-tarball: npm publish --dry-run: ${published ?? 'ok'}`);
  }
  process.exit(problems.length === 0 ? 0 : 1);
}
