// Finds the Chromium that every browser test, story test, benchmark and screenshot uses.
// Playwright cannot download browsers on this network, so we use the system one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function canAptInstall() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these, Chromium stalls on a closed network trying to reach Google services.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium executable: `CHROMIUM_PATH` when set (and only it: an explicit path that does not
 * exist is an error, not a hint), else `/usr/bin/chromium`; null when not found.
 */
export function findChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

export const CHROMIUM_MISSING_MESSAGE = [
  'smartcar-error-kit: no Chromium found for the browser tests.',
  `Looked at: ${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : '/usr/bin/chromium'}.`,
  'Install one (Debian/Ubuntu: `apt-get update && apt-get install -y chromium`)',
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

/**
 * The Chromium path. On a fresh Debian machine where we are root and no CHROMIUM_PATH was given,
 * installs Debian's Chromium first (the README's quick start promises that `npm test` does its
 * own install). Otherwise, or when that fails, exits at once with a message saying how to
 * install one, instead of a Playwright stack trace later.
 */
export function requireChromium() {
  if (findChromium() === null && !process.env.CHROMIUM_PATH && canAptInstall()) {
    console.log(
      "smartcar-error-kit: Chromium is missing; installing Debian's chromium with apt-get…",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (update.status === 0) {
      spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    }
  }
  const path = findChromium();
  if (path === null) {
    console.error(CHROMIUM_MISSING_MESSAGE);
    process.exit(1);
  }
  return path;
}
