/*
 * What the export writers read: a GraphSource, which streams nodes and edges (and can be streamed
 * again, since XML and CSV need their attribute keys before the first row), plus the details of the
 * articles it cites. Writers never see the database; scope resolvers build sources from it.
 */
import type { SubgraphEdge, SubgraphNode } from '../subgraph.ts';

/** Where a node is drawn, when the export comes from a view. */
export interface NodeViz {
  x?: number;
  y?: number;
  size?: number;
  /** CSS colour: #rrggbb, #rgb or rgb()/rgba(). */
  color?: string;
}

export interface ExportNode extends SubgraphNode {
  viz?: NodeViz;
}

export interface ExportEdge extends SubgraphEdge {
  /** The end nodes' labels, when the source knows them (the Cypher writer MATCHes on an indexed label). */
  sourceLabels?: string[];
  targetLabels?: string[];
}

/** An article an export cites: what the SOURCES file lists. */
export interface CitedArticle {
  id: string;
  title: string | null;
  /** The outlet. */
  source: string | null;
  publishedAt: string | null;
  url: string | null;
}

/** A scope's graph, streamable any number of times. */
export interface GraphSource {
  /** Short name of the scope for file names: `all`, `node-state-ru`, `query-top-actors`, `view`. */
  readonly scopeName: string;
  nodes(): AsyncIterable<ExportNode>;
  edges(): AsyncIterable<ExportEdge>;
  /** Title, outlet, date and URL of the given articles (those cited but not exported as Article nodes). */
  articles(ids: string[]): Promise<CitedArticle[]>;
}

/** What a writer wrote. */
export interface ExportSummary {
  nodes: number;
  edges: number;
  /** Articles cited (listed in SOURCES where the format carries it). */
  articles: number;
}
