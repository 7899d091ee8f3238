/*
 * The URL holds the view once it is restored, written a moment after it settles: a new place in the
 * browser's history (pushState) when what is in view changed (nodes, pins, hidden nodes, filters,
 * sizes), the same place updated (replaceState) when only positions, the camera, the selection or the
 * open source did. Each history entry keeps the whole view, so Back reopens it exactly. A view too
 * long for a link is kept on the server and the link holds `?view=<id>` with the camera, selection
 * and open source beside it (so panning keeps no new copy).
 */
import { useEffect, useRef, type RefObject } from 'react';
import type Sigma from 'sigma';
import type { Filters } from '#model/filters.ts';
import { api } from '../api/client.ts';
import {
  MAX_LINK_LENGTH,
  historySignature,
  linkSearch,
  serializeViewState,
  splitForSaving,
  viewStateOf,
  type ViewState,
} from '../core/url-state/utils.ts';
import type { ColorBy, SizeBy } from '../core/view/style.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from '../core/view/types.ts';

/** How long the view must stay still before the URL follows it. */
const SETTLE_MS = 250;

export interface UrlSyncOptions {
  restored: boolean;
  graph: ViewGraph;
  version: number;
  /** Bumped when positions or the camera changed (they do not change `version`). */
  movedAt: number;
  sigma: Sigma<NodeAttrs, EdgeAttrs> | null;
  selected: string | null;
  selectedEdge: string | null;
  filters: Filters;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  isOverview: boolean;
  source: string | null;
  /** The current history entry, which whoever reopens a view from the URL or the history resets. */
  entry: RefObject<HistoryEntry>;
}

/** What the URL sync knows of the current history entry. */
export interface HistoryEntry {
  /** Its view's historySignature; null until the first write (which then replaces the entry). */
  signature: string | null;
  /** A view is being reopened: nothing is written until it is. */
  reopening: boolean;
}

/** The camera, and the frame when a drag fixed it. */
function cameraOf(sigma: Sigma<NodeAttrs, EdgeAttrs> | null): Pick<ViewState, 'camera' | 'frame'> {
  if (!sigma) return { camera: null, frame: null };
  const { x, y, ratio, angle } = sigma.getCamera().getState();
  const frame = sigma.getCustomBBox();
  return { camera: { x, y, ratio, angle }, frame: frame ? { x: [...frame.x], y: [...frame.y] } : null };
}

export function useUrlSync(options: UrlSyncOptions): void {
  const {
    restored,
    graph,
    version,
    movedAt,
    sigma,
    selected,
    selectedEdge,
    filters,
    sizeBy,
    colorBy,
    isOverview,
    source,
  } = options;
  const { entry } = options;
  const savedIds = useRef(new Map<string, string>());

  useEffect(() => {
    if (!restored || entry.current.reopening) return undefined;
    let cancelled = false;
    const write = async (): Promise<void> => {
      const state = viewStateOf(graph, {
        selected,
        selectedEdge,
        filters,
        sizeBy,
        colorBy,
        source,
        isOverview,
        ...cameraOf(sigma),
      });
      const whole = serializeViewState(state);
      let shown = linkSearch(state);
      if (shown.length > MAX_LINK_LENGTH) {
        const { kept, link } = splitForSaving(state);
        let id = savedIds.current.get(kept);
        if (!id) {
          try {
            id = (await api.views.save(kept)).id;
            savedIds.current.set(kept, id);
          } catch {
            // The server could not keep it: the link holds the whole view.
          }
        }
        if (id) shown = link(id);
      }
      if (cancelled || entry.current.reopening) return;
      const url = `${window.location.pathname}${shown ? `?${shown}` : ''}`;
      const next = historySignature(state);
      const held = { view: whole };
      const { signature } = entry.current;
      if (signature !== null && signature !== next) window.history.pushState(held, '', url);
      else window.history.replaceState(held, '', url);
      entry.current = { signature: next, reopening: false };
    };
    const id = window.setTimeout(() => void write(), SETTLE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(id);
    };
  }, [
    restored,
    graph,
    version,
    movedAt,
    sigma,
    selected,
    selectedEdge,
    filters,
    sizeBy,
    colorBy,
    isOverview,
    source,
    entry,
  ]);
}
