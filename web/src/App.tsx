/*
 * The explorer: search and overview, the graph with its legend, filters and timeline, the source
 * view, undo/redo, and the right column's tabs (Details, Claims, Path, Queries, What's new,
 * Decisions: the analyst's panels, see AnalystTabs). Provides the ExplorerContext (graph, what is
 * shown, sigma, selection, addSubgraph, the last query, the co-mentions export option) to every
 * panel, the queries and export panels included. Keyboard: "/" focuses search, Esc closes the source
 * view or Details (in the Cypher editor it closes completion only, and the editor keeps the focus),
 * Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type Sigma from 'sigma';
import { ExplorerContext, type Explorer } from './core/view/explorer-context.ts';
import type { EdgeAttrs, NodeAttrs } from './core/view/types.ts';
import { summaryText } from './core/filters/utils.ts';
import { filtersActive } from '#model/filters.ts';
import { useExplorerState } from './hooks/useExplorerState.ts';
import { useForceAtlas2 } from './hooks/useForceAtlas2.ts';
import { GraphView } from './views/graph/GraphView.tsx';
import { SearchBox } from './components/SearchBox.tsx';
import { DetailsPanel } from './components/DetailsPanel.tsx';
import { FiltersPanel } from './components/FiltersPanel.tsx';
import { Legend } from './components/Legend.tsx';
import { Timeline } from './components/Timeline.tsx';
import { DatabaseBanner } from './components/Banner.tsx';
import { PanelBoundary } from './components/PanelBoundary.tsx';
import { SourceView } from './components/SourceView.tsx';
import { UndoControls } from './components/UndoControls.tsx';
import { ExportMenu } from './export/ExportMenu.tsx';
import type { QueryRun } from './export/export-options.ts';
import { useAnalyst } from './hooks/useAnalyst.ts';
import { AnalystTabs, renderEntityActions } from './views/analyst/AnalystTabs.tsx';
import { hasStoredMetrics } from './core/metrics/utils.ts';

/** Whether a key press goes to a text field (or the Cypher editor), where shortcuts must not fire. */
function typingIn(target: EventTarget | null): target is HTMLElement {
  const el = target as HTMLElement | null;
  return Boolean(
    el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable),
  );
}

