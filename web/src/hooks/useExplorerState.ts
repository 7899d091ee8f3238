/*
 * The explorer's state and actions: the view graph (one graphology instance, mutated by the pure
 * functions of core/view), the filters, selection, hover, "+N more" counts, loading and error
 * states, and the database banner. Kept in React state here; the graph logic itself is in core/.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Subgraph } from '#model/subgraph.ts';
import { DEFAULT_FILTERS, type Filters } from '#model/filters.ts';
import { api, ApiError, onUnavailable } from '../api/client.ts';
import { visibleElements, type Visibility } from '../core/filters/utils.ts';
import { parseViewState, serializeViewState, type ViewState } from '../core/url-state/utils.ts';
import { applySizes, createViewGraph, mergeSubgraph, removeNodes, setHidden, setPinned } from '../core/view/graph.ts';
import type { ViewGraph } from '../core/view/types.ts';

/** Neighbours loaded per expansion; the rest come with "+N more". */
export const EXPAND_LIMIT = 25;

export interface MoreToLoad {
  leftOut: number;
  next: number;
}

export interface ExplorerState {
  graph: ViewGraph;
  version: number;
  visibility: Visibility;
  filters: Filters;
  setFilters(filters: Filters): void;
  selected: string | null;
  selectedEdge: string | null;
  select(key: string | null): void;
  selectEdge(key: string | null): void;
  sizeBy: 'mentions' | 'degree';
  setSizeBy(by: 'mentions' | 'degree'): void;
  more: Record<string, MoreToLoad>;
  busy: string | null;
  error: string | null;
  dismissError(): void;
  databaseDown: string | null;
  restored: boolean;
  isOverview: boolean;
  /** The overview shows the whole graph (not only its most connected nodes). */
  overviewWhole: boolean;
  /** Bumped when nodes were added, so the layout can run. */
  addedAt: number;
  /** Merges a subgraph into the view; returns the keys of the nodes it added. */
  addSubgraph(subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string): string[];
  openNode(key: string): Promise<void>;
  expand(key: string, more?: boolean, depth?: 1 | 2): Promise<void>;
  remove(key: string): void;
  toggleHidden(key: string): void;
  showAll(): void;
  togglePinned(key: string): void;
  clear(): void;
  loadOverview(): Promise<void>;
}

