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
import { applySizes, createViewGraph, mergeSubgraph, removeNodes, setHidden, setPinned } from '../core/view/graph.ts';
import { EXPAND_LIMIT, emptyViewGraphState, viewGraphActions, type ViewGraphState } from '../core/view/index.ts';
import type { SizeBy } from '../core/view/style.ts';
import type { ViewGraph } from '../core/view/types.ts';
import type { Run } from './useActivity.ts';
import { useProducers, type BoundActions } from './useProducers.ts';

export interface ViewGraphOptions {
  initialSizeBy: SizeBy;
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
  expand(key: string, more?: boolean, depth?: 1 | 2): Promise<void>;
  remove(key: string): void;
  toggleHidden(key: string): void;
  showAll(): void;
  togglePinned(key: string): void;
  clear(): void;
  setSizeBy(by: SizeBy): void;
}

export function useViewGraph({ initialSizeBy, filters, run, selection }: ViewGraphOptions): ViewGraphControl {
  const [graph] = useState(createViewGraph);
  const [state, actions] = useProducers(() => emptyViewGraphState(initialSizeBy), viewGraphActions);
  const bump = actions.changed;
  const sizeByRef = useRef(state.sizeBy);
  const filtersRef = useRef(filters);
  useEffect(() => {
    sizeByRef.current = state.sizeBy;
    filtersRef.current = filters;
  }, [state.sizeBy, filters]);

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
      if (sizeByRef.current === 'degree') applySizes(graph, 'degree');
      actions.merged(mode, result.addedNodes.length, Date.now());
      return result.addedNodes;
    },
    [graph, actions],
  );

  /** Fetches the edges from the nodes just added to everything in view. */
  const connect = useCallback(
    async (added: string[]) => {
      const fresh = added.filter((k) => graph.hasNode(k));
      if (fresh.length === 0 || graph.order < 2) return;
      mergeSubgraph(graph, await api.subgraph(fresh, true, graph.nodes()), { mode: 'add' });
      bump();
    },
    [graph, bump],
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
  const openNode = useCallback(
    (key: string) =>
      run('Opening…', async () => {
        const startFresh = isOverview || graph.order === 0;
        if (startFresh || !graph.hasNode(key)) {
          const subgraph = await api.subgraph([key]);
          if (subgraph.nodes.length === 0) throw new Error(`openNode: "${key}" is not in the graph any more`);
          const added = addSubgraph(subgraph, startFresh ? 'replace' : 'add');
          if (!startFresh) await connect(added);
        }
        selection.selectNode(key);
      }),
    [run, isOverview, graph, addSubgraph, connect, selection],
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
      bump();
    },
    [graph, selection, bump],
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

  const setSizeBy = useCallback(
    (by: SizeBy) => {
      applySizes(graph, by);
      actions.sizedBy(by);
    },
    [graph, actions],
  );

  return {
    ...state,
    graph,
    bump,
    addSubgraph,
    loadOverview,
    openNode,
    expand,
    remove,
    toggleHidden,
    showAll,
    togglePinned,
    clear,
    setSizeBy,
  };
}
