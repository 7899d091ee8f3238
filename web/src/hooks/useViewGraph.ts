/*
 * The view graph and what changes it: one graphology instance (mutated by the pure functions of
 * core/view/graph.ts), its state (core/view/index.ts), the actions that ask the API for more of the
 * graph (overview, open, expand) or change what is in view (hide, pin, remove, clear, sizes and colours by a metric), reopening
 * a view from a link with its positions, and undo/redo of every action that changes the view
 * (core/undo: each step keeps the graph as it was, with its "+N more" counts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Filters } from '#model/filters.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { api } from '../api/client.ts';
import type { selectionActions, SelectionState } from '../core/selection/index.ts';
import { emptyUndo, undoActions, type UndoState } from '../core/undo/index.ts';
import { applyUrlView, hasAllPositions, inUrlOrder, type ViewState } from '../core/url-state/utils.ts';
import {
  createViewGraph,
  mergeSubgraph,
  removeNodes,
  restoreGraph,
  setHidden,
  setPinned,
  snapshotGraph,
} from '../core/view/graph.ts';
import { styleView } from '../core/metrics/utils.ts';
import {
  EXPAND_LIMIT,
  emptyViewGraphState,
  viewGraphActions,
  type MoreToLoad,
  type ViewGraphState,
} from '../core/view/index.ts';
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

/** What an undo step keeps: the graph as it was, its "+N more" counts, and whether it was the overview. */
interface ViewSnapshot {
  graph: ReturnType<typeof snapshotGraph>;
  more: Record<string, MoreToLoad>;
  isOverview: boolean;
}

const viewUndoActions = {
  recorded: (label: string, before: ViewSnapshot) => undoActions.recorded(label, before),
  undone: (current: ViewSnapshot) => undoActions.undone(current),
  redone: (current: ViewSnapshot) => undoActions.redone(current),
};

export interface ViewGraphControl extends ViewGraphState {
  graph: ViewGraph;
  /** The graph changed: re-render the panels. */
  bump(): void;
  /** Merges a subgraph into the view (an undoable step named `label` when given); returns the keys of the nodes it added. */
  addSubgraph(subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string, label?: string): string[];
  /** Shows the overview; false when it gave way to a view the user began meanwhile (the page's first overview only). */
  loadOverview(record?: boolean): Promise<boolean>;
  openNode(key: string): Promise<void>;
  /** Adds the nodes `keys` to the view with their edges (replacing the overview). */
  showNodes(keys: string[]): Promise<void>;
  /** Adds a subgraph to the view with the edges from its new nodes to what is in view (one undoable step named `label`); returns the nodes it added. */
  addConnected(subgraph: Subgraph, label: string): Promise<string[]>;
  expand(key: string, more?: boolean, depth?: 1 | 2): Promise<void>;
  /** Reopens a view from a link or from the browser's history: its nodes where they were, pins, hidden nodes, sizes and camera. */
  openView(state: ViewState): Promise<void>;
  remove(key: string): void;
  toggleHidden(key: string): void;
  showAll(): void;
  togglePinned(key: string): void;
  clear(): void;
  setSizeBy(by: SizeBy): void;
  setColorBy(by: ColorBy): void;
  undo(): void;
  redo(): void;
  /** What Undo and Redo would undo or redo, or null when there is nothing. */
  undoLabel: string | null;
  redoLabel: string | null;
}

const nameOf = (graph: ViewGraph, key: string): string =>
  graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') || key : key;

