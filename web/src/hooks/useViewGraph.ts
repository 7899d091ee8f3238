/*
 * The view graph and what changes it: one graphology instance (mutated by the pure functions of
 * core/view/graph.ts), its state (core/view/index.ts), and the actions that ask the API for more of
 * the graph (overview, open, expand) or change what is in view (hide, pin, remove, clear, sizes).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Filters } from '#model/filters.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { api } from '../api/client.ts';
import type { selectionActions, SelectionState } from '../core/selection/index.ts';
import { createViewGraph, mergeSubgraph, removeNodes, setHidden, setPinned } from '../core/view/graph.ts';
import { styleView } from '../core/metrics/utils.ts';
import { EXPAND_LIMIT, emptyViewGraphState, viewGraphActions, type ViewGraphState } from '../core/view/index.ts';
import type { ColorBy, SizeBy } from '../core/view/style.ts';
import type { ViewGraph } from '../core/view/types.ts';
import type { Run } from './useActivity.ts';
import { useProducers, type BoundActions } from './useProducers.ts';

export interface ViewGraphOptions {
  initialSizeBy: SizeBy;
  initialColorBy: ColorBy;
  /** The filters expansions ask the API for. */
  filters: Filters;
  run: Run;
  selection: BoundActions<SelectionState, typeof selectionActions>;
}

export interface ViewGraphControl extends ViewGraphState {
  graph: ViewGraph;
  /** The graph changed: re-render the panels. */
  bump(): void;
  /** Merges a subgraph into the view; returns the keys of the nodes it added. */
  addSubgraph(subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string): string[];
  loadOverview(): Promise<void>;
  openNode(key: string): Promise<void>;
  /** Adds the nodes `keys` to the view with their edges (replacing the overview). */
  showNodes(keys: string[]): Promise<void>;
  /** Adds a subgraph to the view with the edges from its new nodes to what is in view; returns the nodes it added. */
  addConnected(subgraph: Subgraph): Promise<string[]>;
  expand(key: string, more?: boolean, depth?: 1 | 2): Promise<void>;
  remove(key: string): void;
  toggleHidden(key: string): void;
  showAll(): void;
  togglePinned(key: string): void;
  clear(): void;
  setSizeBy(by: SizeBy): void;
  setColorBy(by: ColorBy): void;
}

