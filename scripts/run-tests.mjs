// `npm test`: the whole suite (unit in jsdom, browser tests and every story in headless
// Chromium) in one Vitest run, closed by a plain `N passed, N failed` line read from Vitest's
// own JSON report, so CI and people see the count. Extra arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { requireChromium } from './chromium.mjs';
import { ensureDependencies } from './ensure-dependencies.mjs';

const root = resolve(import.meta.dirname, '..');
const reportDir = resolve(root, '.vitest-reports');
const reportFile = resolve(reportDir, 'results.json');

await ensureDependencies();
requireChromium();
rmSync(reportFile, { force: true });
mkdirSync(reportDir, { recursive: true });

const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
);

let summary = null;
try {
  summary = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch {
  // No report: Vitest crashed before writing it; its exit code below tells the story.
}

if (summary === null) {
  console.log('0 passed, 1 failed');
  console.error('run-tests: Vitest wrote no report (it crashed before running the tests).');
  process.exit(run.status === 0 ? 1 : (run.status ?? 1));
}

const tests = (summary.testResults ?? []).flatMap((suite) => suite.assertionResults ?? []);
const passed = tests.filter((test) => test.status === 'passed').length;
// A file that failed to load has no failed test but did fail: count it, so a broken import
// cannot hide behind "0 failed".
const brokenFiles = (summary.testResults ?? []).filter(
  (suite) =>
    suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed'),
).length;
const failed = tests.filter((test) => test.status === 'failed').length + brokenFiles;
const skipped = tests.filter((test) => ['skipped', 'pending', 'todo'].includes(test.status)).length;

console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
const status = run.status ?? 1;
process.exit(status !== 0 ? status : failed > 0 || passed === 0 ? 1 : 0);
