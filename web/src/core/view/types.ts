/*
 * The explorer's graph types, declared once: the model graph of what is in view
 * (Graph<NodeAttrs, EdgeAttrs>) that sigma draws through reducers.
 */
import type Graph from 'graphology';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The main kind: Person, State, Organisation, Place, Event, Allegation, Article, Sentence, or the first label. */
  kind: string;
  labels: string[];
  properties: Record<string, unknown>;
  pinned?: boolean;
  hidden?: boolean;
  /** ForceAtlas2 leaves a fixed node where it is; the explorer sets it with `pinned`. */
  fixed?: boolean;
}

export interface EdgeAttrs {
  type: string;
  label: string;
  size: number;
  color: string;
  properties: Record<string, unknown>;
}

export type ViewGraph = Graph<NodeAttrs, EdgeAttrs>;
