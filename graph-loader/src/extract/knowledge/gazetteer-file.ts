/* Reads one data/gazetteer/*.yaml file (a missing or empty file gives the fallback). */
import { readFileSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { dataPath } from '../../paths.ts';

/** The parsed content of data/gazetteer/<name>, or `fallback` when the file is missing or empty. */
export function readGazetteer<T>(name: string, fallback: T): T {
  const file = dataPath('gazetteer', name);
  if (!existsSync(file)) return fallback;
  return (parseYaml(readFileSync(file, 'utf8')) as T | null) ?? fallback;
}
