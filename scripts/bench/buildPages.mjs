/**
 * Builds the benchmark pages in bench/ (kit, peers, baseline, storm, profile, fleet) the way an app
 * ships: Vite, mode production, minified, `@vitejs/plugin-react`, `smartcar-error-kit` aliased
 * to src/index.ts.
 * `react-dom/client` is aliased to `react-dom/profiling` — React's production build with the
 * Profiler's timing left on, because plain production builds never call `<Profiler onRender>`.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT } from './paths.mjs';

export const PAGES_DIR = resolve(ROOT, 'node_modules/.cache/sek-bench-pages');
const BENCH_DIR = resolve(ROOT, 'bench');

/** The page files, by name: the burst pages by implementation (`BurstImpl`), then the others. */
export const PAGES = {
  kit: 'kit.html',
  sonner: 'sonner.html',
  'react-hot-toast': 'hotToast.html',
  'react-aria': 'aria.html',
  baseline: 'baseline.html',
  storm: 'storm.html',
  profile: 'profile.html',
  fleet: 'fleet.html',
};

/**
 * Builds the pages named in `names` (default all) into `PAGES_DIR`, each on its own (no chunk
 * shared between pages: the baseline and the peers ship no kit code, and the storm page's
 * resource tracker runs before React loads). Returns that directory.
 */
export async function buildPages(names = Object.keys(PAGES)) {
  let first = true;
  for (const file of names.map((name) => PAGES[name])) {
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
