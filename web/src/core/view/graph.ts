/*
 * The model graph of what is in view, and the pure operations on it: create it, merge a Subgraph
 * into it (new neighbours placed around the node they were expanded from), remove, hide and pin
 * nodes. Functions take the graph first and hold no state. No React here.
 */
import Graph from 'graphology';
import { edgeKey, type Subgraph, type SubgraphEdge, type SubgraphNode } from '#model/subgraph.ts';
import { kindOf, nameOf } from '#model/kinds.ts';
import { edgeColor, edgeLabel, edgeSize, mentionWeight, nodeColor, nodeLabel, sizeFromCount } from './style.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './types.ts';

/** A new, empty view graph: directed, with parallel edges of different types. */
export function createViewGraph(): ViewGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: false });
}

/** The attributes of a node from its Subgraph record (position given). */
export function nodeAttrsFrom(node: SubgraphNode, x: number, y: number): NodeAttrs {
  const kind = kindOf(node.labels);
  const name = nameOf(node.properties, node.key);
  return {
    x,
    y,
    size: sizeFromCount(mentionWeight(node.properties)),
    color: nodeColor(kind, node.properties),
    label: nodeLabel(kind, name, node.properties),
    kind,
    labels: node.labels,
    properties: node.properties,
  };
}

/** The attributes of an edge from its Subgraph record. */
export function edgeAttrsFrom(edge: SubgraphEdge): EdgeAttrs {
  return {
    type: edge.type,
    label: edgeLabel(edge.type, edge.properties),
    size: edgeSize(edge.properties),
    color: edgeColor(edge.type),
    properties: edge.properties,
  };
}

/** The spread of the nodes in view (the larger side of their bounding box), 0 when fewer than two. */
export function graphExtent(graph: ViewGraph): number {
  if (graph.order < 2) return 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Math.max(maxX - minX, maxY - minY);
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for `count` new nodes around (cx, cy): a sunflower spiral starting at `radius`, so
 * 5 or 500 neighbours all sit near their parent without piling up. Deterministic.
 */
export function positionsAround(
  cx: number,
  cy: number,
  count: number,
  radius: number,
  phase = 0,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const r = radius * (1 + 0.35 * Math.sqrt(i));
    const angle = phase + i * GOLDEN_ANGLE;
    out.push({ x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  }
  return out;
}

export interface MergeOptions {
  /** 'add' keeps what is in view; 'replace' clears it first. */
  mode: 'add' | 'replace';
  /** The node the subgraph was expanded from: new nodes are placed around it. */
  anchor?: string;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
  updatedNodes: string[];
}

/**
 * Merges a Subgraph into the view graph. Known nodes keep their position, pin and visibility and
 * get the fresh properties; new nodes go around the anchor, or else around their neighbours already
 * in view, or else on a spiral around the centre. Edges are keyed by type and ends (the model's
 * edgeKey, whatever key they arrived with), so repeated expansions never duplicate them and repeats
 * of one type between two nodes are drawn once; an edge whose ends are not in view is skipped.
 */
export function mergeSubgraph(graph: ViewGraph, subgraph: Subgraph, options: MergeOptions): MergeResult {
  if (options.mode === 'replace') graph.clear();
  const result: MergeResult = { addedNodes: [], addedEdges: [], updatedNodes: [] };
  const fresh: SubgraphNode[] = [];
  for (const node of subgraph.nodes) {
    if (graph.hasNode(node.key)) {
      const kept = graph.getNodeAttributes(node.key);
      const attrs = nodeAttrsFrom(node, kept.x, kept.y);
      graph.mergeNodeAttributes(node.key, { ...attrs, size: kept.size });
      result.updatedNodes.push(node.key);
    } else fresh.push(node);
  }
  const extent = graphExtent(graph);
  const radius = extent > 0 ? Math.max(extent * 0.12, 1) : 10;
  // Group the new nodes by where they go: around the anchor, around a neighbour in view, or the centre.
  const neighbourOf = new Map<string, string>();
  for (const edge of subgraph.edges) {
    if (graph.hasNode(edge.source) && !graph.hasNode(edge.target))
      neighbourOf.set(edge.target, neighbourOf.get(edge.target) ?? edge.source);
    if (graph.hasNode(edge.target) && !graph.hasNode(edge.source))
      neighbourOf.set(edge.source, neighbourOf.get(edge.source) ?? edge.target);
  }
  const groups = new Map<string, SubgraphNode[]>();
  for (const node of fresh) {
    const around = options.anchor && graph.hasNode(options.anchor) ? options.anchor : (neighbourOf.get(node.key) ?? '');
    groups.set(around, [...(groups.get(around) ?? []), node]);
  }
  for (const [around, nodes] of groups) {
    const centre = around ? graph.getNodeAttributes(around) : { x: 0, y: 0 };
    // Existing neighbours of the anchor already use some angles; start the spiral after them.
    const phase = around ? graph.degree(around) * GOLDEN_ANGLE : 0;
    const positions = positionsAround(centre.x, centre.y, nodes.length, around ? radius : Math.max(radius, 10), phase);
    nodes.forEach((node, i) => {
      graph.addNode(node.key, nodeAttrsFrom(node, positions[i]!.x, positions[i]!.y));
      result.addedNodes.push(node.key);
    });
  }
  for (const edge of subgraph.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    const key = edgeKey(edge);
    if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, edgeAttrsFrom(edge));
    else {
      graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edgeAttrsFrom(edge));
      result.addedEdges.push(key);
    }
  }
  return result;
}

/** Removes nodes (and their edges) from the view. */
export function removeNodes(graph: ViewGraph, keys: Iterable<string>): void {
  for (const key of keys) if (graph.hasNode(key)) graph.dropNode(key);
}

/** Hides or shows nodes (they stay in the model; reducers skip them). */
export function setHidden(graph: ViewGraph, keys: Iterable<string>, hidden: boolean): void {
  for (const key of keys) if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { hidden });
}

/** Pins or unpins a node: a pinned node stays where it is when the layout runs. */
export function setPinned(graph: ViewGraph, key: string, pinned: boolean): void {
  if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { pinned, fixed: pinned });
}

/**
 * Sizes nodes by mentions (articles for events and allegations) or by their degree in view. No
 * update hints: nodes added a moment ago are not indexed by sigma yet, and a hinted update would
 * ask it to repaint them in place.
 */
export function applySizes(graph: ViewGraph, by: 'mentions' | 'degree'): void {
  graph.updateEachNodeAttributes((key, attrs) => ({
    ...attrs,
    size: sizeFromCount(by === 'degree' ? graph.degree(key) : mentionWeight(attrs.properties)),
  }));
}

/** The view as a Subgraph again (for export or saving). */
export function toSubgraph(graph: ViewGraph): Subgraph {
  return {
    nodes: graph.mapNodes((key, a) => ({ key, labels: a.labels, properties: a.properties })),
    edges: graph.mapEdges((key, a, source, target) => ({
      key,
      type: a.type,
      source,
      target,
      properties: a.properties,
    })),
  };
}
