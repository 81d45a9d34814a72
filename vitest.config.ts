import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_MISSING_MESSAGE, findChromium } from './scripts/chromium.mjs';
import viteConfig from './vite.config.ts';

const root = import.meta.dirname;

/** Longest a Playwright action (click, hover) may wait for its element to be actionable. */
const ACTION_TIMEOUT_MS = 45_000;

/**
 * A fresh browser config per project: sharing one object makes the second project report the
 * first one's name (a Vitest 4 quirk seen here).
 */
function chromiumBrowser() {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(CHROMIUM_MISSING_MESSAGE);
  return {
    enabled: true,
    headless: true,
    // A stuck click or hover fails on its own, with Playwright's log of what it waited for,
    // before the test's time runs out.
    provider: playwright({
      launchOptions: { executablePath, args: CHROMIUM_ARGS },
      actionTimeout: ACTION_TIMEOUT_MS,
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

/**
 * Every story runs as a test (play function, then axe with violations as failures) once per
 * colour scheme and direction. `initialGlobals` is the Vitest addon's way to pin toolbar globals
 * for a whole project; `.storybook/withKit.tsx` applies them.
 */
const STORY_MODES = [
  { colorScheme: 'light', direction: 'ltr' },
  { colorScheme: 'dark', direction: 'ltr' },
  { colorScheme: 'light', direction: 'rtl' },
  { colorScheme: 'dark', direction: 'rtl' },
] as const;

function storybookProject(mode: (typeof STORY_MODES)[number]): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({ configDir: resolve(root, '.storybook'), initialGlobals: { ...mode } }),
    ],
    test: {
      name: `storybook:${mode.colorScheme}-${mode.direction}`,
      isolate: false,
      setupFiles: [resolve(root, 'test/setup/stories.ts')],
      browser: chromiumBrowser(),
    },
  };
}

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Tests print nothing about time; the JSON report feeds the closing "N passed, N failed" line.
      // Generous per-test limits: on this 2-core machine a loaded browser run can take seconds
      // for one interaction. These are hang guards, not performance assertions.
      // Raised from 30 s after two CI rehearsals in which a toaster browser test ran out of time
      // while the loaded machine held back its page's frames (the test had nearly finished).
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // `expect.poll` gives up after 1 s by default: the same hang guard as `asyncUtilTimeout`.
      expect: { poll: { timeout: 10_000 } },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            globals: true,
            include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
            exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
            setupFiles: [resolve(root, 'test/setup/unit.ts')],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            globals: true,
            // One file at a time even on machines with more cores (on 2 cores Vitest already runs
            // one): files run in parallel each get an iframe, and Chromium may stop producing
            // frames for the ones it is not showing, which stalls a Playwright click (it waits for
            // two stable frames) or an exit animation.
            fileParallelism: false,
            include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
            setupFiles: [resolve(root, 'test/setup/browser.ts')],
            browser: chromiumBrowser(),
          },
        },
        ...STORY_MODES.map(storybookProject),
      ],
    },
  }),
);
