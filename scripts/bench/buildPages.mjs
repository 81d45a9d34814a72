/**
 * Builds the benchmark pages in bench/ (kit, baseline, storm) the way an app ships: Vite, mode
 * production, minified, `@vitejs/plugin-react`, `smartcar-error-kit` aliased to src/index.ts.
 * `react-dom/client` is aliased to `react-dom/profiling` — React's production build with the
 * Profiler's timing left on, because plain production builds never call `<Profiler onRender>`.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT } from './paths.mjs';

export const PAGES_DIR = resolve(ROOT, 'node_modules/.cache/sek-bench-pages');
const BENCH_DIR = resolve(ROOT, 'bench');

/** The page files, by name. */
export const PAGES = { kit: 'kit.html', baseline: 'baseline.html', storm: 'storm.html' };

/**
 * Builds every page into `PAGES_DIR`, each on its own (no chunk shared between pages: the
 * baseline ships no kit code, and the storm page's resource tracker runs before React loads).
 * Returns that directory.
 */
export async function buildPages() {
  let first = true;
  for (const file of Object.values(PAGES)) {
    await build({
      configFile: false,
      mode: 'production',
      logLevel: 'warn',
      root: BENCH_DIR,
      base: './',
      plugins: [react()],
      resolve: {
        alias: [
          { find: /^smartcar-error-kit$/, replacement: resolve(ROOT, 'src/index.ts') },
          { find: /^react-dom\/client$/, replacement: 'react-dom/profiling' },
        ],
      },
      build: {
        target: 'es2022',
        minify: true,
        sourcemap: false,
        emptyOutDir: first,
        outDir: PAGES_DIR,
        reportCompressedSize: false,
        rolldownOptions: { input: resolve(BENCH_DIR, file) },
      },
    });
    first = false;
  }
  return PAGES_DIR;
}
