// @vitest-environment node
// The README's code is the examples' code: each block marked `<!-- snippet: file#region -->` is
// compared with the file it names (which builds and is tested where it lives).
// @ts-expect-error -- a plain-Node script without types
import { readmeSnippets } from '../../scripts/readme-snippets.mjs';

interface Snippet {
  readonly name: string;
  readonly shown: string;
  readonly source: string;
}

const snippets = readmeSnippets() as Snippet[];

describe('README code blocks', () => {
  it('are copied from files: the README has snippet blocks', () => {
    expect(snippets.length).toBeGreaterThan(10);
  });

  it.each(snippets.map((snippet) => [snippet.name, snippet] as const))(
    '%s is what the file says (node scripts/readme-snippets.mjs --write copies it)',
    (_name, snippet) => {
      expect(snippet.shown).toBe(snippet.source);
    },
  );
});
