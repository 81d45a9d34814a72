// The README's quick start promises that `npm start` and `npm test` each do their own install
// on a fresh clone: when node_modules is missing, install exactly what the lockfile says, and say
// what is happening while it does (npm itself prints nothing until it is done).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/**
 * Install folders and their lockfiles: the kit's own (everything Storybook needs), and React 18.3
 * for the `…:react18` test projects (its own folder: react-dom 18 cannot sit beside react 19 in
 * one package.json), which only `npm test` needs.
 */
const INSTALLS = {
  root: {
    dir: root,
    what: 'the dependencies (Storybook, Vite, Vitest: about 750 packages)',
    // Measured on a 2-core machine: 25 s quiet, 74 s while other builds ran.
    usually: 'usually 30 s to 1½ minutes',
  },
  react18: {
    dir: resolve(root, 'test/react18'),
    what: 'React 18.3 for the react18 test projects (test/react18)',
    usually: 'a few seconds',
  },
};

/** Seconds between "still installing" lines. */
export const TICK_SECONDS = 10;

/** The line printed while an install runs, every TICK_SECONDS. */
export function stillInstalling(seconds) {
  return `smartcar-error-kit: … still installing (${seconds} s)`;
}

/**
 * Installs what is missing: the root's dependencies, and React 18 unless `react18` is false.
 * Resolves true when it installed something. Exits the process when `npm ci` fails.
 */
export async function ensureDependencies({ react18 = true } = {}) {
  let installed = false;
  for (const install of react18 ? [INSTALLS.root, INSTALLS.react18] : [INSTALLS.root]) {
    if (existsSync(resolve(install.dir, 'node_modules/.package-lock.json'))) continue;
    await runInstall(install);
    installed = true;
  }
  return installed;
}

function runInstall({ dir, what, usually }) {
  console.log(`smartcar-error-kit: first run: installing ${what} with \`npm ci\`; ${usually}…`);
  const started = Date.now();
  const elapsed = () => Math.round((Date.now() - started) / 1000);
  const ticker = setInterval(() => console.log(stillInstalling(elapsed())), TICK_SECONDS * 1000);
  return new Promise((done) => {
    const install = spawn('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: 'inherit',
      shell: process.platform === 'win32',
      // Playwright must not try to download its own browsers: the tests use the system Chromium.
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    });
    install.on('error', (error) => {
      clearInterval(ticker);
      console.error(`smartcar-error-kit: could not run npm (${error.message}).`);
      process.exit(1);
    });
    install.on('exit', (code) => {
      clearInterval(ticker);
      if (code !== 0) {
        console.error('smartcar-error-kit: `npm ci` failed (see above); fix the install first.');
        process.exit(code ?? 1);
      }
      console.log(`smartcar-error-kit: installed in ${elapsed()} s.`);
      done();
    });
  });
}
