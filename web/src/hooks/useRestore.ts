/*
 * Reopening the view a URL holds (its nodes, pins, hidden nodes and sizes), or the overview when it
 * holds none; tried again when the database comes back after an outage left the view empty.
 * Returns whether the view has been restored (until then the URL is not written).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { applyUrlView, inUrlOrder, type ViewState } from '../core/url-state/utils.ts';
import type { Run } from './useActivity.ts';
import type { ViewGraphControl } from './useViewGraph.ts';

export interface RestoreOptions {
  /** The view the URL held when the page opened. */
  initial: ViewState;
  view: Pick<ViewGraphControl, 'graph' | 'version' | 'addSubgraph' | 'loadOverview' | 'bump'>;
  run: Run;
  databaseDown: string | null;
}

export function useRestore({ initial, view, run, databaseDown }: RestoreOptions): boolean {
  const { graph, version, addSubgraph, loadOverview, bump } = view;
  const [restored, setRestored] = useState(false);

  const restore = useCallback(async () => {
    if (initial.nodes.length === 0) {
      await loadOverview();
    } else {
      await run('Reopening the view…', async () => {
        addSubgraph(inUrlOrder(await api.subgraph(initial.nodes), initial.nodes), 'replace');
        applyUrlView(graph, initial);
        bump();
      });
    }
    if (graph.order > 0 || initial.nodes.length === 0) setRestored(true);
  }, [initial, graph, run, loadOverview, addSubgraph, bump]);

  const restoring = useRef(false);
  const restoreOnce = useCallback(() => {
    restoring.current = true;
    void restore().finally(() => {
      restoring.current = false;
    });
  }, [restore]);

  useEffect(() => {
    if (!restoring.current) restoreOnce();
  }, [restoreOnce]);

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
