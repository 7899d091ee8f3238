/*
 * End-to-end tests of the explorer in real Chromium (the system's, never a downloaded one) against
 * the real server (web/server/start.ts) and the tests' own Neo4j loaded with the sample corpus.
 * `npm run test:e2e` builds the front end first, so the server skips its own build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { embeddedInstance } from '../graph-store/db/neo4j-target.ts';
import { embeddedStatus } from '../graph-store/db/embedded-neo4j.ts';
import { testDatabaseEnv, testDatabaseHandoverFile } from '../testing/test-database.ts';

// Whether the tests' Neo4j ran before this e2e run (the web server starts it otherwise); the global teardown stops
// only one this run started, or one that Vitest handed over (npm test: testDatabaseHandoverFile).
process.env.NEWSGRAPH_E2E_DB_WAS_RUNNING ??=
  process.env.NEWSGRAPH_TEST_NEO4J_URI ||
  (embeddedStatus(embeddedInstance(testDatabaseEnv())).running && !existsSync(testDatabaseHandoverFile()))
    ? '1'
    : '0';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.E2E_PORT ?? 5199);
// One output folder per run (workers inherit the variable), so runs in one checkout never delete each other's traces.
process.env.NEWSGRAPH_E2E_RUN ??= new Date().toISOString().replace(/[:.]/g, '-');
// The tests' same-or-different decisions go to a file of their own, never data/decisions/ (server, loader and tests share it).
process.env.NEWSGRAPH_DECISIONS_FILE ??= path.join(root, 'test-results', 'e2e-entity-rules.yaml');

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: path.join(root, 'test-results', `e2e-${process.env.NEWSGRAPH_E2E_RUN}`),
  timeout: 240_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: path.join(root, 'playwright-report') }]]
    : 'list',
  globalSetup: './global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: 'npx tsx web/server/start.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NEO4J_URI: '',
      ...testDatabaseEnv(),
      PORT: String(port),
      NEWSGRAPH_SKIP_BUILD: '1',
      NEWSGRAPH_DECISIONS_FILE: process.env.NEWSGRAPH_DECISIONS_FILE,
    },
  },
});
