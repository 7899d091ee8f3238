/*
 * End-to-end tests of the explorer in real Chromium (the system's, never a downloaded one) against
 * the real server (web/server/start.ts) and the tests' own Neo4j loaded with the sample corpus.
 * `npm run test:e2e` builds the front end first, so the server skips its own build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { testDatabaseEnv } from '../graph-loader/src/testing/test-database.ts';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser if installed; else a clear error. */
function chromiumExecutable(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`playwright.config: CHROMIUM_PATH is ${given}, which does not exist`);
    return given;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error('playwright.config: no Chromium found. Install it (apt-get install chromium) or set CHROMIUM_PATH.');
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.E2E_PORT ?? 5199);
// One output folder per run (workers inherit the variable), so runs in one checkout never delete each other's traces.
process.env.NEWSGRAPH_E2E_RUN ??= new Date().toISOString().replace(/[:.]/g, '-');

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
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    command: 'npx tsx web/server/start.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { NEO4J_URI: '', ...testDatabaseEnv(), PORT: String(port), NEWSGRAPH_SKIP_BUILD: '1' },
  },
});
