import { describe, expect, it } from 'vitest';
import { QueryFileError } from '#model/errors.ts';
import { formatQueryFile, parseParamLine, parseQueryFile, referencedParams } from './query-file.ts';

const EGO = `// name: ego
// title: Ego network
// description: The entities around an actor,
// description: through relations.
// param: actor entity = state:ru -- The actor at the centre.
// param: depth integer = 2 -- Hops out.
// param: from date? -- Earliest date.
// param: ids list = a, b
// result: graph
// a comment in the body
MATCH (a:Entity {id: $actor})-[*1..2]-(n) WHERE $depth > 0 AND ($from IS NULL OR n.date >= $from) AND n.id IN $ids
RETURN n
`;

describe('parseQueryFile', () => {
  it('should read the header fields, the parameters and the body', () => {
    const query = parseQueryFile(EGO, { file: 'ego.cypher' });
    expect(query).toMatchObject({
      name: 'ego',
      title: 'Ego network',
      result: 'graph',
      source: 'library',
      file: 'ego.cypher',
    });
    expect(query.description).toBe('The entities around an actor, through relations.');
    expect(query.cypher.startsWith('MATCH (a:Entity {id: $actor})')).toBe(true);
    expect(query.cypher).not.toContain('a comment');
    expect(query.params).toEqual([
      { name: 'actor', type: 'entity', optional: true, default: 'state:ru', description: 'The actor at the centre.' },
      { name: 'depth', type: 'integer', optional: true, default: 2, description: 'Hops out.' },
      { name: 'from', type: 'date', optional: true, description: 'Earliest date.' },
      { name: 'ids', type: 'list', optional: true, default: ['a', 'b'], description: '' },
    ]);
  });

  it('should make a parameter without default or ? required', () => {
    expect(parseParamLine('fact string -- The id.', 'f')).toEqual({
      name: 'fact',
      type: 'string',
      optional: false,
      description: 'The id.',
    });
  });

  it('should refuse an unknown type, naming the file and the types', () => {
    expect(() => parseParamLine('n number', 'x.cypher')).toThrow(
      /x\.cypher: parameter "n" has type "number"; the types are integer, float/,
    );
  });

  it('should refuse a default of the wrong type', () => {
    expect(() => parseParamLine('n integer = two', 'x.cypher')).toThrow(QueryFileError);
    expect(() => parseParamLine('d date = 2024-02-30', 'x.cypher')).toThrow(/YYYY-MM-DD/);
  });

  it('should refuse a header without name, title or result', () => {
    expect(() => parseQueryFile('// title: T\n// result: table\nRETURN 1')).toThrow(/name/);
    expect(() => parseQueryFile('// name: a\n// result: table\nRETURN 1')).toThrow(/title/);
    expect(() => parseQueryFile('// name: a\n// title: T\n// result: chart\nRETURN 1')).toThrow(/result: graph/);
    expect(() => parseQueryFile('// name: a\n// title: T\n// result: table\n')).toThrow(/no query/);
  });

  it('should refuse a body that uses an undeclared parameter, or a declared one it never uses', () => {
    expect(() => parseQueryFile('// name: a\n// title: T\n// result: table\nRETURN $x')).toThrow(
      /uses \$x but the header declares no such parameter/,
    );
    expect(() =>
      parseQueryFile('// name: a\n// title: T\n// param: x integer\n// param: y integer\n// result: table\nRETURN $x'),
    ).toThrow(/declares "y" but the query never uses it/);
    expect(() =>
      parseQueryFile('// name: a\n// title: T\n// param: x integer\n// param: x integer\n// result: table\nRETURN $x'),
    ).toThrow(/declared twice/);
  });

  it('should round-trip through formatQueryFile', () => {
    const query = parseQueryFile(EGO);
    const again = parseQueryFile(formatQueryFile(query));
    expect({ ...again, cypher: again.cypher.trim() }).toEqual({ ...query, cypher: query.cypher.trim() });
  });
});

describe('referencedParams', () => {
  it('should find $names but not those in strings or comments', () => {
    expect(
      referencedParams("MATCH (n {id: $id}) WHERE n.x = '$notme' // $nor\nRETURN $`odd name`, $($label)").sort(),
    ).toEqual(['id', 'label', 'odd name']);
  });
});

describe('parameter ranges', () => {
  it('should read a range after the type, either end left out, and write it back', () => {
    expect(parseParamLine('depth integer[1..4] = 2 -- Hops', 'f')).toMatchObject({ min: 1, max: 4, default: 2 });
    expect(parseParamLine('limit integer[1..] = 20', 'f')).toMatchObject({ min: 1 });
    expect(parseParamLine('limit integer[1..]', 'f').max).toBeUndefined();
    expect(parseParamLine('share float[..0.5]?', 'f')).toMatchObject({ max: 0.5, optional: true });
    const query = parseQueryFile(
      '// name: a\n// title: T\n// param: depth integer[1..4] = 2\n// result: table\nRETURN $depth',
    );
    expect(formatQueryFile(query)).toContain('// param: depth integer[1..4] = 2');
  });

  it('should refuse a range on a type that has none, one whose start is past its end, and a default outside it', () => {
    expect(() => parseParamLine('name string[1..4]', 'f.cypher')).toThrow(/f\.cypher: parameter "name" has a range/);
    expect(() => parseParamLine('depth integer[4..1]', 'f.cypher')).toThrow(/start is past its end/);
    expect(() => parseParamLine('depth integer[1..4] = 9', 'f.cypher')).toThrow(/"depth" must be from 1 to 4, not 9/);
  });
});
