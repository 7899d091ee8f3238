import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryFileError, UnknownQueryError } from '#model/errors.ts';
import {
  createSavedQuery,
  deleteSavedQuery,
  findQuery,
  libraryDir,
  listQueries,
  loadLibrary,
  loadSavedQueries,
  slugify,
  updateSavedQuery,
} from './query-library.ts';

describe('the shipped library', () => {
  const library = loadLibrary();

  it('should hold at least 12 valid queries with unique names matching their files', () => {
    expect(library.length).toBeGreaterThanOrEqual(12);
    expect(new Set(library.map((q) => q.name)).size).toBe(library.length);
    for (const query of library) expect(path.basename(query.file!, '.cypher')).toBe(query.name);
    expect(readdirSync(libraryDir()).filter((f) => f.endsWith('.cypher'))).toHaveLength(library.length);
  });

  it('should cover the questions of issue 5', () => {
    const names = library.map((q) => q.name);
    for (const name of [
      'ego-network',
      'shortest-paths',
      'allegations-against',
      'who-accuses-whom',
      'actor-events',
      'event-co-participation',
      'most-mentioned-actors',
      'most-corroborated-relations',
      'relation-evidence',
      'fact-evidence',
      'contested-allegations',
      'actors-first-seen-after',
      'outlet-allegations',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('should give every query a title, a description and described parameters', () => {
    for (const query of library) {
      expect(query.title, query.name).not.toBe('');
      expect(query.description, query.name).not.toBe('');
      for (const p of query.params) expect(p.description, `${query.name} ${p.name}`).not.toBe('');
    }
  });
});

describe('saved queries', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const dirs = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-saved-'));
    return { saved: dir };
  };

  it('should save, list, update and delete a query as a file in the library format', () => {
    const where = dirs();
    const saved = createSavedQuery(
      {
        title: 'Mentions of X',
        cypher: 'MATCH (e:Entity {id: $id}) RETURN e.name',
        params: [{ name: 'id', type: 'entity', optional: true, default: 'state:ru', description: 'the entity' }],
      },
      where,
    );
    expect(saved).toMatchObject({ name: 'mentions-of-x', source: 'saved', result: 'table' });
    expect(readFileSync(path.join(dir, 'mentions-of-x.cypher'), 'utf8')).toContain(
      '// param: id entity = state:ru -- the entity',
    );
    expect(findQuery('mentions-of-x', listQueries(where)).params[0]!.default).toBe('state:ru');

    const updated = updateSavedQuery(
      'mentions-of-x',
      { title: 'Mentions', cypher: 'MATCH (e:Entity) RETURN e.name LIMIT 3', result: 'table' },
      where,
    );
    expect(updated).toMatchObject({ name: 'mentions-of-x', title: 'Mentions', params: [] });

    deleteSavedQuery('mentions-of-x', where);
    expect(loadSavedQueries(dir).queries).toEqual([]);
  });

  it('should never take the name of a shipped query or another saved one', () => {
    const where = dirs();
    expect(createSavedQuery({ title: 'Ego network', cypher: 'RETURN 1' }, where).name).toBe('ego-network-2');
    expect(createSavedQuery({ title: 'Ego network', cypher: 'RETURN 2' }, where).name).toBe('ego-network-3');
  });

  it('should refuse to change a shipped query or an unknown one', () => {
    const where = dirs();
    expect(() => updateSavedQuery('ego-network', { title: 'x', cypher: 'RETURN 1' }, where)).toThrow(/shipped query/);
    expect(() => deleteSavedQuery('nothing-here', where)).toThrow(UnknownQueryError);
  });

  it('should refuse a query whose parameters do not match its text', () => {
    const where = dirs();
    expect(() => createSavedQuery({ title: 'T', cypher: 'RETURN $x' }, where)).toThrow(QueryFileError);
    expect(() => createSavedQuery({ title: '', cypher: 'RETURN 1' }, where)).toThrow(/title/);
  });

  it('should make names from titles', () => {
    expect(slugify('Who accuses Ruşsia?')).toBe('who-accuses-russia');
    expect(slugify('!!!')).toBe('query');
  });
});
