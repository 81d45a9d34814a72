import { defineConfig } from '@playwright/test';
// The kit's own Chromium flags (no sandbox, no GPU, nothing that calls Google on a closed network).
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

// The production build (`npm run build` first) served by `vite preview`, driven in Debian's
// Chromium. One worker, no retries: a shared 2-core machine, and no retry hides a flaky test.
export default defineConfig({
  testDir: './e2e',
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: 'http://127.0.0.1:4311',
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4311 --strictPort',
    url: 'http://127.0.0.1:4311',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
