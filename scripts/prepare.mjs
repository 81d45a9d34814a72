#!/usr/bin/env node
/**
 * Builds `dist/` when a package is made from this folder, and only then.
 *
 * `node scripts/prepare.mjs` is npm's `prepare`: npm runs it after a plain `npm install` /
 * `npm ci` here, and when an app installs the kit from git (`npm install git+https://…`): npm
 * clones the repository, installs its dependencies there, runs `prepare` and packs the folder as
 * the registry would. Git holds no `dist/`, so the git install must build it; our own install
 * must not: `npm start`, `npm test` and CI work from `src/`, and a build would add 10–20 s to
 * every fresh install. npm sets `INIT_CWD` to the folder the command was typed in: for our own
 * install that is this folder; when npm prepares the kit as an app's git dependency, the app's.
 *
 * `--prepack` / `--postpack` are npm's `prepack` / `postpack` (`npm pack`, `npm publish`):
 * prepack builds `dist/` when it is missing (always for `npm publish`) and takes `prepare` out of
 * the package.json that goes into the tarball, postpack puts it back. An app that installs the
 * tarball never runs `prepare` (npm runs it only for git and folder installs), yet npm 11 would
 * list it among "install scripts not yet covered by allowScripts": a false alarm.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const MANIFEST = resolve(ROOT, 'package.json');
/**
 * The untouched package.json while a pack runs (a pack that died leaves it: prepack restores it).
 */
const MANIFEST_BACKUP = resolve(ROOT, '.package.json.prepack');

/** The files every entry of `package.json` `exports` needs first; the build writes them all. */
const BUILT_MARKERS = ['dist/index.js', 'dist/index.d.ts', 'dist/styles.css'];

/**
 * Why `prepare` builds, or `null` when it should not:
 * - `publish`: always, so what is published is what the sources say;
 * - `dist/` already built: no (an app's git install runs `prepare` twice; `npm pack` after
 *   `npm run build` packs what was just built);
 * - the repository's own `npm ci` / `npm install`: no;
 * - anything else (a git dependency, `npm pack` on a fresh clone): yes.
 */
export function buildReason({ command, initCwd, root, built }) {
  if (command === 'publish') return 'publishing';
  if (built) return null;
  const ownInstall =
    (command === 'ci' || command === 'install') &&
    initCwd !== undefined &&
    resolve(initCwd) === root;
  if (ownInstall) return null;
  return command === 'pack' ? 'packing without a dist/' : 'installed as a git dependency';
}

/** package.json text without `scripts.prepare`. */
export function withoutPrepare(manifestText) {
  const manifest = JSON.parse(manifestText);
  const scripts = { ...manifest.scripts };
  delete scripts.prepare;
  return `${JSON.stringify({ ...manifest, scripts }, null, 2)}\n`;
}

function build(reason) {
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) {
    console.error(
      'smartcar-error-kit: dist/ must be built but Vite is not installed: run `npm ci` first.',
    );
    process.exit(1);
  }
  console.log(`smartcar-error-kit: building dist/ (${reason})…`);
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function main() {
  const stage = process.argv[2];
  if (stage === '--postpack') {
    if (existsSync(MANIFEST_BACKUP)) renameSync(MANIFEST_BACKUP, MANIFEST);
    return;
  }
  if (stage === '--prepack' && existsSync(MANIFEST_BACKUP)) renameSync(MANIFEST_BACKUP, MANIFEST);
  const reason = buildReason({
    command: process.env.npm_command,
    initCwd: process.env.INIT_CWD,
    root: ROOT,
    built: BUILT_MARKERS.every((file) => existsSync(resolve(ROOT, file))),
  });
  if (reason !== null) build(reason);
  if (stage === '--prepack') {
    const original = readFileSync(MANIFEST, 'utf8');
    writeFileSync(MANIFEST_BACKUP, original);
    writeFileSync(MANIFEST, withoutPrepare(original));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
