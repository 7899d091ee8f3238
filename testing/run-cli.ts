/* Runs the real newsgraph CLI as a child process (tests only), to its end or in the background. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../graph-store/paths.ts';

export const cliPath = path.join(projectRoot, 'cli', 'bin', 'newsgraph.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** This process's environment with NEO4J_* removed and `env` added. */
function cliEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of Object.keys(base)) if (key.startsWith('NEO4J_')) delete base[key];
  return { ...base, ...env };
}

/** Runs `newsgraph ...args` with `env` added to (and NEO4J_* removed from) this process's environment. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 120_000): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    env: cliEnv(env),
    encoding: 'utf8',
    cwd: projectRoot,
    timeout: timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface RunningCli {
  child: ChildProcess;
  /** Resolves when the process has ended, with how (a signal when it was killed). */
  ended: Promise<CliResult & { signal: NodeJS.Signals | null }>;
}

/** Starts `newsgraph ...args` in the background; `onStderr` hears its stderr as it comes. */
export function startCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  onStderr?: (text: string) => void,
): RunningCli {
  const child = spawn(process.execPath, [cliPath, ...args], {
    env: cliEnv(env),
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(chunk.toString());
  });
  const ended = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, ended };
}

/** Runs a TypeScript entry point of the project (e.g. web/server/start.ts) through tsx, to its end. */
export function runProcess(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 120_000,
): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    env: cliEnv(env),
    encoding: 'utf8',
    cwd: projectRoot,
    timeout: timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
