import { describe, expect, it } from 'vitest';
import { ChangedNeighbours } from './neighbour-ranking.ts';

describe('ChangedNeighbours', () => {
  it('should give both ends of a pair, with the higher of two scores written between them', () => {
    const rows = new ChangedNeighbours().addScored('state:ru', 'event:1', 2).addScored('event:1', 'state:ru', 5).rows();
    expect(rows).toEqual([
      { id: 'state:ru', changed: [], scored: [{ id: 'event:1', score: 5 }] },
      { id: 'event:1', changed: [], scored: [{ id: 'state:ru', score: 5 }] },
    ]);
  });

  it('should leave a pair to be read from the graph once any change to it came without a score', () => {
    const before = new ChangedNeighbours().add('a', 'b').addScored('a', 'b', 3).addScored('a', 'c', 1).rows();
    const after = new ChangedNeighbours().addScored('a', 'b', 3).add('a', 'b').addScored('a', 'c', 1).rows();
    for (const rows of [before, after])
      expect(rows.find((r) => r.id === 'a')).toEqual({ id: 'a', changed: ['b'], scored: [{ id: 'c', score: 1 }] });
  });
});
