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

/** Builds every page into `PAGES_DIR`; returns that directory. */
export async function buildPages() {
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
      emptyOutDir: true,
      outDir: PAGES_DIR,
      reportCompressedSize: false,
      rolldownOptions: {
        input: Object.fromEntries(
          Object.entries(PAGES).map(([name, file]) => [name, resolve(BENCH_DIR, file)]),
        ),
      },
    },
  });
  return PAGES_DIR;
}
