/**
 * The main entry lists every name of `smartcar-error-kit/core` by name (no `export *`); this
 * keeps the two lists from drifting: every runtime export of core is also exported by the
 * main entry, as the same value.
 */
import * as core from '../../src/core/index';
import * as kit from '../../src/index';

describe('the public entries', () => {
  it('re-export every runtime name of core from the main entry', () => {
    const coreNames = Object.keys(core).sort();
    expect(coreNames.length).toBeGreaterThan(10);
    for (const name of coreNames) {
      expect(kit, name).toHaveProperty(name, core[name as keyof typeof core]);
    }
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
