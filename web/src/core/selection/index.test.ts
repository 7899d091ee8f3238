import { describe, expect, it } from 'vitest';
import { selectionActions, type SelectionState } from './index.ts';

const none: SelectionState = { selected: null, selectedEdge: null };

describe('selection producers', () => {
  it('should keep one node or one edge selected, never both', () => {
    const edge = selectionActions.selectEdge('LEADER_OF:a->b')(none);
    expect(edge).toEqual({ selected: null, selectedEdge: 'LEADER_OF:a->b' });
    expect(selectionActions.selectNode('a')(edge)).toEqual({ selected: 'a', selectedEdge: null });
    expect(selectionActions.selectEdge('X:b->c')({ selected: 'a', selectedEdge: null })).toEqual({
      selected: null,
      selectedEdge: 'X:b->c',
    });
  });

  it('should leave the edge selected when the node selection is cleared', () => {
    expect(selectionActions.selectNode(null)({ selected: null, selectedEdge: 'e' })).toEqual({
      selected: null,
      selectedEdge: 'e',
    });
  });

  it('should forget a removed node only when it was the selected one', () => {
    const state = { selected: 'a', selectedEdge: null };
    expect(selectionActions.nodeRemoved('b')(state)).toBe(state);
    expect(selectionActions.nodeRemoved('a')(state).selected).toBeNull();
  });
});