export function useViewGraph({
  initialSizeBy,
  initialColorBy,
  filters,
  run,
  selection,
}: ViewGraphOptions): ViewGraphControl {
  const [graph] = useState(createViewGraph);
  const [state, actions] = useProducers(() => emptyViewGraphState(initialSizeBy, initialColorBy), viewGraphActions);
  const [history, historyActions] = useProducers<UndoState<ViewSnapshot>, typeof viewUndoActions>(
    emptyUndo,
    viewUndoActions,
  );
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

  const { isOverview, more } = state;
  // The latest "+N more" counts and overview flag, for snapshots taken by callbacks that stay the same.
  const current = useRef({ more, isOverview });
  useEffect(() => {
    current.current = { more, isOverview };
  }, [more, isOverview]);
  const snapshot = useCallback((): ViewSnapshot => ({ graph: snapshotGraph(graph), ...current.current }), [graph]);
  /** Runs a change of the view and records it as one undoable step named `label` (nothing is recorded when it fails). */
  /** How many undoable changes were begun: a view made while the first overview loads is the user's. */
  const changes = useRef(0);

  const undoable = useCallback(
    async (label: string, change: () => void | Promise<void>) => {
      changes.current++;
      const before = snapshot();
      await change();
      historyActions.recorded(label, before);
    },
    [snapshot, historyActions],
  );

  const merge = useCallback(
    (subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string, layout = true): string[] => {
      const result = mergeSubgraph(graph, subgraph, { mode, anchor });
      restyle();
      actions.merged(mode, result.addedNodes.length, Date.now(), layout);
      return result.addedNodes;
    },
    [graph, actions, restyle],
  );

  const addSubgraph = useCallback(
    (subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string, label?: string): string[] => {
      if (!label) return merge(subgraph, mode, anchor);
      let added: string[] = [];
      void undoable(label, () => {
        added = merge(subgraph, mode, anchor);
      });
      return added;
    },
    [merge, undoable],
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
    async (record = true): Promise<boolean> => {
      let shown = false;
      await run('Loading the overview…', async () => {
        const asked = changes.current;
        const overview = await api.overview();
        // The page's first overview gives way to a view the user began while it was on its way.
        if (!record && changes.current !== asked) return;
        shown = true;
        const show = (): void => {
          merge(overview.subgraph, 'replace');
          actions.overviewShown(overview.whole);
          selection.clear();
        };
        if (record) await undoable('show the overview', show);
        else show();
      });
      return shown;
    },
    [run, merge, actions, selection, undoable],
  );

  /**
   * Fetches the nodes `keys` not in view yet and adds them with their edges to the view, as one
   * undoable step named by `label` (given the first node's name); the overview (or nothing) is replaced.
   */
  const fetchNodes = useCallback(
    async (keys: string[], label: (name: string) => string): Promise<void> => {
      const startFresh = isOverview || graph.order === 0;
      const missing = startFresh ? keys : keys.filter((k) => !graph.hasNode(k));
      if (missing.length === 0) return;
      const subgraph = await api.subgraph(missing);
      if (subgraph.nodes.length === 0) throw new Error(`fetchNodes: "${missing[0]}" is not in the graph any more`);
      await undoable(label(String(subgraph.nodes[0]?.properties.name ?? missing[0])), async () => {
        const added = merge(subgraph, startFresh ? 'replace' : 'add');
        if (!startFresh) await connect(added);
      });
    },
    [isOverview, graph, merge, connect, undoable],
  );
  const openNode = useCallback(
    (key: string) =>
      run('Opening…', async () => {
        await fetchNodes([key], (name) => `open ${name}`);
        selection.selectNode(key);
      }),
    [run, fetchNodes, selection],
  );
  const showNodes = useCallback(
    (keys: string[]) =>
      run('Adding to the view…', () =>
        fetchNodes(keys, (name) => (keys.length > 1 ? `show ${name} and ${keys.length - 1} more` : `show ${name}`)),
      ),
    [run, fetchNodes],
  );
  const addConnected = useCallback(
    async (subgraph: Subgraph, label: string): Promise<string[]> => {
      let added: string[] = [];
      await undoable(label, async () => {
        added = merge(subgraph, 'add');
        await connect(added);
      });
      return added;
    },
    [merge, connect, undoable],
  );
  const expand = useCallback(
    (key: string, loadMore = false, depth: 1 | 2 = 1) =>
      run('Expanding…', async () => {
        const skip = loadMore ? (more[key]?.next ?? 0) : 0;
        const answer = await api.neighbourhood(key, { depth, skip, limit: EXPAND_LIMIT, filters: filtersRef.current });
        await undoable(`expand ${nameOf(graph, key)}`, async () => {
          const added = merge(answer.subgraph, 'add', key);
          await connect(added);
          actions.expanded(key, {
            leftOut: answer.leftOut,
            next: answer.skip + answer.returned,
            exact: answer.totalExact,
          });
        });
      }),
    [run, more, graph, merge, connect, actions, undoable],
  );

  const openView = useCallback(
    (view: ViewState) =>
      run('Reopening the view…', async () => {
        const subgraph = inUrlOrder(await api.subgraph(view.nodes), view.nodes);
        const placed = hasAllPositions(view);
        merge(subgraph, 'replace', undefined, !placed);
        applyUrlView(graph, view);
        restyle(view.sizeBy, view.colorBy);
        if (view.overview) actions.overviewShown(false);
        if (placed) actions.cameraRequested(view.camera, view.frame, Date.now());
        bump();
      }),
    [run, merge, graph, actions, bump, restyle],
  );

  const remove = useCallback(
    (key: string) =>
      void undoable(`remove ${nameOf(graph, key)}`, () => {
        removeNodes(graph, [key]);
        selection.nodeRemoved(key);
        restyle();
      }),
    [graph, selection, restyle, undoable],
  );

  const toggleHidden = useCallback(
    (key: string) => {
      if (!graph.hasNode(key)) return;
      const hidden = graph.getNodeAttribute(key, 'hidden') === true;
      void undoable(`${hidden ? 'show' : 'hide'} ${nameOf(graph, key)}`, () => {
        setHidden(graph, [key], !hidden);
        bump();
      });
    },
    [graph, bump, undoable],
  );

  const showAll = useCallback(
    () =>
      void undoable('show the hidden nodes', () => {
        setHidden(
          graph,
          graph.filterNodes((_, a) => a.hidden === true),
          false,
        );
        bump();
      }),
    [graph, bump, undoable],
  );

  const togglePinned = useCallback(
    (key: string) => {
      if (!graph.hasNode(key)) return;
      const pinned = graph.getNodeAttribute(key, 'pinned') === true;
      void undoable(`${pinned ? 'unpin' : 'pin'} ${nameOf(graph, key)}`, () => {
        setPinned(graph, key, !pinned);
        bump();
      });
    },
    [graph, bump, undoable],
  );

  const clear = useCallback(
    () =>
      void undoable('clear the view', () => {
        graph.clear();
        selection.clear();
        actions.cleared();
      }),
    [graph, selection, actions, undoable],
  );

  const setSizeBy = useCallback((by: SizeBy) => restyle(by, styleRef.current.color), [restyle]);
  const setColorBy = useCallback((by: ColorBy) => restyle(styleRef.current.size, by), [restyle]);

  /** Puts a snapshot back as the view. */
  const restore = useCallback(
    (to: ViewSnapshot) => {
      restoreGraph(graph, to.graph);
      actions.snapshotRestored(to.more, to.isOverview);
      restyle();
      selection.clear();
    },
    [graph, actions, selection, restyle],
  );

  const undo = useCallback(() => {
    const step = history.past.at(-1);
    if (!step) return;
    historyActions.undone(snapshot());
    restore(step.snapshot);
  }, [history.past, historyActions, snapshot, restore]);

  const redo = useCallback(() => {
    const step = history.future[0];
    if (!step) return;
    historyActions.redone(snapshot());
    restore(step.snapshot);
  }, [history.future, historyActions, snapshot, restore]);

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
    openView,
    remove,
    toggleHidden,
    showAll,
    togglePinned,
    clear,
    setSizeBy,
    setColorBy,
    undo,
    redo,
    undoLabel: history.past.at(-1)?.label ?? null,
    redoLabel: history.future[0]?.label ?? null,
  };
}
