/* Builds the render bench page (bench/render/page) with the explorer's own Vite and React setup. */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'bench/render/page',
  plugins: [react()],
  logLevel: 'warn',
  build: { emptyOutDir: true, chunkSizeWarningLimit: 5000 },
});
