// The README's quick start promises that `npm start` and `npm test` each do their own install
// on a fresh clone: when node_modules is missing, install exactly what the lockfile says.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export function ensureDependencies() {
  if (existsSync(resolve(root, 'node_modules/.package-lock.json'))) return;
  console.log('smartcar-error-kit: installing dependencies (npm ci)…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
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
