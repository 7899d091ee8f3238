/*
 * The selection: at most one node or one edge (by key), selected in the graph, the search or the
 * Details panel. Its actions are pure producers, (args) => (state) => new state.
 */

export interface SelectionState {
  selected: string | null;
  selectedEdge: string | null;
}

export const selectionActions = {
  /** Selects a node (null: none); selecting one drops the selected edge. */
  selectNode:
    (key: string | null) =>
    (state: SelectionState): SelectionState => ({
      selected: key,
      selectedEdge: key ? null : state.selectedEdge,
    }),
  /** Selects an edge (null: none); selecting one drops the selected node. */
  selectEdge:
    (key: string | null) =>
    (state: SelectionState): SelectionState => ({
      selected: key ? null : state.selected,
      selectedEdge: key,
    }),
  /** Nothing selected. */
  clear:
    () =>
    (_state: SelectionState): SelectionState => ({ selected: null, selectedEdge: null }),
  /** A node left the view: it is selected no more. */
  nodeRemoved:
    (key: string) =>
    (state: SelectionState): SelectionState =>
      state.selected === key ? { ...state, selected: null } : state,
};
