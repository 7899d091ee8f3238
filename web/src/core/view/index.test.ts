import { describe, expect, it } from 'vitest';
import { emptyViewGraphState, viewGraphActions } from './index.ts';

describe('view graph producers', () => {
  it('should note when nodes arrive, and leave the overview', () => {
    const overview = viewGraphActions.overviewShown(true)(emptyViewGraphState('mentions'));
    const merged = viewGraphActions.merged('add', 3, 1000)(overview);
    expect(merged).toMatchObject({ addedAt: 1000, isOverview: false, version: 1 });
    expect(viewGraphActions.merged('add', 0, 2000)(merged).addedAt).toBe(1000);
  });

  it('should forget the "+N more" counts when the view is replaced or cleared, not when it grows', () => {
    const expanded = viewGraphActions.expanded('a', { leftOut: 7, next: 25 })(emptyViewGraphState('degree'));
    expect(viewGraphActions.merged('add', 1, 1)(expanded).more).toEqual({ a: { leftOut: 7, next: 25 } });
    expect(viewGraphActions.merged('replace', 0, 1)(expanded)).toMatchObject({ more: {}, addedAt: 1 });
    expect(viewGraphActions.cleared()(expanded).more).toEqual({});
  });
});
