/*
 * Reopening the view a link holds (its nodes where they were, pins, hidden nodes, sizes, camera), a
 * saved view by its id (`?view=abc123`), or the overview when it holds none; and the view of a history
 * entry when Back or Forward is pressed. Tried again when the database comes back after an outage left
 * the view empty. Returns whether the first view has been restored (until then the URL is not written).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { parseViewState, withKeptView, type ViewState } from '../core/url-state/utils.ts';
import type { Run } from './useActivity.ts';
import type { ViewGraphControl } from './useViewGraph.ts';

export interface RestoreOptions {
  /** The view the URL held when the page opened. */
  initial: ViewState;
  view: Pick<ViewGraphControl, 'graph' | 'version' | 'loadOverview' | 'openView'>;
  run: Run;
  databaseDown: string | null;
  /** Puts the parts of a view that live outside the graph back: selection, filters, open source. */
  applyExtras(state: ViewState): void;
  /** Told when reopening a view from the URL or the history begins (true) and ends (false). */
  reopening(underway: boolean): void;
}

/** The view a URL or history entry stands for, reading a kept view from the server. */
async function resolveView(state: ViewState): Promise<ViewState> {
  if (!state.savedView) return state;
  const saved = await api.views.load(state.savedView);
  return withKeptView(state, parseViewState(saved.search));
}

export function useRestore({ initial, view, run, databaseDown, applyExtras, reopening }: RestoreOptions): boolean {
  const { graph, version, loadOverview, openView } = view;
  const [restored, setRestored] = useState(false);

  /** Opens a view: its graph (or the overview), then its selection, filters and source. */
  const open = useCallback(
    async (wanted: ViewState) => {
      reopening(true);
      let state = wanted;
      try {
        await run('Reopening the view…', async () => {
          state = await resolveView(wanted);
        });
        // A view the user began while the first overview loaded is theirs: neither it nor its selection is replaced.
        let shown = true;
        if (state.nodes.length === 0) shown = await loadOverview(false);
        else await openView(state);
        if (shown) applyExtras(state);
      } finally {
        reopening(false);
      }
      return state;
    },
    [run, loadOverview, openView, applyExtras, reopening],
  );

  const restore = useCallback(async () => {
    const state = await open(initial);
    if (graph.order > 0 || state.nodes.length === 0) setRestored(true);
  }, [initial, graph, open]);

  const restoring = useRef(false);
  const restoreOnce = useCallback(() => {
    restoring.current = true;
    void restore().finally(() => {
      restoring.current = false;
    });
  }, [restore]);

  // The view of the link, once, when the page opens.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    restoreOnce();
  }, [restoreOnce]);

  // Back and Forward: the history entry holds the whole view (positions included), else its URL does.
  useEffect(() => {
    const onPop = (event: PopStateEvent): void => {
      const held = (event.state as { view?: unknown } | null)?.view;
      void open(parseViewState(typeof held === 'string' ? held : window.location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [open]);

  // Back from an outage with nothing restored yet: try again.
  useEffect(() => {
    if (!databaseDown && !restored && !restoring.current && version >= 0) {
      const id = window.setTimeout(() => {
        if (!restoring.current && graph.order === 0) restoreOnce();
      }, 100);
      return () => window.clearTimeout(id);
    }
    return undefined;
  }, [databaseDown, restored, restoreOnce, graph, version]);

  return restored;
}
