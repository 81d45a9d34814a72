#!/usr/bin/env node
/**
 * npm's `prepare` script. npm runs it (1) after a plain `npm install` / `npm ci` here, (2) before
 * `npm pack` and `npm publish`, and (3) when an app installs the kit from git
 * (`npm install git+https://…`): npm clones the repository, installs its dependencies there,
 * runs `prepare` and packs the folder as the registry would.
 *
 * Only `dist/` is published, and git holds no `dist/`, so cases (2) and (3) must build it. Case
 * (1) must not: the repository's own install (`npm start`, `npm test`, CI) works from `src/`, and a
 * build there would add 10–20 s to every fresh install. npm sets `INIT_CWD` to the folder the
 * command was typed in: for our own install that is this folder; when npm prepares the kit as
 * an app's git dependency, it is the app's folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const reason = buildReason({
    command: process.env.npm_command,
    initCwd: process.env.INIT_CWD,
    root: ROOT,
    built: BUILT_MARKERS.every((file) => existsSync(resolve(ROOT, file))),
  });
  if (reason !== null) {
    const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
    if (!existsSync(vite)) {
      console.error(
        'smartcar-error-kit: dist/ must be built but Vite is not installed: run `npm ci` first.',
      );
      process.exit(1);
    }
    console.log(`smartcar-error-kit: building dist/ (${reason})…`);
    const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    process.exit(build.status ?? 1);
  }
}
