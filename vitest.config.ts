import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_MISSING_MESSAGE, findChromium } from './scripts/chromium.mjs';
import viteConfig from './vite.config.ts';
import { setNetworkOffline } from './test/commands/network.ts';

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
    commands: { setNetworkOffline },
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

/** The install folder of React 18.3 (`npm ci --prefix test/react18`; see its package.json). */
const REACT_18_MODULES = resolve(root, 'test/react18/node_modules');

/**
 * `react`, `react-dom` and their subpaths (`react/jsx-runtime`, `react-dom/client`,
 * `react-dom/server`, …) from the React 18 install folder instead of the root's React 19.
 */
const REACT_18_ALIAS = [
  { find: /^react(-dom)?(\/.*)?$/, replacement: `${REACT_18_MODULES}/react$1$2` },
  // Testing Library's `main` is CommonJS, which Node would load with its own `require('react')`;
  // its ES module build goes through Vite (and the alias above) instead.
  {
    find: /^@testing-library\/react$/,
    replacement: resolve(
      root,
      'node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
    ),
  },
];

/**
 * Packages that import React and would otherwise be loaded by Node itself (jsdom project), where
 * Vite's alias cannot reach them: processed by Vitest instead, so they get React 18 too.
 */
const REACT_18_INLINE = [
  /@radix-ui\//,
  /@testing-library\/react/,
  /@tanstack\/react-query/,
  /react-error-boundary/,
];

/**
 * The same tests on React 18.3: `project` with React aliased to `test/react18`. Its own Vite
 * cache, so the browser optimizer never serves one project's pre-bundled React to the other.
 */
function onReact18(project: TestProjectInlineConfiguration): TestProjectInlineConfiguration {
  const name = project.test?.name;
  if (typeof name !== 'string') throw new Error('onReact18: the project needs a name');
  return {
    ...project,
    cacheDir: resolve(root, 'node_modules/.vite/react18', name),
    resolve: { alias: REACT_18_ALIAS },
    test: {
      ...project.test,
      name: `${name}:react18`,
      server: { deps: { inline: REACT_18_INLINE } },
      provide: { reactMajor: '18' },
    },
  };
}

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
      // Generous per-test limits: on this 2-core machine a loaded browser run can take seconds for
      // one interaction. These are hang guards, not performance assertions, raised from 30 s after
      // two CI rehearsals in which a toaster browser test ran out of time while the loaded machine
      // held back its page's frames (the test had nearly finished).
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // `expect.poll` gives up after 1 s by default: the same hang guard as `asyncUtilTimeout`.
      expect: { poll: { timeout: 10_000 } },
      // The React major a project runs on (test/react/reactVersion*.test.tsx checks it).
      provide: { reactMajor: '19' },
      projects: [
        unitProject(),
        onReact18(unitProject()),
        browserProject(),
        onReact18(browserProject()),
        ...STORY_MODES.map(storybookProject),
      ],
    },
  }),
);

/** Vitest's `unit` project: every `*.test.ts(x)` but the browser ones, in jsdom. */
function unitProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: 'unit',
      environment: 'jsdom',
      globals: true,
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
      setupFiles: [resolve(root, 'test/setup/unit.ts')],
    },
  };
}

/** Vitest's `browser` project: every `*.browser.test.ts(x)`, in headless Chromium. */
function browserProject(): TestProjectInlineConfiguration {
  return {
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
  };
}
