import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * For `npm run size:app` only: the same app shell (router, pages, app CSS) built without the
 * kit. `baseline.html` → `src/baseline.tsx` mounts the same `App`, and every import of
 * `smartcar-error-kit` resolves to `src/baseline/plainKit.tsx`: plain markup with the kit's
 * names, no parsing, wording, styles or Radix. The difference of the two builds is what the kit
 * costs in this app.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      'smartcar-error-kit': fileURLToPath(new URL('./src/baseline/plainKit.tsx', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist-baseline',
    rollupOptions: { input: fileURLToPath(new URL('./baseline.html', import.meta.url)) },
  },
});