export function useViewGraph({
  initialSizeBy,
  initialColorBy,
  filters,
  run,
  selection,
}: ViewGraphOptions): ViewGraphControl {
  const [graph] = useState(createViewGraph);
  const [state, actions] = useProducers(() => emptyViewGraphState(initialSizeBy, initialColorBy), viewGraphActions);
  const bump = actions.changed;
  const styleRef = useRef({ size: state.sizeBy, color: state.colorBy });
  const filtersRef = useRef(filters);
  useEffect(() => {
    filtersRef.current = filters;
  }, [filters]);
  /** Sizes and colours the view (as asked, or as before) and keeps what the legend explains. */
  const restyle = useCallback(
    (size: SizeBy = styleRef.current.size, color: ColorBy = styleRef.current.color) => {
      styleRef.current = { size, color };
      actions.styled(size, color, styleView(graph, size, color));
    },
    [graph, actions],
  );

  // Structural changes from anywhere (other panels included) re-render the panels, once per frame.
  useEffect(() => {
    let frame = 0;
    const onChange = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        bump();
      });
    };
    const events = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;
    events.forEach((e) => graph.on(e, onChange));
    return () => {
      events.forEach((e) => graph.off(e, onChange));
      cancelAnimationFrame(frame);
    };
  }, [graph, bump]);

  const addSubgraph = useCallback(
    (subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string): string[] => {
      const result = mergeSubgraph(graph, subgraph, { mode, anchor });
      restyle();
      actions.merged(mode, result.addedNodes.length, Date.now());
      return result.addedNodes;
    },
    [graph, actions, restyle],
  );

  /** Fetches the edges from the nodes just added to everything in view. */
  const connect = useCallback(
    async (added: string[]) => {
      const fresh = added.filter((k) => graph.hasNode(k));
      if (fresh.length === 0 || graph.order < 2) return;
      mergeSubgraph(graph, await api.subgraph(fresh, true, graph.nodes()), { mode: 'add' });
      restyle();
    },
    [graph, restyle],
  );

  const loadOverview = useCallback(
    () =>
      run('Loading the overview…', async () => {
        const overview = await api.overview();
        addSubgraph(overview.subgraph, 'replace');
        actions.overviewShown(overview.whole);
        selection.clear();
      }),
    [run, addSubgraph, actions, selection],
  );

  const { isOverview, more } = state;
  /** Fetches the nodes `keys` not in view yet and adds them, with their edges to the view; the overview (or nothing) is replaced. */
  const fetchNodes = useCallback(
    async (keys: string[]): Promise<void> => {
      const startFresh = isOverview || graph.order === 0;
      const missing = startFresh ? keys : keys.filter((k) => !graph.hasNode(k));
      if (missing.length === 0) return;
      const subgraph = await api.subgraph(missing);
      if (subgraph.nodes.length === 0) throw new Error(`showNodes: "${missing[0]}" is not in the graph any more`);
      const added = addSubgraph(subgraph, startFresh ? 'replace' : 'add');
      if (!startFresh) await connect(added);
    },
    [isOverview, graph, addSubgraph, connect],
  );
  const openNode = useCallback(
    (key: string) =>
      run('Opening…', async () => {
        await fetchNodes([key]);
        selection.selectNode(key);
      }),
    [run, fetchNodes, selection],
  );
  const showNodes = useCallback(
    (keys: string[]) => run('Adding to the view…', () => fetchNodes(keys)),
    [run, fetchNodes],
  );
  const addConnected = useCallback(
    async (subgraph: Subgraph): Promise<string[]> => {
      const added = addSubgraph(subgraph, 'add');
      await connect(added);
      return added;
    },
    [addSubgraph, connect],
  );
  const expand = useCallback(
    (key: string, loadMore = false, depth: 1 | 2 = 1) =>
      run('Expanding…', async () => {
        const skip = loadMore ? (more[key]?.next ?? 0) : 0;
        const answer = await api.neighbourhood(key, { depth, skip, limit: EXPAND_LIMIT, filters: filtersRef.current });
        const added = addSubgraph(answer.subgraph, 'add', key);
        await connect(added);
        actions.expanded(key, { leftOut: answer.leftOut, next: answer.skip + answer.returned });
      }),
    [run, more, addSubgraph, connect, actions],
  );

  const remove = useCallback(
    (key: string) => {
      removeNodes(graph, [key]);
      selection.nodeRemoved(key);
      restyle();
    },
    [graph, selection, restyle],
  );

  const toggleHidden = useCallback(
    (key: string) => {
      if (!graph.hasNode(key)) return;
      setHidden(graph, [key], !graph.getNodeAttribute(key, 'hidden'));
      bump();
    },
    [graph, bump],
  );

  const showAll = useCallback(() => {
    setHidden(
      graph,
      graph.filterNodes((_, a) => a.hidden === true),
      false,
    );
    bump();
  }, [graph, bump]);

  const togglePinned = useCallback(
    (key: string) => {
      if (!graph.hasNode(key)) return;
      setPinned(graph, key, !graph.getNodeAttribute(key, 'pinned'));
      bump();
    },
    [graph, bump],
  );

  const clear = useCallback(() => {
    graph.clear();
    selection.clear();
    actions.cleared();
  }, [graph, selection, actions]);

  const setSizeBy = useCallback((by: SizeBy) => restyle(by, styleRef.current.color), [restyle]);
  const setColorBy = useCallback((by: ColorBy) => restyle(styleRef.current.size, by), [restyle]);

  return {
    ...state,
    graph,
    bump,
    addSubgraph,
    loadOverview,
    openNode,
    showNodes,
    addConnected,
    expand,
    remove,
    toggleHidden,
    showAll,
    togglePinned,
    clear,
    setSizeBy,
    setColorBy,
  };
}
