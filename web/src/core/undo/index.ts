/*
 * Undo and redo of what changes the view (expand, remove, hide, clear, a query result replacing the
 * view, …): two stacks of snapshots, each named after the action it undoes. Pure producers; the
 * snapshot itself is whatever the caller takes (useViewGraph: the model graph and its "+N more").
 */

/** How many steps back are kept. */
export const UNDO_DEPTH = 40;

export interface Step<S> {
  /** What the action did, for the button's title ("expand Russia"). */
  label: string;
  snapshot: S;
}

export interface UndoState<S> {
  past: Step<S>[];
  future: Step<S>[];
}

/** No history yet. */
export function emptyUndo<S>(): UndoState<S> {
  return { past: [], future: [] };
}

export const undoActions = {
  /** An action named `label` changed the view; `before` is the view before it. Redo is forgotten. */
  recorded:
    <S>(label: string, before: S) =>
    (state: UndoState<S>): UndoState<S> => ({
      past: [...state.past, { label, snapshot: before }].slice(-UNDO_DEPTH),
      future: [],
    }),
  /** The last action was undone; `current` is the view it left, kept for redo. */
  undone:
    <S>(current: S) =>
    (state: UndoState<S>): UndoState<S> => {
      const last = state.past.at(-1);
      if (!last) return state;
      return { past: state.past.slice(0, -1), future: [{ label: last.label, snapshot: current }, ...state.future] };
    },
  /** The last undone action was done again; `current` is the view before it, kept for undo. */
  redone:
    <S>(current: S) =>
    (state: UndoState<S>): UndoState<S> => {
      const next = state.future[0];
      if (!next) return state;
      return { past: [...state.past, { label: next.label, snapshot: current }], future: state.future.slice(1) };
    },
};
