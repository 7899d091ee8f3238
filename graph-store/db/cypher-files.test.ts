/* The files under cypher/: every one has a usable header, its includes resolve, its placeholders are declared. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherPath } from '../paths.ts';
import { fillCypher, parseCypherFile, placeholdersOf, readCypherFile } from './cypher-files.ts';
import { RELATION_TYPES } from '#model/graph-model.ts';

/** Every .cypher file below cypher/, as paths relative to it. */
function cypherFiles(dir = cypherPath()): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return cypherFiles(full);
    return name.endsWith('.cypher') ? [path.relative(cypherPath(), full)] : [];
  });
}

// The saved-query library (cypher/queries/*.cypher) has its own header format and tests (query-file.ts).
const productQueries = cypherFiles().filter((f) => !/^queries\/[^/]+\.cypher$/.test(f));

describe('the query files under cypher/', () => {
  it('should include the loader, export, import, API and store queries', () => {
    for (const folder of ['api', 'export', 'fragments', 'import', 'store', 'write', 'queries/support'])
      expect(productQueries.some((f) => f.startsWith(`${folder}/`))).toBe(true);
  });

  it.each(productQueries)('%s should name itself, say what it does and hold a query', (file) => {
    const { header, body } = readCypherFile(...file.split('/'));
    expect(header.name).toBe(path.basename(file, '.cypher'));
    expect(header.description?.length ?? 0).toBeGreaterThan(10);
    expect(body).not.toBe('');
    expect(body).not.toMatch(/\/\/\s*include:/);
  });

  it.each(productQueries)('%s should declare exactly the placeholders it uses', (file) => {
    const { header, body } = readCypherFile(...file.split('/'));
    const declared = (header.placeholders ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    expect(placeholdersOf(body).sort()).toEqual(declared.sort());
  });
});

describe('the relation types the queries list', () => {
  // A pattern that lists relation types (Cypher cannot take a type as a parameter) must list every one of
  // graph-model.ts, or paths, scores and exports silently leave some relations out.
  const lists = cypherFiles().flatMap((file) => {
    const { body } = readCypherFile(...file.split('/'));
    return [...body.matchAll(/\[\w*:([A-Z_|]+)/g)]
      .map((m) => m[1]!.split('|'))
      .filter((types) => types.some((t) => (RELATION_TYPES as readonly string[]).includes(t)) && types.length > 3)
      .map((types) => [file, types] as const);
  });

  it('should be found in the queries', () => expect(lists.length).toBeGreaterThan(5));

  it.each(lists)('%s should list every relation type', (_file, types) => {
    expect(RELATION_TYPES.filter((t) => !types.includes(t))).toEqual([]);
  });
});

describe('includes and placeholders', () => {
  it('should put the fragment where the include line was, indented alike', () => {
    const { body } = readCypherFile('export', 'find-node-by-id.cypher');
    expect(body).toContain(
      'CALL (key) {\n  MATCH (n:Entity {id: key}) RETURN n\n  UNION MATCH (n:Event {id: key}) RETURN n',
    );
  });

  it('should fill a placeholder with labels or a type, escaped, and nothing for none', () => {
    const body = parseCypherFile('MATCH (a{{from}})-[r{{type}}]->(b{{to}}) RETURN r').body;
    expect(fillCypher(body, { from: ['Entity', 'Actor'], type: ['ODD TYPE'], to: [] })).toBe(
      'MATCH (a:Entity:Actor)-[r:`ODD TYPE`]->(b) RETURN r',
    );
    expect(() => fillCypher(body, { from: [] })).toThrow(/\{\{type\}\}/);
  });
});
