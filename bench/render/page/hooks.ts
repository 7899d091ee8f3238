/* What a renderer on the bench page reports: its first drawing, and its layout settling. */
import type { Subgraph } from '#model/subgraph.ts';

export interface RenderHooks {
  /** The renderer has issued its first drawing of the graph, with how many nodes and edges it holds (the page marks the next frame). */
  drawn(counts: { nodes: number; edges: number }): void;
  /** The renderer's layout has stopped moving nodes. */
  settled(): void;
  /** Hands over the renderer's camera: zoom by a factor and pan by a fraction of the view, through its own API. */
  camera(move: (zoomFactor: number, panX: number, panY: number) => void): void;
}

export type Mount = (container: HTMLElement, subgraph: Subgraph, hooks: RenderHooks) => void;
