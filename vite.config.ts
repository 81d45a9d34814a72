import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';

const root = import.meta.dirname;

/** The library's entries; each becomes `dist/<name>.js` with its own bundled `.d.ts`. */
export const LIBRARY_ENTRIES = {
  index: resolve(root, 'src/index.ts'),
  core: resolve(root, 'src/core/index.ts'),
  'locales/fr': resolve(root, 'src/locales/fr.ts'),
  'locales/de': resolve(root, 'src/locales/de.ts'),
  'locales/es': resolve(root, 'src/locales/es.ts'),
  'locales/it': resolve(root, 'src/locales/it.ts'),
  'locales/nl': resolve(root, 'src/locales/nl.ts'),
  'locales/sv': resolve(root, 'src/locales/sv.ts'),
  'locales/nb': resolve(root, 'src/locales/nb.ts'),
  'locales/ar': resolve(root, 'src/locales/ar.ts'),
  lenient: resolve(root, 'src/lenient/index.ts'),
  server: resolve(root, 'src/server/index.ts'),
  testing: resolve(root, 'src/testing/index.ts'),
};

/** Emits `dist/styles.css` from `src/theme/styles.css`, inlining its local `@import`s. */
function stylesheet(): Plugin {
  const inline = (file: string): string =>
    readFileSync(file, 'utf8').replace(/@import\s+['"](\.[^'"]+)['"];/g, (_, rel: string) =>
      inline(resolve(file, '..', rel)),
    );
  return {
    name: 'sek-stylesheet',
    apply: 'build',
    closeBundle() {
      mkdirSync(resolve(root, 'dist'), { recursive: true });
      writeFileSync(
        resolve(root, 'dist/styles.css'),
        inline(resolve(root, 'src/theme/styles.css')),
      );
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    dts({
      tsconfigPath: resolve(root, 'tsconfig.build.json'),
      bundleTypes: true,
      entryRoot: 'src',
    }),
    stylesheet(),
  ],
  optimizeDeps: {
    // Pre-bundle these up front: discovered mid-run, Vite re-optimises them and reloads the page,
    // which leaves two Reacts in a browser test ("Invalid hook call").
    include: [
      '@radix-ui/react-toast',
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
    ],
  },
  resolve: {
    alias: [
      { find: /^smartcar-error-kit\/core$/, replacement: resolve(root, 'src/core/index.ts') },
      {
        find: /^smartcar-error-kit\/(lenient|server|testing)$/,
        replacement: resolve(root, 'src/$1/index.ts'),
      },
      {
        find: /^smartcar-error-kit\/locales\/(.*)$/,
        replacement: resolve(root, 'src/locales/$1.ts'),
      },
      { find: /^smartcar-error-kit$/, replacement: resolve(root, 'src/index.ts') },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
    lib: {
      entry: LIBRARY_ENTRIES,
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, /^msw($|\/)/],
      output: {
        // Bundling drops each module's 'use client'. The React entry is client code as a whole
        // (React Server Components must treat it as a client boundary); `./core` and the locale
        // packs stay usable on the server.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
});
