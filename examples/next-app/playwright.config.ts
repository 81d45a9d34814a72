import { defineConfig } from '@playwright/test';
// The kit's own Chromium flags (no sandbox, no GPU, nothing that calls Google on a closed network).
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { TEST_MANAGEMENT_TOKEN } from './e2e/testManagementToken';

const PORT = 4312;
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  // One worker: this runs on small shared CI machines, and the tests share one server.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    locale: 'en-US',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // The production server of the app `npm run build` made (it is never built here).
    command: `npx next start -H 127.0.0.1 -p ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    // The token the webhook route checks signatures with (added to the inherited environment).
    env: { SMARTCAR_MANAGEMENT_TOKEN: TEST_MANAGEMENT_TOKEN },
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
