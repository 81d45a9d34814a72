// The README's quick start promises that `npm start` and `npm test` each do their own install
// on a fresh clone: when node_modules is missing, install exactly what the lockfile says.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/**
 * Install folders and their lockfiles: the kit's own, and React 18.3 for the `…:react18` test
 * projects (its own folder: react-dom 18 cannot sit beside react 19 in one package.json).
 */
const INSTALLS = [
  { dir: root, label: 'dependencies' },
  { dir: resolve(root, 'test/react18'), label: 'React 18 for the react18 test projects' },
];

export function ensureDependencies() {
  for (const { dir, label } of INSTALLS) ensureInstalled(dir, label);
}

function ensureInstalled(dir, label) {
  if (existsSync(resolve(dir, 'node_modules/.package-lock.json'))) return;
  const where = dir === root ? '' : ` in ${dir.slice(root.length + 1)}`;
  console.log(`smartcar-error-kit: installing ${label} (npm ci${where})…`);
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    // Playwright must not try to download its own browsers: there is no network for that here.
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (install.status !== 0) {
    console.error('smartcar-error-kit: `npm ci` failed; fix the install first.');
    process.exit(install.status ?? 1);
  }
}
