/*
 * The query library: the shipped queries in cypher/queries/*.cypher, and the queries users saved on
 * this server in <state dir>/saved-queries/*.cypher (.newsgraph/saved-queries by default, or
 * $NEWSGRAPH_HOME/saved-queries). Both are files in the same format (query-file.ts); a saved query
 * is created, edited and deleted here, written atomically, and never shadows a shipped one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cypherPath, stateDir } from '../paths.ts';
import { QueryFileError, UnknownQueryError } from '#model/errors.ts';
import { formatQueryFile, parseQueryFile } from './query-file.ts';
import { coerceParamValue } from '#model/saved-queries/params.ts';
import {
  PARAM_TYPES,
  RESULT_KINDS,
  type QueryDefinition,
  type QueryParam,
  type SavedQueryInput,
} from '#model/saved-queries/types.ts';

/** The folder of the shipped queries. */
export function libraryDir(): string {
  return cypherPath('queries');
}

/** The folder where this server keeps its users' saved queries. */
export function savedQueriesDir(): string {
  return path.join(stateDir(), 'saved-queries');
}

function cypherFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads every shipped query; a broken file is an error (the tests keep the library valid). */
export function loadLibrary(dir: string = libraryDir()): QueryDefinition[] {
  return cypherFiles(dir).map((file) =>
    parseQueryFile(readFileSync(file, 'utf8'), { file: path.relative(path.dirname(dir), file), source: 'library' }),
  );
}

/** Reads the saved queries; a file that cannot be read is reported in `problems` and left out. */
export function loadSavedQueries(dir: string = savedQueriesDir()): { queries: QueryDefinition[]; problems: string[] } {
  const queries: QueryDefinition[] = [];
  const problems: string[] = [];
  for (const file of cypherFiles(dir)) {
    try {
      queries.push(parseQueryFile(readFileSync(file, 'utf8'), { file, source: 'saved' }));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { queries, problems };
}

export interface LibraryDirs {
  library?: string;
  saved?: string;
}

/** The shipped queries, then the saved ones. */
export function listQueries(dirs: LibraryDirs = {}): QueryDefinition[] {
  return [...loadLibrary(dirs.library), ...loadSavedQueries(dirs.saved).queries];
}

/** The query called `name`; throws UnknownQueryError listing the names there are. */
export function findQuery(name: string, queries: QueryDefinition[]): QueryDefinition {
  const query = queries.find((q) => q.name === name);
  if (!query) {
    throw new UnknownQueryError(
      `There is no query "${name}". The queries are: ${queries.map((q) => q.name).join(', ')} ("newsgraph query --list" describes them).`,
    );
  }
  return query;
}

/** A query name made from a title: "Who accuses Russia?" → "who-accuses-russia". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'query';
}

function checkInput(input: SavedQueryInput): void {
  if (typeof input.title !== 'string' || input.title.trim() === '')
    throw new QueryFileError('A saved query needs a title.');
  if (typeof input.cypher !== 'string' || input.cypher.trim() === '')
    throw new QueryFileError('A saved query needs its Cypher text.');
  if (input.cypher.length > 100_000)
    throw new QueryFileError('A saved query may hold at most 100,000 characters of Cypher.');
  if (input.result !== undefined && !RESULT_KINDS.includes(input.result))
    throw new QueryFileError(`"result" must be graph or table, not "${String(input.result)}".`);
  for (const p of input.params ?? []) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name ?? ''))
      throw new QueryFileError(`A parameter name must be letters, digits and _, not "${p.name}".`);
    if (!PARAM_TYPES.includes(p.type))
      throw new QueryFileError(`Parameter "${p.name}" has type "${p.type}"; the types are ${PARAM_TYPES.join(', ')}.`);
    if (
      /--|\n/.test(String(p.description ?? '')) ||
      (Array.isArray(p.default) ? p.default.join(',') : String(p.default ?? '')).includes('--')
    ) {
      throw new QueryFileError(
        `Parameter "${p.name}": its default and description may not contain "--" or line breaks.`,
      );
    }
  }
}

function toDefinition(name: string, input: SavedQueryInput): Omit<QueryDefinition, 'source'> {
  const params: QueryParam[] = (input.params ?? []).map((p) => {
    const value = p.default === undefined ? null : coerceParamValue(p, p.default);
    return {
      name: p.name,
      type: p.type,
      optional: p.optional || value !== null,
      description: p.description ?? '',
      ...(value !== null && { default: value }),
    };
  });
  return {
    name,
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    params,
    result: input.result ?? 'table',
    cypher: input.cypher.trim(),
  };
}

function writeSaved(dir: string, definition: Omit<QueryDefinition, 'source'>): QueryDefinition {
  const text = formatQueryFile(definition);
  const file = path.join(dir, `${definition.name}.cypher`);
  const parsed = parseQueryFile(text, { file, source: 'saved' }); // the same checks as the library (params match the body)
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, file);
  return parsed;
}

/** Saves a new user query under a name made from its title (made unique); returns it. */
export function createSavedQuery(input: SavedQueryInput, dirs: LibraryDirs = {}): QueryDefinition {
  checkInput(input);
  const taken = new Set(listQueries(dirs).map((q) => q.name));
  const base = slugify(input.title);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  return writeSaved(dirs.saved ?? savedQueriesDir(), toDefinition(name, input));
}

function savedFile(name: string, dirs: LibraryDirs): string {
  const saved = loadSavedQueries(dirs.saved).queries.find((q) => q.name === name);
  if (!saved?.file) {
    const shipped = loadLibrary(dirs.library).some((q) => q.name === name);
    throw new UnknownQueryError(
      shipped
        ? `"${name}" is a shipped query; it cannot be changed here (save a copy instead).`
        : `There is no saved query "${name}".`,
    );
  }
  return saved.file;
}

/** Replaces a saved query's title, description, Cypher and parameters (its name stays). */
export function updateSavedQuery(name: string, input: SavedQueryInput, dirs: LibraryDirs = {}): QueryDefinition {
  checkInput(input);
  const file = savedFile(name, dirs);
  return writeSaved(path.dirname(file), toDefinition(name, input));
}

/** Deletes a saved query. */
export function deleteSavedQuery(name: string, dirs: LibraryDirs = {}): void {
  unlinkSync(savedFile(name, dirs));
}
