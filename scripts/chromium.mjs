// Finds the Chromium that every browser test, story test, benchmark and screenshot uses.
// Playwright cannot download browsers on this network, so we use the system one.
import { existsSync } from 'node:fs';

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

/** The Chromium executable: `CHROMIUM_PATH`, else `/usr/bin/chromium`; null when neither exists. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_MISSING_MESSAGE = [
  'smartcar-error-kit: no Chromium found for the browser tests.',
  `Looked at: ${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}, ` : ''}/usr/bin/chromium.`,
  'Install one (Debian/Ubuntu: `apt-get update && apt-get install -y chromium`)',
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

/** The Chromium path, or exit the process with a message that says how to install one. */
export function requireChromium() {
  const path = findChromium();
  if (path === null) {
    console.error(CHROMIUM_MISSING_MESSAGE);
    process.exit(1);
  }
  return path;
}
