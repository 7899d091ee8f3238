/* Runs the real newsgraph CLI as a child process (tests only). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../graph-store/paths.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `newsgraph ...args` with `env` added to (and NEO4J_* removed from) this process's environment. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const base = { ...process.env };
  for (const key of Object.keys(base)) if (key.startsWith('NEO4J_')) delete base[key];
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'cli', 'bin', 'newsgraph.js'), ...args], {
    env: { ...base, ...env },
    encoding: 'utf8',
    cwd: projectRoot,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
