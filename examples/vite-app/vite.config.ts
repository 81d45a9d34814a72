import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app as shipped: index.html → src/main.tsx, built to dist/ and served by `vite preview`.
export default defineConfig({
  plugins: [react()],
  preview: { host: '127.0.0.1', port: 4311, strictPort: true },
});
