/*
 * Reads query files from cypher/, where every Cypher statement the product runs lives. A file opens
 * with a header of `// key: value` comment lines (name, description, and so on); the rest is the
 * query body. Two additions to plain Cypher, both resolved here:
 *   // include: fragments/node-by-id.cypher   a line replaced by that file's body (a clause written once)
 *   {{type}}                                  a placeholder for labels or a relationship type, filled
 *                                             with `:Name` per name from a closed list (fillCypher)
 * Cypher 5.26 can use an index, or MERGE with a type, only when labels and types are literal text,
 * hence placeholders rather than `$(...)` dynamic labels.
 */
import { readFileSync } from 'node:fs';
import { cypherPath } from '../paths.ts';

export interface CypherFile {
  header: Record<string, string>;
  body: string;
}

/** Splits a query file's text into its `// key: value` header and its body. */
export function parseCypherFile(text: string): CypherFile {
  const header: Record<string, string> = {};
  const lines = text.split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const match = /^\/\/\s*([A-Za-z][\w-]*)\s*:\s?(.*)$/.exec(lines[i]!);
    if (!match) {
      if (lines[i]!.trim() === '' || lines[i]!.trim().startsWith('//')) continue;
      break;
    }
    header[match[1]!] = match[2]!.trim();
  }
  const body = lines
    .slice(i)
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
  return { header, body };
}

const INCLUDE = /^(\s*)\/\/\s*include:\s*(\S+)\s*$/;

/** The text with every `// include:` line after the header replaced by the included file's body, indented alike. */
function expandIncludes(text: string, within: string[]): string {
  return text
    .split('\n')
    .map((line) => {
      const match = INCLUDE.exec(line);
      if (!match) return line;
      const [, indent, file] = match as unknown as [string, string, string];
      if (within.includes(file)) throw new Error(`readCypherFile: ${within.join(' → ')} includes ${file} again`);
      const fragment = readCypherFile(...file.split('/'));
      return fragment.body
        .split('\n')
        .map((l) => `${indent}${l}`)
        .join('\n');
    })
    .join('\n');
}

/** Reads and parses a file under cypher/, with its includes expanded. */
export function readCypherFile(...parts: string[]): CypherFile {
  const text = readFileSync(cypherPath(...parts), 'utf8');
  return parseCypherFile(expandIncludes(text, [parts.join('/')]));
}

const bodies = new Map<string, string>();

/** The body of cypher/<folder>/<name>.cypher, includes expanded, read once per process. */
export function cypherQuery(folder: string, name: string): string {
  const key = `${folder}/${name}`;
  let body = bodies.get(key);
  if (body === undefined) {
    body = readCypherFile(...folder.split('/'), `${name}.cypher`).body;
    bodies.set(key, body);
  }
  return body;
}

/** A label, type or property name as a Cypher identifier (backticked unless plain). */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** The placeholders `{{name}}` a query body uses. */
export function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];
}

/**
 * A templated body with each `{{name}}` replaced by `:Name` for every name given (none: nothing),
 * each escaped as an identifier. Callers take the names from closed lists (model/graph-model.ts)
 * or from a file being imported; a placeholder left without names is an error.
 */
export function fillCypher(body: string, names: Record<string, readonly string[]>): string {
  for (const placeholder of placeholdersOf(body))
    if (!(placeholder in names)) throw new Error(`fillCypher: no names for {{${placeholder}}}`);
  return body.replace(/\{\{(\w+)\}\}/g, (_, placeholder: string) =>
    names[placeholder]!.map((name) => `:${cypherName(name)}`).join(''),
  );
}
