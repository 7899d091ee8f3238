/*
 * Vite builds the explorer in web/ into dist/web; Vitest runs the unit and integration tests.
 * Unit tests (`*.test.ts(x)`) sit beside the code. Integration tests (`*.int.test.ts`) talk to a real
 * Neo4j that the global setup starts on its own store and port, and run one file at a time because
 * they share that database. Reliability tests (`*.property.test.ts`, `*.reliability.test.ts`) run in
 * `npm run test:reliability`, with that Neo4j too; `vitest run` runs the projects one after another (groupOrder).
 */
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const apiPort = Number(process.env.API_PORT ?? 5174);

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          // Some extraction tests run whole articles: 5 s timed them out on a busy 2-core machine.
          testTimeout: 15_000,
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: [
            '**/*.int.test.ts',
            '**/*.property.test.ts',
            '**/*.reliability.test.ts',
            '**/node_modules/**',
            'dist/**',
            '.newsgraph/**',
            'neo4j-launcher/target/**',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: '.',
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['testing/global-setup.ts'],
          fileParallelism: false,
          // One after another in one process, which imports the loader and warms the extractor once,
          // not once per file. Every file leaves the process as it found it (environment, database).
          isolate: false,
          // After the unit tests, and never beside the reliability tests: both use the tests' one Neo4j.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Hostile input (property-based), crashes, concurrency, runaway queries, the server's defences.
        extends: true,
        test: {
          name: 'reliability',
          root: '.',
          include: ['**/*.property.test.ts', '**/*.reliability.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['testing/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
