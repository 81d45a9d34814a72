// @vitest-environment node
// Publishing: when `prepare` builds dist/ (scripts/prepare.mjs), and what the tarball check
// accepts (scripts/check-tarball.mjs; CI runs it on the real `npm pack` list).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  MAX_PACKED_BYTES,
  mapsWithoutSources,
  pointedAt,
  tarballProblems,
} from '../../scripts/check-tarball.mjs';
import { buildReason, withoutPrepare } from '../../scripts/prepare.mjs';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('prepare builds dist/ only where it is needed', () => {
  const base = { root: '/repo', built: false };

  it('not for the repository’s own npm ci / npm install (npm start, npm test, CI)', () => {
    expect(buildReason({ ...base, command: 'ci', initCwd: '/repo' })).toBeNull();
    expect(buildReason({ ...base, command: 'install', initCwd: '/repo/' })).toBeNull();
  });

  it('for an app that installs the kit from git (npm runs prepare in the clone)', () => {
    expect(buildReason({ ...base, command: 'install', initCwd: '/home/me/app' })).toBe(
      'installed as a git dependency',
    );
  });

  it('for npm pack on a fresh clone, not when dist/ is built', () => {
    expect(buildReason({ ...base, command: 'pack', initCwd: '/repo' })).toBe(
      'packing without a dist/',
    );
    expect(buildReason({ ...base, built: true, command: 'pack', initCwd: '/repo' })).toBeNull();
    expect(
      buildReason({ ...base, built: true, command: 'install', initCwd: '/home/me/app' }),
    ).toBeNull();
  });

  it('always for npm publish', () => {
    expect(buildReason({ ...base, built: true, command: 'publish', initCwd: '/repo' })).toBe(
      'publishing',
    );
  });
});

describe('the packed package.json', () => {
  it('has no prepare script (an app installing the tarball never runs it), and keeps the rest', () => {
    const packed = JSON.parse(withoutPrepare(JSON.stringify(pkg))) as typeof pkg & {
      scripts: Record<string, string>;
    };
    expect(packed.scripts['prepare']).toBeUndefined();
    expect(packed.scripts['prepack']).toBe('node scripts/prepare.mjs --prepack');
    expect({ ...packed, scripts: undefined }).toEqual({ ...pkg, scripts: undefined });
  });
});

describe('the tarball check', () => {
  const complete = [
    ...pointedAt(pkg),
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/index.js.map',
  ];

  it('knows every file package.json points at', () => {
    expect(pointedAt(pkg)).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/core.d.ts',
        'dist/locales/ar.js',
        'dist/styles.css',
        'package.json',
      ]),
    );
  });

  it('accepts the complete list under the ceiling', () => {
    expect(tarballProblems(complete, pkg, MAX_PACKED_BYTES)).toEqual([]);
  });

  it('names what is missing, what does not belong and a tarball over the ceiling', () => {
    const paths = [
      ...complete.filter((path) => path !== 'LICENSE' && path !== 'dist/styles.css'),
      'src/index.ts',
      'dist/x.test.js',
    ];
    expect(tarballProblems(paths, pkg, MAX_PACKED_BYTES + 1)).toEqual([
      'missing: dist/styles.css',
      'missing: LICENSE',
      'unexpected: src/index.ts',
      'test: dist/x.test.js',
      `tarball is ${MAX_PACKED_BYTES + 1} bytes, over the ${MAX_PACKED_BYTES}-byte ceiling`,
    ]);
  });

  it('wants source maps to carry their sources (src/ is not published)', () => {
    const maps: Record<string, string> = {
      'dist/a.js.map': JSON.stringify({ sources: ['../src/a.ts'], sourcesContent: ['code'] }),
      'dist/b.js.map': JSON.stringify({ sources: ['../src/b.ts'] }),
    };
    expect(
      mapsWithoutSources(['dist/a.js', ...Object.keys(maps)], (path) => maps[path] ?? ''),
    ).toEqual(['dist/b.js.map']);
  });
});
