/**
 * Testing Library set-up shared by the unit (jsdom) and browser (Chromium) projects: jest-dom
 * matchers, cleanup after each test, and the async-wait hang guard.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// `waitFor`/`findBy…` give up after 1 s by default; on this 2-core machine, with the story
// projects sharing Chromium, one commit or animation frame has been seen to take longer. A hang
// guard, not a performance assertion: a passing wait returns as soon as its condition holds.
configure({ asyncUtilTimeout: 10_000 });
