import { describe, expect, it } from 'vitest';
import { UNDO_DEPTH, emptyUndo, undoActions } from './index.ts';

describe('undo and redo', () => {
  it('should undo the last action back to the view before it, and redo it', () => {
    let state = undoActions.recorded('expand Russia', 'one node')(emptyUndo<string>());
    state = undoActions.recorded('hide Ukraine', 'twelve nodes')(state);
    expect(state.past.map((s) => s.label)).toEqual(['expand Russia', 'hide Ukraine']);
    const target = state.past.at(-1)!.snapshot;
    state = undoActions.undone('eleven shown')(state);
    expect(target).toBe('twelve nodes');
    expect(state.future[0]).toEqual({ label: 'hide Ukraine', snapshot: 'eleven shown' });
    state = undoActions.redone('twelve nodes')(state);
    expect(state.past.at(-1)).toEqual({ label: 'hide Ukraine', snapshot: 'twelve nodes' });
    expect(state.future).toEqual([]);
  });

  it('should forget redo after a new action, and keep a bounded history', () => {
    let state = emptyUndo<number>();
    for (let i = 0; i < UNDO_DEPTH + 5; i++) state = undoActions.recorded(`step ${i}`, i)(state);
    expect(state.past).toHaveLength(UNDO_DEPTH);
    state = undoActions.undone(99)(state);
    state = undoActions.recorded('new', 100)(state);
    expect(state.future).toEqual([]);
  });
});
