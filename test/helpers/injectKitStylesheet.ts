/**
 * Browser tests only: puts the kit's stylesheet into the page exactly as `dist/styles.css` will
 * be — `src/theme/styles.css` with its relative `@import`s inlined, the same way the build's
 * stylesheet plugin does it (vite.config.ts). Vitest replaces imported CSS with an empty string,
 * so the file is read through Vitest's server command instead. Returns a function that removes it.
 *
 *   const removeStyles = await injectKitStylesheet();
 *   onTestFinished(removeStyles); // or afterAll
 */
import { server } from 'vitest/browser';

const ENTRY = 'src/theme/styles.css';
const IMPORT = /@import\s+['"](\.[^'"]+)['"];/g;

async function inline(path: string): Promise<string> {
  const css = await server.commands.readFile(path);
  const directory = path.slice(0, path.lastIndexOf('/') + 1);
  const parts = await Promise.all(
    [...css.matchAll(IMPORT)].map((match) => inline(directory + match[1]!.replace(/^\.\//, ''))),
  );
  let index = 0;
  return css.replace(IMPORT, () => parts[index++]!);
}

/** Adds the kit's full stylesheet to `document.head`; resolves to its remover. */
export async function injectKitStylesheet(): Promise<() => void> {
  const style = document.createElement('style');
  style.dataset['sekTestStylesheet'] = '';
  style.textContent = await inline(ENTRY);
  document.head.append(style);
  return () => style.remove();
}
