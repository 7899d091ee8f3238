import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './to-plain.ts';

describe('toPlain', () => {
  it('should turn a node with integer, list and date properties into plain data', () => {
    const node = new neo4j.types.Node(
      neo4j.int(7),
      ['Entity', 'State'],
      {
        name: 'Chile',
        mentionCount: neo4j.int(12),
        aliases: ['Chilean', 'Santiago'],
        scores: [neo4j.int(3), neo4j.int(1)],
        firstSeen: new neo4j.types.Date(2025, 6, 10),
      },
      '4:x:7',
    );
    expect(toPlain(node)).toEqual({
      elementId: '4:x:7',
      labels: ['Entity', 'State'],
      properties: {
        name: 'Chile',
        mentionCount: 12,
        aliases: ['Chilean', 'Santiago'],
        scores: [3, 1],
        firstSeen: '2025-06-10',
      },
    });
  });

  it('should convert every item of a list that is not all strings', () => {
    expect(toPlain(['a', neo4j.int(2), null])).toEqual(['a', 2, null]);
    expect(toPlain([])).toEqual([]);
  });

  it('should keep integers past the safe range as strings', () => {
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });
});
