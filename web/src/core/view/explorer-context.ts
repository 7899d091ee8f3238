/*
 * What the explorer shares with its panels (queries, export, details): the model graph in view and
 * what of it is shown, the sigma instance, the selection, the one way to put query results into the
 * view, and the last query run (for a one-click export of its result).
 */
import { createContext, useContext } from 'react';
import type Sigma from 'sigma';
import type { Subgraph } from '#model/subgraph.ts';
import type { Visibility } from '../filters/utils.ts';
import type { QueryRun } from '../../export/export-options.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './types.ts';

export interface Explorer {
  /** The model graph of what is in view (positions, colours and sizes included). */
  graph: ViewGraph;
  /** The nodes and edges shown (filters and hidden nodes applied). */
  visibility: Visibility;
  /** The sigma renderer, once mounted (for PNG/SVG export and camera). */
  sigma: Sigma<NodeAttrs, EdgeAttrs> | null;
  /** Keys of the selected nodes. */
  selection: string[];
  /** Puts a subgraph into the view: added to what is there, or replacing it (one undoable step). */
  addSubgraph(subgraph: Subgraph, mode: 'add' | 'replace'): void;
  /** The last query run in the Queries panel, or null. */
  lastQuery: QueryRun | null;
  setLastQuery(run: QueryRun | null): void;
  /** The one export option for co-mentions: every export, from any panel, includes them or leaves them out. */
  coMentions: boolean;
  setCoMentions(include: boolean): void;
}

export const ExplorerContext = createContext<Explorer | null>(null);

/** The explorer around this component; throws outside one. */
export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer: no ExplorerContext above this component');
  return explorer;
}
