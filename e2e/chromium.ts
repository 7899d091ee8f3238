/*
 * How newsgraph's browser tests and benchmarks launch Chromium: the system's, never a downloaded
 * one (CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own if installed), with the
 * flags that keep it quiet on a closed network and WebGL on in software.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** The Chromium executable to use, or undefined for Playwright's own; throws a clear error if there is none. */
export function chromiumExecutable(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`chromiumExecutable: CHROMIUM_PATH is ${given}, which does not exist`);
    return given;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error('chromiumExecutable: no Chromium found. Install it (apt-get install chromium) or set CHROMIUM_PATH.');
}

/** Launch options for headless Chromium (no --disable-software-rasterizer: it turns WebGL off). */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: chromiumExecutable(),
    headless: true,
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
  };
}