export function useExplorerState(): ExplorerState {
  const [initialView] = useState<ViewState>(() => parseViewState(window.location.search));
  const initial = useRef<ViewState>(initialView);
  const [graph] = useState(createViewGraph);
  const [version, setVersion] = useState(0);
  const [filters, setFilters] = useState<Filters>(initialView.filters);
  const [selected, setSelected] = useState<string | null>(initialView.selected);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(initialView.selectedEdge);
  const [sizeBy, setSizeBy] = useState(initialView.sizeBy);
  const [more, setMore] = useState<Record<string, MoreToLoad>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [databaseDown, setDatabaseDown] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [isOverview, setIsOverview] = useState(false);
  const [overviewWhole, setOverviewWhole] = useState(false);
  const [addedAt, setAddedAt] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const sizeByRef = useRef(sizeBy);
  const filtersRef = useRef(filters);
  useEffect(() => {
    sizeByRef.current = sizeBy;
    filtersRef.current = filters;
  }, [sizeBy, filters]);

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

  const fail = useCallback((e: unknown) => {
    if (e instanceof ApiError && e.unavailable) return; // The banner says it.
    if ((e as Error).name === 'AbortError') return;
    setError((e as Error).message);
  }, []);

  const run = useCallback(
    async (label: string, work: () => Promise<void>) => {
      setBusy(label);
      setError(null);
      try {
        await work();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(null);
      }
    },
    [fail],
  );

  const addSubgraph = useCallback(
    (subgraph: Subgraph, mode: 'add' | 'replace', anchor?: string): string[] => {
      const result = mergeSubgraph(graph, subgraph, { mode, anchor });
      if (sizeByRef.current === 'degree') applySizes(graph, 'degree');
      if (mode === 'replace') setMore({});
      if (result.addedNodes.length > 0 || mode === 'replace') setAddedAt(Date.now());
      setIsOverview(false);
      bump();
      return result.addedNodes;
    },
    [graph, bump],
  );

  /** Fetches the edges from the nodes just added to everything in view. */
  const connect = useCallback(
    async (added: string[]) => {
      const fresh = added.filter((k) => graph.hasNode(k));
      if (fresh.length === 0 || graph.order < 2) return;
      const edges = await api.subgraph(fresh, true, graph.nodes());
      mergeSubgraph(graph, edges, { mode: 'add' });
      bump();
    },
    [graph, bump],
  );

  const loadOverview = useCallback(
    () =>
      run('Loading the overview…', async () => {
        const overview = await api.overview();
        addSubgraph(overview.subgraph, 'replace');
        setIsOverview(true);
        setOverviewWhole(overview.whole);
        setSelected(null);
        setSelectedEdge(null);
      }),
    [run, addSubgraph],
  );

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
        setSelected(key);
        setSelectedEdge(null);
      }),
    [run, isOverview, graph, addSubgraph, connect],
  );

  const expand = useCallback(
    (key: string, loadMore = false, depth: 1 | 2 = 1) =>
      run('Expanding…', async () => {
        const skip = loadMore ? (more[key]?.next ?? 0) : 0;
        const answer = await api.neighbourhood(key, {
          depth,
          skip,
          limit: EXPAND_LIMIT,
          filters: filtersRef.current,
        });
        const added = addSubgraph(answer.subgraph, 'add', key);
        await connect(added);
        setMore((m) => ({ ...m, [key]: { leftOut: answer.leftOut, next: answer.skip + answer.returned } }));
      }),
    [run, more, addSubgraph, connect],
  );

  const select = useCallback((key: string | null) => {
    setSelected(key);
    if (key) setSelectedEdge(null);
  }, []);
  const selectEdge = useCallback((key: string | null) => {
    setSelectedEdge(key);
    if (key) setSelected(null);
  }, []);

  const remove = useCallback(
    (key: string) => {
      removeNodes(graph, [key]);
      setSelected((s) => (s === key ? null : s));
      bump();
    },
    [graph, bump],
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
    setMore({});
    setSelected(null);
    setSelectedEdge(null);
    setIsOverview(false);
    bump();
  }, [graph, bump]);

  const changeSizeBy = useCallback(
    (by: 'mentions' | 'degree') => {
      setSizeBy(by);
      applySizes(graph, by);
      bump();
    },
    [graph, bump],
  );

  // Reopen the view in the URL, or show the overview.
  const restore = useCallback(async () => {
    const state = initial.current;
    if (state.nodes.length === 0) {
      await loadOverview();
    } else {
      await run('Reopening the view…', async () => {
        const subgraph = await api.subgraph(state.nodes);
        // Keep the URL's order, so the view (and its URL) come back exactly.
        const order = new Map(state.nodes.map((k, i) => [k, i]));
        subgraph.nodes.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
        addSubgraph(subgraph, 'replace');
        state.pinned.forEach((k) => setPinned(graph, k, true));
        setHidden(graph, state.hidden, true);
        if (state.sizeBy === 'degree') applySizes(graph, 'degree');
        bump();
      });
    }
    if (graph.order > 0 || state.nodes.length === 0) setRestored(true);
  }, [graph, run, loadOverview, addSubgraph, bump]);

  const restoring = useRef(false);
  useEffect(() => {
    if (restoring.current) return;
    restoring.current = true;
    void restore().finally(() => {
      restoring.current = false;
    });
  }, [restore]);

  // The database banner: shown on any 503, then the health check polls until Neo4j answers again.
  useEffect(() => onUnavailable((e) => setDatabaseDown(e.message)), []);
  useEffect(() => {
    let cancelled = false;
    const check = async (): Promise<void> => {
      try {
        await api.health();
        if (!cancelled) setDatabaseDown(null);
      } catch {
        // onUnavailable set the banner.
      }
    };
    const id = window.setInterval(() => void check(), databaseDown ? 1500 : 5000);
    return () => {
      cancelled = true;
      window.clearInterval(id);
    };
  }, [databaseDown]);
  // Back from an outage with nothing restored yet: try again.
  useEffect(() => {
    if (!databaseDown && !restored && !restoring.current && version >= 0) {
      const id = window.setTimeout(() => {
        if (!restoring.current && graph.order === 0) {
          restoring.current = true;
          void restore().finally(() => {
            restoring.current = false;
          });
        }
      }, 100);
      return () => window.clearTimeout(id);
    }
    return undefined;
  }, [databaseDown, restored, restore, graph, version]);

  // The URL holds the view.
  useEffect(() => {
    if (!restored) return;
    const state: ViewState = {
      nodes: graph.nodes(),
      selected,
      selectedEdge,
      filters,
      pinned: graph.filterNodes((_, a) => a.pinned === true),
      hidden: graph.filterNodes((_, a) => a.hidden === true),
      sizeBy,
    };
    const search =
      isOverview && !selected && !selectedEdge
        ? serializeViewState({ ...state, nodes: [], pinned: [], hidden: [] })
        : serializeViewState(state);
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [restored, version, selected, selectedEdge, filters, sizeBy, graph, isOverview]);

  const visibility = useMemo(() => visibleElements(graph, filters), [graph, filters, version]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    graph,
    version,
    visibility,
    filters,
    setFilters,
    selected,
    selectedEdge,
    select,
    selectEdge,
    sizeBy,
    setSizeBy: changeSizeBy,
    more,
    busy,
    error,
    dismissError: () => setError(null),
    databaseDown,
    restored,
    isOverview,
    overviewWhole,
    addedAt,
    addSubgraph,
    openNode,
    expand,
    remove,
    toggleHidden,
    showAll,
    togglePinned,
    clear,
    loadOverview,
  };
}

export { DEFAULT_FILTERS };
