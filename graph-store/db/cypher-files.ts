/*
 * Reads query files from cypher/. A file opens with a header of `// key: value` comment lines
 * (name, title, description, and so on); the rest is the query body.
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

/** Reads and parses a file under cypher/. */
export function readCypherFile(...parts: string[]): CypherFile {
  return parseCypherFile(readFileSync(cypherPath(...parts), 'utf8'));
}
