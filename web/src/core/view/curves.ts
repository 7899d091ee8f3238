/*
 * Parallel edges fan out as curves, so each can be seen and clicked: the edges between the same two
 * nodes (in either direction) get curvatures spread evenly around zero; an edge alone stays straight.
 * Pure; the reducers hand the curvature to @sigma/edge-curve's programs.
 */
import type { ViewGraph } from './types.ts';

/** How far apart two neighbouring parallel edges bend (in @sigma/edge-curve's curvature units). */
export const CURVATURE_STEP = 0.45;

/**
 * The curvature of every edge that shares its ends with another one (edges alone are left out).
 * Curvatures are given for the edge's own direction, so an edge and its opposite bend apart too.
 */
export function parallelCurvatures(graph: ViewGraph): Map<string, number> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((key, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = byPair.get(pair);
    if (group) group.push(key);
    else byPair.set(pair, [key]);
  });
  const curvatures = new Map<string, number>();
  for (const group of byPair.values()) {
    if (group.length < 2) continue;
    group.sort();
    group.forEach((key, i) => {
      const offset = i - (group.length - 1) / 2;
      // Measured for the pair's canonical direction; an edge the other way round bends the other way.
      const forward = graph.source(key) < graph.target(key);
      if (offset !== 0) curvatures.set(key, offset * CURVATURE_STEP * (forward ? 1 : -1));
    });
  }
  return curvatures;
}

/** The control point of a curved edge drawn from (x1, y1) to (x2, y2) on screen (y downwards), as sigma draws it. */
export function curveControlPoint(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  curvature: number,
): { x: number; y: number } {
  return { x: (x1 + x2) / 2 + (y2 - y1) * curvature, y: (y1 + y2) / 2 - (x2 - x1) * curvature };
}
