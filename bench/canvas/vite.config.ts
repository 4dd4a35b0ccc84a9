import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The bare React Flow page the canvas benchmark compares the designer with (bench/run.mjs builds
// it into a temporary folder next to the designer's own build).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
});
