/*
 * What sigma draws for each node and edge, derived from the model graph without changing it:
 * filters and hidden nodes, hover highlighting (the hovered node and its neighbours stay, the rest
 * fades), the selection, a highlight (a path, a sentence's facts, what a load changed: they stand
 * out and the rest fades), "+N more" hints, shortened labels (in full when hovered or selected), edge
 * labels only where they help (around the hovered or selected node, on the selected or highlighted
 * edge, or when zoomed in), and the edge program: straight or curved (parallel edges), with an arrow
 * for directed relations and none for co-mentions. Pure functions; the ReducersController hands them to sigma.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { CO_MENTIONED } from '#model/filters.ts';
import type { Visibility } from '../filters/utils.ts';
import { leftOutText, type MoreToLoad } from './index.ts';
import { shortenLabel } from './labels.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './types.ts';

export interface ReducerContext {
  graph: ViewGraph;
  visibility: Visibility;
  hovered: string | null;
  /** The hovered node and its neighbours. */
  hoverSet: Set<string> | null;
  selected: string | null;
  selectedEdge: string | null;
  more: Record<string, Pick<MoreToLoad, 'leftOut' | 'exact'>>;
  /** Curvatures of parallel edges (core/view/curves.ts); edges not in it are straight. */
  curvatures?: Map<string, number>;
  /** Zoomed in far enough for every edge label to be readable. */
  zoomedIn?: boolean;
  /** Nodes and edges drawn highlighted, the rest faded; null for none. */
  highlight?: { nodes: Set<string>; edges: Set<string> } | null;
}

/** The edge programs GraphView registers, by name. */
export const EDGE_PROGRAMS = { line: 'line', arrow: 'arrow', curve: 'curve', curvedArrow: 'curvedArrow' } as const;

const FADED = '#e6e8eb';
/** The colour of highlighted edges (a path's steps). */
export const HIGHLIGHT_EDGE = '#e8590c';

/** Edge display data with the curvature @sigma/edge-curve reads. */
export type ViewEdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };

/** The set of a node and its neighbours. */
export function neighbourhoodOf(graph: ViewGraph, key: string | null): Set<string> | null {
  if (!key || !graph.hasNode(key)) return null;
  return new Set([key, ...graph.neighbors(key)]);
}

/** The display data of a node. */
export function reduceNode(ctx: ReducerContext, key: string, attrs: NodeAttrs): Partial<NodeDisplayData> {
  const more = ctx.more[key];
  const full = more && more.leftOut > 0 ? `${attrs.label} (${leftOutText(more)})` : attrs.label;
  const display: Partial<NodeDisplayData> = {
    x: attrs.x,
    y: attrs.y,
    size: attrs.size,
    color: attrs.color,
    label: shortenLabel(full),
    hidden: !ctx.visibility.nodes.has(key),
  };
  if (ctx.highlight?.nodes.has(key)) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 1;
  } else if (ctx.highlight) {
    display.color = FADED;
    display.label = '';
  }
  if (ctx.hoverSet && !ctx.hoverSet.has(key)) {
    display.color = FADED;
    display.label = '';
    display.zIndex = 0;
  } else if (ctx.hoverSet) display.zIndex = 1;
  if (key === ctx.selected || key === ctx.hovered) {
    display.label = full;
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 2;
  }
  return display;
}

/** The program an edge is drawn with: curved when it has parallel edges, an arrow unless it is a co-mention. */
export function edgeProgram(type: string, curvature: number | undefined): string {
  const directed = type !== CO_MENTIONED;
  if (curvature) return directed ? EDGE_PROGRAMS.curvedArrow : EDGE_PROGRAMS.curve;
  return directed ? EDGE_PROGRAMS.arrow : EDGE_PROGRAMS.line;
}

/** The display data of an edge. */
export function reduceEdge(
  ctx: ReducerContext,
  key: string,
  attrs: EdgeAttrs,
  source: string,
  target: string,
): ViewEdgeDisplay {
  const curvature = ctx.curvatures?.get(key);
  const display: ViewEdgeDisplay = {
    size: attrs.size,
    color: attrs.color,
    label: '',
    type: edgeProgram(attrs.type, curvature),
    hidden: !ctx.visibility.edges.has(key),
    ...(curvature !== undefined && { curvature }),
  };
  const touchesHovered = ctx.hovered !== null && (source === ctx.hovered || target === ctx.hovered);
  const touchesSelected = ctx.selected !== null && (source === ctx.selected || target === ctx.selected);
  // Co-mentions are many: their labels show only around the hovered or selected node.
  if (touchesHovered || touchesSelected || (ctx.zoomedIn && attrs.type !== CO_MENTIONED)) display.label = attrs.label;
  if (ctx.highlight?.edges.has(key)) {
    display.color = HIGHLIGHT_EDGE;
    display.size = (attrs.size ?? 1) + 2;
    display.label = attrs.label;
    display.forceLabel = true;
    display.zIndex = 1;
  } else if (ctx.highlight && !(ctx.highlight.nodes.has(source) && ctx.highlight.nodes.has(target))) {
    display.color = FADED;
    display.label = '';
  }
  if (ctx.hovered && !touchesHovered) {
    display.color = FADED;
    display.label = '';
  } else if (touchesHovered) display.forceLabel = true;
  if (key === ctx.selectedEdge) {
    display.color = '#111827';
    display.size = (attrs.size ?? 1) + 2;
    display.label = attrs.label;
    display.forceLabel = true;
    display.zIndex = 2;
  }
  return display;
}

/** A display-safe edge before the reducers are set: sigma picks its program by `type`, which here holds the relationship type. */
export function baseEdgeReducer(_key: string, attrs: EdgeAttrs): Partial<EdgeDisplayData> {
  return { size: attrs.size, color: attrs.color, label: '', type: edgeProgram(attrs.type, undefined) };
}
