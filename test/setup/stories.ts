/**
 * Setup of the story test projects. Testing Library's async helpers (`waitFor`, `findBy…`) give
 * up after 1 s by default; four story projects share this 2-core machine's Chromium with the
 * other browser tests, and one MSW round trip plus a React commit has been seen to take longer.
 * The wait is a hang guard, not a performance assertion: a passing story returns as soon as its
 * condition holds.
 */
import { configure } from 'storybook/test';

configure({ asyncUtilTimeout: 10_000 });
