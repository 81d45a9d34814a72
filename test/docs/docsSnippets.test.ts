// @vitest-environment node
// Storybook's docs pages show code that builds: every code block on a page is a file of the
// repository (type-checked and linted with it), either copied under a `snippet` comment (checked
// here) or a `?raw` import shown with `<Source>`. Shell commands stand alone, but an install
// command names the tarball `npm pack` makes of this version.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  docsPages,
  readmeSnippets,
  sourceBlocksNotFromFiles,
  unmarkedBlocks,
  // @ts-expect-error -- a plain-Node script without types
} from '../../scripts/readme-snippets.mjs';

interface Snippet {
  readonly name: string;
  readonly shown: string;
  readonly source: string;
}

const root = resolve(import.meta.dirname, '../..');
const pages = docsPages() as string[];
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

describe('Storybook docs pages', () => {
  it('are found (Getting started, Theming tokens, the contracts…)', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'stories/docs/GettingStarted.mdx',
        'stories/docs/ThemingTokens.mdx',
        'stories/docs/contracts/ErrorBanner.mdx',
      ]),
    );
  });

  it.each(pages)(
    '%s: every fenced code block is a snippet of a file (or a shell command)',
    (page) => {
      expect(unmarkedBlocks(page)).toEqual([]);
    },
  );

  it.each(pages)('%s: every <Source> shows a file imported with ?raw', (page) => {
    expect(sourceBlocksNotFromFiles(page)).toEqual([]);
  });

  const snippets = pages.flatMap((page) =>
    (readmeSnippets(page) as Snippet[]).map(
      (snippet) => [`${page}: ${snippet.name}`, snippet] as const,
    ),
  );

  it('Getting started and Theming tokens copy their code from files', () => {
    expect(snippets.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'stories/docs/GettingStarted.mdx: stories/docs/examples/gettingStarted/App.tsx',
        'stories/docs/GettingStarted.mdx: stories/docs/examples/gettingStarted/BatteryPanel.tsx',
        'stories/docs/ThemingTokens.mdx: stories/docs/examples/FleetTheme.tsx#fleet-theme',
      ]),
    );
  });

  it.each(snippets)(
    '%s is what the file says (node scripts/readme-snippets.mjs --write copies it)',
    (_name, snippet) => {
      expect(snippet.shown).toBe(snippet.source);
    },
  );

  it('Getting started installs the tarball npm pack makes of this version', () => {
    const page = readFileSync(resolve(root, 'stories/docs/GettingStarted.mdx'), 'utf8');
    const tarballs = [...page.matchAll(/npm install \S*?([\w-]+-\d+\.\d+\.\d+\S*?\.tgz)/g)].map(
      (match) => match[1],
    );
    expect(tarballs).toEqual([`${pkg.name}-${pkg.version}.tgz`]);
  });
});
