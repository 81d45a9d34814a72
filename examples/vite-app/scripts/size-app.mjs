#!/usr/bin/env node
/**
 * `npm run size:app`: what the kit costs in this app. Builds the app (`vite build`, dist/) and
 * the same app without the kit (`vite build -c vite.baseline.config.ts`, dist-baseline/), gzips
 * (level 9) every JS and CSS file each build emits and prints both and their difference.
 * Run it after the kit is installed (`npm install --no-save <tarball>`). Plain Node.
 *
 * The difference (JS + CSS, gzip level 9, in bytes) is the kit's in-app cost, and a ceiling: the
 * script exits 1 above `CEILING_BYTES`. `npm run test:examples` runs it (default variant).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * The in-app cost's ceiling, bytes of gzip (JS + CSS), at the measured size: 40,109 B on main
 * with issues 18, 20 and 21; 39,809 B after issue 19's merges (measured in a CI rehearsal).
 * Issue 19's ceiling, 36 kB, is not met yet. Like the ceilings in size-limit.entries.json, it
 * only goes down.
 */
const CEILING_BYTES = 39_809;
const ISSUE_CEILING_BYTES = 36_000;

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
const cost = { js: withKit.js - baseline.js, css: withKit.css - baseline.css };
console.log(row('the kit costs', cost));
const total = cost.js + cost.css;
const verdict = total <= CEILING_BYTES ? 'within' : 'ABOVE';
const issue = total <= ISSUE_CEILING_BYTES ? 'met' : 'not met yet';
console.log(
  `In-app cost ${total} B: ${verdict} the ceiling of ${CEILING_BYTES} B ` +
    `(issue 19's ceiling of ${ISSUE_CEILING_BYTES} B: ${issue}).`,
);
if (total > CEILING_BYTES) process.exitCode = 1;
