import { describe, expect, it } from 'vitest';
import type { QueryDefinition, QueryParam } from '#model/saved-queries/types.ts';
import {
  addToHistory,
  filterQueries,
  initialValues,
  parametersUsed,
  parseHistory,
  rowToParam,
  rowsToParams,
  valuesToSend,
} from './utils.ts';

const params: QueryParam[] = [
  { name: 'actor', type: 'entity', optional: true, default: 'state:ru', description: '' },
  { name: 'from', type: 'date', optional: true, description: '' },
  { name: 'ids', type: 'list', optional: true, default: ['a', 'b'], description: '' },
  { name: 'deep', type: 'boolean', optional: true, default: false, description: '' },
];

describe('the Queries panel helpers', () => {
  it('should start a form from the defaults and send only what is filled in', () => {
    const values = initialValues(params);
    expect(values).toEqual({ actor: 'state:ru', from: '', ids: 'a, b', deep: false });
    expect(valuesToSend(values)).toEqual({ actor: 'state:ru', ids: 'a, b', deep: false });
  });

  it('should filter queries by every word', () => {
    const q = (name: string, title: string) => ({ name, title, description: '' }) as QueryDefinition;
    const list = [
      q('ego-network', 'Ego network of an actor'),
      q('shortest-paths', 'Shortest paths between two actors'),
    ];
    expect(filterQueries(list, 'actor ego').map((x) => x.name)).toEqual(['ego-network']);
    expect(filterQueries(list, '')).toHaveLength(2);
  });

  it('should read ad-hoc parameters as JSON when they parse', () => {
    expect(
      rowsToParams([
        { name: 'n', value: '3' },
        { name: 'id', value: 'state:ru' },
        { name: ' ', value: 'x' },
        { name: 'l', value: '["a"]' },
      ]),
    ).toEqual({ n: 3, id: 'state:ru', l: ['a'] });
  });

  it('should guess a saved parameter\u2019s type from its value', () => {
    expect(rowToParam({ name: 'n', value: '3' })).toMatchObject({ type: 'integer', default: 3 });
    expect(rowToParam({ name: 'd', value: '2024-01-01' })).toMatchObject({ type: 'date', default: '2024-01-01' });
    expect(rowToParam({ name: 'e', value: 'person:kim-jong-un' })).toMatchObject({
      type: 'entity',
      default: 'person:kim-jong-un',
    });
    expect(rowToParam({ name: 'b', value: 'true' })).toMatchObject({ type: 'boolean', default: true });
    expect(rowToParam({ name: 's', value: '' })).toEqual({
      name: 's',
      type: 'string',
      optional: true,
      description: '',
    });
  });

  it('should find the parameters a query uses', () => {
    expect(parametersUsed("MATCH (n {id: $id}) WHERE n.x = '$no' RETURN n LIMIT $limit")).toEqual(['id', 'limit']);
  });

  it('should keep the history short and without repeats', () => {
    let history = addToHistory([], { cypher: 'A', params: [], at: 1 });
    history = addToHistory(history, { cypher: 'B', params: [], at: 2 });
    history = addToHistory(history, { cypher: 'A', params: [], at: 3 });
    expect(history.map((h) => h.cypher)).toEqual(['A', 'B']);
    expect(parseHistory('not json')).toEqual([]);
    expect(parseHistory(JSON.stringify(history))).toEqual(history);
  });
});
