/*
 * Which Neo4j newsgraph talks to. With NEO4J_URI set (and NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE, Neo4j's own variable names) that server; otherwise the embedded one that
 * `newsgraph db start` runs, on 127.0.0.1 and NEWSGRAPH_BOLT_PORT (default 7688), whose password
 * is generated on first start and kept in its store folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stateDir } from '../paths.ts';

export const DEFAULT_EMBEDDED_PORT = 7688;

export interface EmbeddedInstance {
  name: string;
  host: string;
  port: number;
  home: string;
  passwordFile: string;
  pidFile: string;
  logFile: string;
}

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** Set when the target is the embedded instance. */
  embedded: EmbeddedInstance | undefined;
}

/** The embedded instance's folders and port (NEWSGRAPH_INSTANCE names a separate store, used by tests). */
export function embeddedInstance(env: NodeJS.ProcessEnv = process.env): EmbeddedInstance {
  const name = env.NEWSGRAPH_INSTANCE ?? 'default';
  if (!/^[A-Za-z0-9_-]+$/.test(name))
    throw new Error(`embeddedInstance: NEWSGRAPH_INSTANCE "${name}" may only hold letters, digits, - and _`);
  const port = Number(env.NEWSGRAPH_BOLT_PORT ?? DEFAULT_EMBEDDED_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`embeddedInstance: NEWSGRAPH_BOLT_PORT "${env.NEWSGRAPH_BOLT_PORT}" is not a port number`);
  }
  const home = path.join(stateDir(), 'neo4j', name);
  return {
    name,
    host: '127.0.0.1',
    port,
    home,
    passwordFile: path.join(home, 'password'),
    pidFile: path.join(home, 'launcher.pid'),
    logFile: path.join(home, 'launcher.log'),
  };
}

/** Resolves the Neo4j to use from the environment. */
export function resolveNeo4jTarget(env: NodeJS.ProcessEnv = process.env): Neo4jTarget {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
      embedded: undefined,
    };
  }
  const instance = embeddedInstance(env);
  let password = '';
  try {
    password = readFileSync(instance.passwordFile, 'utf8').trim();
  } catch {
    // Not started yet: connecting will fail with the "not reachable" message.
  }
  return {
    uri: `bolt://${instance.host}:${instance.port}`,
    username: 'neo4j',
    password,
    database: undefined,
    embedded: instance,
  };
}
