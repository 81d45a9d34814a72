// @vitest-environment node
/**
 * ARCHITECTURE.md is a map of the repository; files move, so every repository path it names
 * (in `code` or as a link) must exist, and it must link every component contract (`SPEC.md`).
 * When a file moves, this test names the stale path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The project root: Vitest runs from it.
const root = process.cwd();
const map = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
/** The text outside fenced code blocks (the pipeline diagram names no files). */
const prose = map.replace(/```[\s\S]*?```/g, '');

/** Top-level folders of the repository: a `code` span starting with one of them is a path. */
const FOLDERS = /^(src|test|stories|scripts|bench|examples|docs|\.storybook)\//;
/** A root file named on its own (`README.md`, `vitest.config.ts`, `size-limit.entries.json`). */
const ROOT_FILE = /^[\w.-]+\.(md|json|ts|mjs)$/;

function namedPaths(): string[] {
  const spans = [...prose.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
  const links = [...prose.matchAll(/\]\(([^)\s#]+)/g)].map((m) => m[1]!);
  return [...new Set([...spans, ...links])].filter(
    (text) => !/^https?:/.test(text) && (FOLDERS.test(text) || ROOT_FILE.test(text)),
  );
}

function specFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return specFiles(path);
    return entry.name === 'SPEC.md' ? [path] : [];
  });
}

describe('ARCHITECTURE.md', () => {
  const paths = namedPaths();

  it('names the files that carry the pipeline', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it.each(paths)('names %s, which exists', (path) => {
    expect(existsSync(join(root, path)), `${path} (moved? update ARCHITECTURE.md)`).toBe(true);
  });

  it('links every SPEC.md', () => {
    const specs = specFiles('src');
    expect(specs.length).toBeGreaterThan(0);
    for (const spec of specs) expect(map, spec).toContain(`](${spec})`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](ARCHITECTURE.md)');
  });
});
