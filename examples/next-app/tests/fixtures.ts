import { test as base, expect } from '@playwright/test';

/** React's and Next's wording for a hydration mismatch, in development and production builds. */
const HYDRATION = /hydrat|did not match|Minified React error #(418|419|421|423|425)/i;

/**
 * Every test's page records what a developer would see in the browser console: console errors
 * and warnings, uncaught exceptions and unhandled rejections. After the test, the list must be
 * empty — the production pages are silent — and hydration problems are named on their own.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`console.${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(
        problems.filter((problem) => HYDRATION.test(problem)),
        'hydration warnings',
      ).toEqual([]);
      expect(problems, 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
