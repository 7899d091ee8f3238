/*
 * What the explorer shares with its panels (queries, export, details): the model graph in view,
 * the sigma instance, the selection, and the one way to put query results into the view.
 */
import { createContext, useContext } from 'react';
import type Sigma from 'sigma';
import type { Subgraph } from '#model/subgraph.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './types.ts';

export interface Explorer {
  /** The model graph of what is in view (positions, colours and sizes included). */
  graph: ViewGraph;
  /** The sigma renderer, once mounted (for PNG/SVG export and camera). */
  sigma: Sigma<NodeAttrs, EdgeAttrs> | null;
  /** Keys of the selected nodes. */
  selection: string[];
  /** Puts a subgraph into the view: added to what is there, or replacing it. */
  addSubgraph(subgraph: Subgraph, mode: 'add' | 'replace'): void;
}

export const ExplorerContext = createContext<Explorer | null>(null);

/** The explorer around this component; throws outside one. */
export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer: no ExplorerContext above this component');
  return explorer;
}
