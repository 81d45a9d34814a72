#!/usr/bin/env node
/**
 * The examples harness (`npm run test:examples [name…]`), as examples/README.md describes it:
 *
 * 1. builds the kit here (`npm run build`) and packs it (`npm pack`) into a temporary folder;
 * 2. for each folder under examples/ with a package.json (or only those named on the command
 *    line), in name order: `npm ci`, installs the tarball with `--no-save`, `npm run build`,
 *    `npm run e2e`;
 * 3. then for each `smartcarExample.variants` entry of its package.json: installs the variant's
 *    packages and the tarball with `--no-save`, builds and runs the e2e tests again.
 * 4. an example with a `size:app` script (the kit's in-app cost, which fails above its ceiling)
 *    runs it once, after the default variant's e2e tests.
 *
 * Every step gets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, CI=1, SMARTCAR_EXAMPLE_VARIANT and
 * SMARTCAR_KIT_TARBALL. Each step's time is printed, then one summary line per example ×
 * variant. A failed step skips the rest of its run; the other runs go on; the exit code is 1
 * when anything failed. Plain Node, no dependencies.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const NPM_FLAGS = ['--no-audit', '--no-fund'];

/** Runs one command with inherited output; returns whether it succeeded, printing its time. */
function step(label, cwd, args, env) {
  console.log(`\n▶ ${label}: npm ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync('npm', args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(
    `${ok ? '✔' : '✘'} ${label}: ${seconds} s${ok ? '' : ` (exit ${result.status ?? result.signal ?? result.error?.message})`}`,
  );
  return ok;
}

/** The example folders to run: those named in argv, else every folder with a package.json. */
function chooseExamples(names) {
  const all = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(EXAMPLES, entry.name, 'package.json')),
    )
    .map((entry) => entry.name)
    .sort();
  const unknown = names.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    console.error(`No such example: ${unknown.join(', ')} (have: ${all.join(', ')})`);
    process.exit(2);
  }
  return names.length > 0 ? all.filter((name) => names.includes(name)) : all;
}

const examples = chooseExamples(process.argv.slice(2));
const packDir = mkdtempSync(join(tmpdir(), 'smartcar-kit-pack-'));
const baseEnv = { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CI: '1' };
/** One row per example × variant: { name, ok, seconds }. */
const summary = [];

try {
  if (
    !step('kit: build', ROOT, ['run', 'build'], baseEnv) ||
    !step('kit: pack', ROOT, ['pack', '--pack-destination', packDir], baseEnv)
  ) {
    console.error('\nThe kit did not build or pack: no example was run.');
    process.exit(1);
  }
  const tarballs = readdirSync(packDir).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1)
    throw new Error(`expected one tarball in ${packDir}, found ${tarballs}`);
  const tarball = join(packDir, tarballs[0]);
  console.log(`\nKit tarball: ${tarball}`);

  for (const name of examples) {
    const cwd = join(EXAMPLES, name);
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    const variants = [{ name: 'default', install: null }, ...(pkg.smartcarExample?.variants ?? [])];
    for (const variant of variants) {
      const env = {
        ...baseEnv,
        SMARTCAR_EXAMPLE_VARIANT: variant.name,
        SMARTCAR_KIT_TARBALL: tarball,
      };
      const label = (what) => `${name} [${variant.name}] ${what}`;
      const started = Date.now();
      const install =
        variant.install === null
          ? [
              ['npm ci', ['ci', ...NPM_FLAGS]],
              ['install kit', ['install', '--no-save', ...NPM_FLAGS, tarball]],
            ]
          : [
              [
                'install variant',
                ['install', '--no-save', ...NPM_FLAGS, ...variant.install, tarball],
              ],
            ];
      const steps = [...install, ['build', ['run', 'build']], ['e2e', ['run', 'e2e']]];
      if (variant.install === null && pkg.scripts?.['size:app'] !== undefined) {
        steps.push(['size', ['run', 'size:app']]);
      }
      // `every` stops at the first failed step: the rest of this run is skipped.
      const ok = steps.every(([what, args]) => step(label(what), cwd, args, env));
      summary.push({
        name: `${name} [${variant.name}]`,
        ok,
        seconds: (Date.now() - started) / 1000,
      });
    }
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

console.log('\nExamples:');
for (const row of summary) {
  console.log(`  ${row.ok ? 'passed' : 'FAILED'}  ${row.name}  ${row.seconds.toFixed(1)} s`);
}
const failed = summary.filter((row) => !row.ok).length;
console.log(`${summary.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
