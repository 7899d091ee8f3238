/*
 * Builds the front end (vite build into dist/web) when it is missing or older than its sources.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../graph-store/paths.ts';

export const webDist = path.join(projectRoot, 'dist', 'web');
const sources = ['web/src', 'model', 'web/index.html', 'vite.config.ts'].map((p) => path.join(projectRoot, p));

/** The newest modification time under the given files and folders. */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Whether dist/web is missing or older than the front end's sources. */
export function webBuildStale(): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return true;
  return newestMtime(sources) > statSync(index).mtimeMs;
}

/** Runs vite build with the project's config. */
export async function buildWeb(log: (line: string) => void): Promise<void> {
  log('Building the explorer (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}
