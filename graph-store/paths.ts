/*
 * Where things are on disk: the project root (found from this file), the bundled data and the
 * local state folder (.newsgraph/, gitignored) where the embedded Neo4j keeps its stores.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A path inside data/. */
export function dataPath(...parts: string[]): string {
  return path.join(projectRoot, 'data', ...parts);
}

/** A path inside cypher/. */
export function cypherPath(...parts: string[]): string {
  return path.join(projectRoot, 'cypher', ...parts);
}

/** The local state folder; NEWSGRAPH_HOME overrides it. */
export function stateDir(): string {
  return process.env.NEWSGRAPH_HOME ? path.resolve(process.env.NEWSGRAPH_HOME) : path.join(projectRoot, '.newsgraph');
}

/** Path relative to the working directory when it is inside it, absolute otherwise. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
