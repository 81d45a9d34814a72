/**
 * The main entry lists every name of `smartcar-error-kit/core` by name (no `export *`); this
 * keeps the two lists from drifting: every runtime export of core is also exported by the
 * main entry, as the same value.
 */
import * as core from '../../src/core/index';
import * as kit from '../../src/index';

/**
 * Names that are not public (issue 19): test hooks, the test-only `ToastQueueProvider` (the
 * toaster's tests import it from its file), the catalogue lookup (`toErrorDisplay` gives what
 * an app needs from it; the stories import it from its file) and the event helpers' own types
 * (`SmartcarErrorProviderProps` carries the event props).
 */
const INTERNAL_NAMES = [
  'ToastQueueDebugCounts',
  'ToastQueueProvider',
  'ToastQueueProviderProps',
  'lookupCatalogue',
  'CatalogueEntry',
  'ResolutionType',
  'SmartcarErrorEventExtras',
  'SmartcarErrorEventProps',
];

describe('the public entries', () => {
  it('re-export every runtime name of core from the main entry', () => {
    const coreNames = Object.keys(core).sort();
    expect(coreNames.length).toBeGreaterThan(10);
    for (const name of coreNames) {
      expect(kit, name).toHaveProperty(name, core[name as keyof typeof core]);
    }
  });

  it('keep test hooks and untaught doors internal, and the README teaches none of them', async () => {
    const { readFile } = await import('node:fs/promises');
    const read = (file: string) => readFile(`${process.cwd()}/${file}`, 'utf8');
    const entries = (await read('src/index.ts')) + (await read('src/core/index.ts'));
    const readme = await read('README.md');
    for (const name of INTERNAL_NAMES) {
      const word = new RegExp(`\\b${name}\\b`);
      expect(entries, `${name} is exported`).not.toMatch(word);
      expect(readme, `the README teaches ${name}`).not.toMatch(word);
    }
    expect(kit).not.toHaveProperty('ToastQueueProvider');
    expect(core).not.toHaveProperty('lookupCatalogue');
  });

  it('keep the published types free of test hooks (stripInternal)', async () => {
    const { readFile } = await import('node:fs/promises');
    const build = JSON.parse(await readFile(`${process.cwd()}/tsconfig.build.json`, 'utf8')) as {
      compilerOptions: { stripInternal?: boolean };
    };
    expect(build.compilerOptions.stripInternal).toBe(true);
    const queue = await readFile(`${process.cwd()}/src/core/queue/ToastQueue.ts`, 'utf8');
    expect(queue).toMatch(/\/\*\*\n\s*\* @internal[^/]*\/\n\s*debugCounts\(\)/);
  });

  it('use no export * (every public name is written out)', async () => {
    const { readFile } = await import('node:fs/promises');
    // The project root: Vitest runs from it (jsdom's import.meta.url is not a file URL).
    for (const file of ['src/index.ts', 'src/core/index.ts']) {
      const text = await readFile(`${process.cwd()}/${file}`, 'utf8');
      expect(text, file).not.toMatch(/export \*/);
    }
  });
});