export function App() {
  const [sigma, setSigma] = useState<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const [movedAt, setMovedAt] = useState(0);
  const moved = useCallback(() => setMovedAt(Date.now()), []);
  const state = useExplorerState({ sigma, movedAt });
  const layout = useForceAtlas2(state.graph, moved);
  const [resetAt, setResetAt] = useState(0);
  const [showFilters, setShowFilters] = useState(true);
  const [lastQuery, setLastQuery] = useState<QueryRun | null>(null);
  const [coMentions, setCoMentions] = useState(true);
  const searchRef = useRef<HTMLInputElement>(null);
  const { graph, addSubgraph, select, selectEdge, expand, openNode, undo, redo, openSource } = state;
  const analyst = useAnalyst(state);
  const { showTab, closeSentence } = analyst;
  /** Selecting a node (in the graph or a panel) shows its Details. */
  const selectNode = useCallback(
    (key: string | null) => {
      if (key) {
        closeSentence();
        showTab('details');
      }
      select(key);
    },
    [select, closeSentence, showTab],
  );

  // Run the layout a little after nodes arrive; frame the view when the whole view changed.
  const { runFor, stop } = layout;
  useEffect(() => {
    if (state.addedAt === 0) return undefined;
    // Start the worker after the new nodes are drawn, not before.
    const id = window.setTimeout(() => runFor(graph.order > 500 ? 4000 : 1500), 30);
    return () => window.clearTimeout(id);
  }, [state.addedAt, runFor, graph]);
  useEffect(() => {
    if (state.addedAt === 0) return undefined;
    const id = window.setTimeout(() => setResetAt(Date.now()), 1600);
    return () => window.clearTimeout(id);
  }, [state.addedAt]);
  // A reopened view keeps its positions: no layout moves them.
  useEffect(() => {
    if (state.cameraRequest) stop(false);
  }, [state.cameraRequest, stop]);

  const explorer = useMemo<Explorer>(
    () => ({
      graph,
      visibility: state.visibility,
      sigma,
      selection: state.selected ? [state.selected] : [],
      addSubgraph: (subgraph, mode) =>
        addSubgraph(
          subgraph,
          mode,
          undefined,
          mode === 'replace' ? 'replace the view with a query result' : 'add a query result',
        ),
      lastQuery,
      setLastQuery,
      coMentions,
      setCoMentions,
    }),
    [graph, state.visibility, sigma, state.selected, addSubgraph, lastQuery, coMentions],
  );

  // Keyboard: "/" focuses the search, Esc closes the source view or Details, Ctrl+Z / Ctrl+Shift+Z undo and redo.
  // A layout effect: the listener knows the source view is open before the view is painted, so an Esc
  // pressed as soon as it shows closes it (with a plain effect, that Esc went to the stale listener).
  const sourceOpen = state.source !== null;
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const typing = typingIn(e.target);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.key === 'Escape') {
        // In the Cypher editor, Esc closes its completion and nothing else; the editor keeps the focus.
        if (e.defaultPrevented || (e.target as HTMLElement | null)?.closest?.('.cm-editor')) return;
        if (sourceOpen) openSource(null);
        else {
          select(null);
          selectEdge(null);
        }
        if (typing) e.target.blur();
      } else if ((e.ctrlKey || e.metaKey) && !typing && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
        e.preventDefault();
        if (e.key === 'y' || e.shiftKey) redo();
        else undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select, selectEdge, undo, redo, sourceOpen, openSource]);

  const [depth, setDepth] = useState<1 | 2>(1);
  const onExpand = useCallback((key: string) => void expand(key, false, depth), [expand, depth]);
  const onMore = useCallback((key: string) => void expand(key, true, depth), [expand, depth]);
  const onOpen = useCallback((key: string) => void openNode(key), [openNode]);
  const { setSizeBy, sizeBy } = state;
  const onPinned = useCallback(() => {
    setSizeBy(sizeBy);
    moved();
  }, [setSizeBy, sizeBy, moved]);
  const onSpread = useCallback(() => layout.spread(), [layout]);
  const empty = state.restored && graph.order === 0 && !state.busy;
  return (
    <ExplorerContext.Provider value={explorer}>
      <div className="app">
        <header className="topbar">
          <h1>newsgraph</h1>
          <SearchBox inputRef={searchRef} onPick={analyst.pick} />
          <div className="toolbar" role="toolbar" aria-label="View">
            <UndoControls undoLabel={state.undoLabel} redoLabel={state.redoLabel} onUndo={undo} onRedo={redo} />
            <button
              type="button"
              aria-pressed={layout.running}
              onClick={() => (layout.running ? layout.stop() : layout.start())}
            >
              {layout.running ? 'Stop layout' : 'Start layout'}
            </button>
            <button type="button" onClick={onSpread}>
              Spread nodes
            </button>
            <button type="button" onClick={() => setResetAt(Date.now())}>
              Fit view
            </button>
            <button type="button" onClick={() => void state.loadOverview()}>
              Overview
            </button>
            <button type="button" onClick={() => void analyst.showContested()}>
              Most contested
            </button>
            {analyst.highlight && (
              <button type="button" onClick={analyst.clearHighlight}>
                Clear highlight
              </button>
            )}
            <button type="button" onClick={state.clear} disabled={graph.order === 0}>
              Clear view
            </button>
            <button type="button" onClick={state.showAll} disabled={!graph.someNode((_, a) => a.hidden === true)}>
              Show hidden
            </button>
            <button type="button" aria-pressed={showFilters} onClick={() => setShowFilters((s) => !s)}>
              Filters{filtersActive(state.filters) ? ' (on)' : ''}
            </button>
            <PanelBoundary name="Export">
              <ExportMenu />
            </PanelBoundary>
          </div>
        </header>
        <DatabaseBanner message={state.databaseDown} />
        {state.error && (
          <div className="error-bar" role="alert">
            {state.error}{' '}
            <button type="button" onClick={state.dismissError}>
              Dismiss
            </button>
          </div>
        )}
        {state.undoLabel === 'clear the view' && graph.order === 0 && (
          <div className="notice-bar" role="status" aria-label="View cleared">
            The view was cleared.{' '}
            <button type="button" onClick={undo}>
              Undo
            </button>
          </div>
        )}
        <main className="main">
          <aside className="side left">
            {showFilters && (
              <FiltersPanel filters={state.filters} onChange={state.setFilters} graph={graph} version={state.version} />
            )}
          </aside>
          <div className="stage">
            <Legend
              sizeBy={state.sizeBy}
              colorBy={state.colorBy}
              legend={state.legend}
              stored={hasStoredMetrics(graph)}
              onSizeBy={state.setSizeBy}
              onColorBy={state.setColorBy}
            />
            <div className="graph-area">
              <PanelBoundary name="The graph">
                <GraphView
                  graph={graph}
                  version={state.version}
                  visibility={state.visibility}
                  selected={state.selected}
                  selectedEdge={state.selectedEdge}
                  more={state.more}
                  resetAt={resetAt}
                  cameraRequest={state.cameraRequest}
                  highlight={analyst.highlightSets}
                  onMoved={moved}
                  onSigma={setSigma}
                  onSelect={selectNode}
                  onSelectEdge={selectEdge}
                  onExpand={onExpand}
                  onPinned={onPinned}
                />
              </PanelBoundary>
              <div className="stage-status">
                <output role="status" aria-label="Graph summary" aria-live="polite">
                  {summaryText(state.visibility)}
                </output>
                {state.isOverview && (
                  <span className="muted">
                    {' '}
                    · {state.overviewWhole ? 'the whole graph' : 'overview: the most central actors and events'}
                  </span>
                )}
                {state.busy && (
                  <span className="busy" role="progressbar" aria-label={state.busy}>
                    {' '}
                    {state.busy}
                  </span>
                )}
              </div>
              {empty && (
                <div className="empty">
                  <p>Nothing in view.</p>
                  <p>Search for a name (press /), or show the overview.</p>
                </div>
              )}
              {state.source && (
                <PanelBoundary name="The source">
                  <SourceView sentenceId={state.source} onClose={() => openSource(null)} />
                </PanelBoundary>
              )}
            </div>
          </div>
          <aside className="side right">
            <AnalystTabs
              analyst={analyst}
              state={state}
              onSelect={selectNode}
              details={
                <>
                  <PanelBoundary name="Details">
                    <DetailsPanel
                      graph={graph}
                      version={state.version}
                      selected={state.selected}
                      selectedEdge={state.selectedEdge}
                      more={state.selected ? state.more[state.selected] : undefined}
                      busy={state.busy !== null}
                      online={state.databaseDown === null}
                      onExpand={onExpand}
                      depth={depth}
                      onDepth={setDepth}
                      onMore={onMore}
                      onTogglePinned={state.togglePinned}
                      onToggleHidden={state.toggleHidden}
                      onRemove={state.remove}
                      onClose={() => {
                        select(null);
                        selectEdge(null);
                      }}
                      onSelect={selectNode}
                      onOpen={onOpen}
                      onOpenSource={openSource}
                      renderActions={renderEntityActions(analyst, state.busy !== null)}
                    />
                  </PanelBoundary>
                  {!state.selected && !state.selectedEdge && !analyst.sentence && graph.order > 0 && (
                    <p className="hint muted">
                      Click a node or an edge to see its sources; double-click a node to expand it.
                    </p>
                  )}
                </>
              }
            />
          </aside>
        </main>
        <Timeline graph={graph} version={state.version} filters={state.filters} onChange={state.setFilters} />
      </div>
    </ExplorerContext.Provider>
  );
}
