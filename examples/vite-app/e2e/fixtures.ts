import { test as base, expect } from '@playwright/test';

/**
 * React's wording for a hydration mismatch (this app renders only in the browser: never expected).
 */
const HYDRATION = /hydrat|did not match|Minified React error #(418|419|421|423|425)/i;

/** Chromium's own console line for every HTTP response with an error status. */
const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of (\d+)/;

/** What a test may tell the console watch. */
export interface PageConsole {
  /**
   * Declares a response the test provokes on purpose (a mock Smartcar failure): Chromium's
   * "Failed to load resource" line for exactly that path and status is then not a problem.
   * Every other console line still is.
   */
  expectFailedResponse(pathname: string, status: number): void;
  /**
   * Declares one console error the framework itself prints on purpose, matched by `text`.
   * Every other console line still is a problem.
   */
  expectConsoleError(text: RegExp): void;
}

/**
 * Every test's page records what a developer would see in the browser console: console errors
 * and warnings, uncaught exceptions and unhandled rejections. After the test, the list must be
 * empty — the production pages are silent — and hydration problems are named on their own.
 */
export const test = base.extend<{ pageConsole: PageConsole }>({
  pageConsole: [
    async ({ page }, use) => {
      const expected = new Set<string>();
      const expectedErrors: RegExp[] = [];
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const failed = FAILED_RESOURCE.exec(message.text());
        const url = message.location().url;
        if (
          failed !== null &&
          url !== '' &&
          expected.has(`${failed[1]} ${new URL(url).pathname}`)
        ) {
          return;
        }
        if (
          message.type() === 'error' &&
          expectedErrors.some((text) => text.test(message.text()))
        ) {
          return;
        }
        problems.push(`console.${message.type()}: ${message.text()} (${url})`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use({
        expectFailedResponse: (pathname, status) => {
          expected.add(`${status} ${pathname}`);
        },
        expectConsoleError: (text) => {
          expectedErrors.push(text);
        },
      });
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
