#!/usr/bin/env node
/**
 * `npm run size:app`: what the kit costs in this app. Builds the app (`vite build`, dist/) and
 * the same app without the kit (`vite build -c vite.baseline.config.ts`, dist-baseline/), gzips
 * (level 9) every JS and CSS file each build emits and prints both and their difference.
 * Run it after the kit is installed (`npm install --no-save <tarball>`). Plain Node.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');

function build(args) {
  execFileSync('npx', ['vite', 'build', ...args], { cwd: ROOT, stdio: 'ignore' });
}

/** Gzip bytes of the JS and the CSS files under `dir` (recursively). */
function measure(dir) {
  const sizes = { js: 0, css: 0 };
  for (const entry of readdirSync(join(ROOT, dir), { recursive: true })) {
    const kind = /\.(js|css)$/.exec(String(entry))?.[1];
    if (kind === undefined) continue;
    sizes[kind] += gzipSync(readFileSync(join(ROOT, dir, String(entry))), { level: 9 }).length;
  }
  return sizes;
}

build([]);
build(['-c', 'vite.baseline.config.ts']);
const withKit = measure('dist');
const baseline = measure('dist-baseline');
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const row = (name, { js, css }) =>
  `${name.padEnd(22)}${kB(js).padStart(10)}${kB(css).padStart(10)}${kB(js + css).padStart(10)}`;

console.log(`${'gzip (level 9)'.padEnd(22)}${'JS'.padStart(10)}${'CSS'.padStart(10)}${'total'.padStart(10)}`);
console.log(row('with the kit', withKit));
console.log(row('without (baseline)', baseline));
console.log(
  row('the kit costs', { js: withKit.js - baseline.js, css: withKit.css - baseline.css }),
);
