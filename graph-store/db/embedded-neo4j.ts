/*
 * The embedded Neo4j: 5.26 LTS Community, run by the Java launcher in neo4j-launcher/ (built by
 * Maven, which resolves Neo4j from Maven Central on first use). It runs as a background process with
 * a capped heap, keeps its store under .newsgraph/neo4j/<instance>/, listens for Bolt on 127.0.0.1,
 * and has authentication on with a password generated on first start.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EnvironmentError } from '#model/errors.ts';
import { projectRoot } from '../paths.ts';
import type { EmbeddedInstance } from './neo4j-target.ts';

const launcherDir = path.join(projectRoot, 'neo4j-launcher');
const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
const classesDir = path.join(launcherDir, 'target', 'classes');
/** Written after each successful Maven build: the launcher is rebuilt when its sources are newer. */
const builtStamp = path.join(launcherDir, 'target', 'newsgraph-built.stamp');
const DEFAULT_HEAP = process.env.NEWSGRAPH_NEO4J_HEAP ?? '1g';
/** The settings every embedded Neo4j runs under: the limits on each transaction's time and memory. */
export const launcherConfig = path.join(launcherDir, 'neo4j.conf');

function hasCommand(command: string, versionFlag: string): boolean {
  const result = spawnSync(command, [versionFlag], { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

const NEED_NEO4J =
  'The embedded Neo4j needs a JDK 17+ and Maven (apt-get install openjdk-17-jdk-headless maven). ' +
  'Or set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to use any Neo4j 5 server instead.';

/** Builds the launcher with Maven when it is missing or older than its sources. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  if (!hasCommand('java', '-version')) throw new EnvironmentError(`Java was not found. ${NEED_NEO4J}`);
  const sourceDir = path.join(launcherDir, 'src', 'main', 'java', 'newsgraph');
  const pom = path.join(launcherDir, 'pom.xml');
  const inputs = [pom, ...readdirSync(sourceDir).map((name) => path.join(sourceDir, name))];
  const built =
    existsSync(classpathFile) &&
    existsSync(builtStamp) &&
    existsSync(path.join(classesDir, 'newsgraph', 'Neo4jLauncher.class'));
  if (built) {
    const builtAt = statSync(builtStamp).mtimeMs;
    if (inputs.every((input) => statSync(input).mtimeMs <= builtAt)) return;
  }
  if (!hasCommand('mvn', '-v')) throw new EnvironmentError(`Maven was not found. ${NEED_NEO4J}`);
  log('Building the Neo4j launcher; Maven resolves Neo4j 5.26 from Maven Central (first run only, about a minute)…');
  const result = spawnSync('mvn', ['-q', '-B', '-f', pom, 'package'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new EnvironmentError(`Maven could not build the Neo4j launcher (exit ${result.status}):\n${output}`);
  }
  writeFileSync(builtStamp, `${new Date().toISOString()}\n`);
}

function readPid(instance: EmbeddedInstance): number | null {
  try {
    const pid = Number(readFileSync(instance.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isLauncherProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Neo4jLauncher');
  } catch {
    return true; // No /proc: trust the pid file.
  }
}

export interface EmbeddedStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  home: string;
}

/** Whether the instance's launcher process is running. */
export function embeddedStatus(instance: EmbeddedInstance): EmbeddedStatus {
  const pid = readPid(instance);
  const running = pid !== null && isLauncherProcess(pid);
  return { running, pid: running ? pid : null, uri: `bolt://${instance.host}:${instance.port}`, home: instance.home };
}

function logTail(instance: EmbeddedInstance, lines = 12): string {
  try {
    return readFileSync(instance.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Starts the instance in the background and waits until Bolt answers. Returns the Bolt URI.
 * Already running: returns at once.
 */
export async function startEmbedded(
  instance: EmbeddedInstance,
  options: { log?: (line: string) => void; timeoutMs?: number } = {},
): Promise<string> {
  const log = options.log ?? (() => {});
  const status = embeddedStatus(instance);
  if (status.running) return status.uri;
  ensureLauncherBuilt(log);
  mkdirSync(instance.home, { recursive: true });
  const classpath = `${classesDir}${path.delimiter}${readFileSync(classpathFile, 'utf8').trim()}`;
  const out = openSync(instance.logFile, 'w');
  const child = spawn(
    'java',
    [
      `-Xmx${DEFAULT_HEAP}`,
      '-Xms256m',
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      'newsgraph.Neo4jLauncher',
      path.join(instance.home, 'dbms'),
      instance.host,
      String(instance.port),
      instance.passwordFile,
      launcherConfig,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  if (child.pid === undefined) throw new EnvironmentError('startEmbedded: could not start java');
  writeFileSync(instance.pidFile, `${child.pid}\n`);
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  child.unref();
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new EnvironmentError(
        `Neo4j stopped while starting (exit ${exited}); is port ${instance.port} in use? Last lines of ${instance.logFile}:\n${logTail(instance)}`,
      );
    }
    if (readFileSync(instance.logFile, 'utf8').includes('READY ')) return status.uri;
    await sleep(250);
  }
  throw new EnvironmentError(
    `Neo4j did not answer within ${(options.timeoutMs ?? 180_000) / 1000} s. See ${instance.logFile}`,
  );
}

/** Stops the instance cleanly (SIGTERM, then SIGKILL after `timeoutMs`). Returns whether it was running. */
export async function stopEmbedded(instance: EmbeddedInstance, timeoutMs = 60_000): Promise<boolean> {
  const { running, pid } = embeddedStatus(instance);
  if (!running || pid === null) {
    if (existsSync(instance.pidFile)) unlinkSync(instance.pidFile);
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isLauncherProcess(pid)) await sleep(200);
  if (isLauncherProcess(pid)) process.kill(pid, 'SIGKILL');
  if (existsSync(instance.pidFile)) unlinkSync(instance.pidFile);
  return true;
}

/** Deletes the instance's store (its password is kept). Stops it first if running. */
export async function resetEmbedded(instance: EmbeddedInstance): Promise<void> {
  await stopEmbedded(instance);
  rmSync(path.join(instance.home, 'dbms'), { recursive: true, force: true });
}

/** CSV files in neo4j-admin's header format, each group as `Labels=header.csv,data.csv` (or `TYPE=…` for relationships). */
export interface AdminImportFiles {
  nodes: string[];
  relationships: string[];
}

/**
 * Replaces the instance's `neo4j` database with the CSV `files` through Neo4j's own bulk importer
 * (`neo4j-admin database import full`, on the launcher's classpath). The instance must be stopped.
 * The importer's output goes to `<home>/import.log` (bad entries to `import.report`); a failure throws with its last lines.
 */
export async function importIntoEmbedded(instance: EmbeddedInstance, files: AdminImportFiles): Promise<void> {
  if (embeddedStatus(instance).running) throw new EnvironmentError('importIntoEmbedded: stop Neo4j first');
  ensureLauncherBuilt();
  const home = path.join(instance.home, 'dbms');
  const conf = path.join(instance.home, 'import-conf');
  mkdirSync(conf, { recursive: true });
  writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const logFile = path.join(instance.home, 'import.log');
  const out = openSync(logFile, 'w');
  const args = [
    '-Xmx2g',
    '-cp',
    `${classesDir}${path.delimiter}${readFileSync(classpathFile, 'utf8').trim()}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database first: the file options take any number of values.
    'neo4j',
    '--overwrite-destination=true',
    '--array-delimiter=;',
    `--report-file=${path.join(instance.home, 'import.report')}`,
    ...files.nodes.map((group) => `--nodes=${group}`),
    ...files.relationships.map((group) => `--relationships=${group}`),
  ];
  const child = spawn('java', args, {
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
  });
  closeSync(out);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
    throw new EnvironmentError(`neo4j-admin database import failed (exit ${code}); last lines of ${logFile}:\n${tail}`);
  }
}
