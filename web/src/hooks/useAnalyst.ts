/*
 * The analyst's actions beside the graph (core/analyst for the state and its producers): open
 * what search found (a node, or a sentence with its facts), find paths and add them to the view
 * highlighted, show claims and the "most contested" overview, show or limit the view to what a load
 * changed, and make or undo same-or-different decisions (the view is refreshed after each).
 */
import { useCallback, useMemo, useState } from 'react';
import type { ContestedClaim } from '#model/analyst-api.ts';
import type { DecisionInput } from '#model/decisions.ts';
import { api } from '../api/client.ts';
import {
  INITIAL_ANALYST,
  analystActions,
  type AnalystState,
  type Highlight,
  type SideTab,
} from '../core/analyst/index.ts';
import type { SearchPick } from '../core/search/utils.ts';
import type { ExplorerState } from './useExplorerState.ts';
import { useProducers } from './useProducers.ts';

export interface AnalystControl extends AnalystState {
  /** The highlight as sets, for the reducers. */
  highlightSets: { nodes: Set<string>; edges: Set<string> } | null;
  contested: ContestedClaim[] | null;
  /** Bumped after each decision, so the panels that list decisions reload. */
  decisionsVersion: number;
  showTab(tab: SideTab): void;
  pick(pick: SearchPick): void;
  closeSentence(): void;
  showClaims(key: string): void;
  findPath(from: string, to: string): Promise<void>;
  clearPath(): void;
  /** Adds nodes to the view (the overview is replaced) and highlights them. */
  showHighlighted(keys: string[], reason: Highlight['reason']): Promise<void>;
  /** Replaces the view with these nodes. */
  limitTo(keys: string[]): Promise<void>;
  clearHighlight(): void;
  showContested(): Promise<void>;
  decide(input: DecisionInput): Promise<boolean>;
  undo(id: string, by: string): Promise<boolean>;
}

export function useAnalyst(explorer: ExplorerState): AnalystControl {
  const [state, actions] = useProducers(INITIAL_ANALYST, analystActions);
  const [contested, setContested] = useState<ContestedClaim[] | null>(null);
  const [decisionsVersion, setDecisionsVersion] = useState(0);
  const { run, openNode, showNodes, addConnected, addSubgraph, graph, select } = explorer;

  const pick = useCallback(
    (p: SearchPick) => {
      if (p.type === 'node') {
        actions.closeSentence();
        actions.showTab('details');
        void openNode(p.key);
      } else {
        select(null);
        actions.openSentence(p.id);
      }
    },
    [actions, openNode, select],
  );

  const showHighlighted = useCallback(
    async (keys: string[], reason: Highlight['reason']) => {
      await showNodes(keys);
      actions.highlighted({ reason, nodes: keys.filter((k) => graph.hasNode(k)), edges: [] });
    },
    [showNodes, actions, graph],
  );

  const findPath = useCallback(
    (from: string, to: string) =>
      run('Finding paths…', async () => {
        const answer = await api.analyst.paths(from, to);
        if (answer.subgraph.nodes.length > 0) await addConnected(answer.subgraph, 'show the paths');
        actions.pathFound(answer);
      }),
    [run, addConnected, actions],
  );

  const limitTo = useCallback(
    (keys: string[]) =>
      run('Showing only these…', async () => {
        addSubgraph(await api.subgraph(keys), 'replace', undefined, 'show only these');
        actions.highlighted(null);
      }),
    [run, addSubgraph, actions],
  );

  const showContested = useCallback(
    () =>
      run('Loading the most contested claims…', async () => {
        const answer = await api.analyst.contested();
        addSubgraph(answer.subgraph, 'replace', undefined, 'show the most contested claims');
        setContested(answer.ranked);
        actions.highlighted(null);
        actions.showTab('claims');
      }),
    [run, addSubgraph, actions],
  );

  /** After a decision: the view's nodes again from the graph (merged-away ones gone), in place, plus `extra`. */
  const refreshView = useCallback(
    async (extra: string[]) => {
      const keys = [...new Set([...graph.nodes(), ...extra])];
      const fresh = await api.subgraph(keys);
      const keep = new Set(fresh.nodes.map((n) => n.key));
      graph.clearEdges();
      graph.forEachNode((key) => {
        if (!keep.has(key)) graph.dropNode(key);
      });
      addSubgraph(fresh, 'add');
    },
    [graph, addSubgraph],
  );

  const decide = useCallback(
    async (input: DecisionInput): Promise<boolean> => {
      let done = false;
      await run('Applying the decision…', async () => {
        const rule = await api.analyst.decide(input);
        setDecisionsVersion((v) => v + 1);
        const kept = rule.action === 'merge' ? rule.into.id : rule.entity.id;
        await refreshView([kept, rule.into.id]);
        select(kept);
        done = true;
      });
      return done;
    },
    [run, refreshView, select],
  );

  const undo = useCallback(
    async (id: string, by: string): Promise<boolean> => {
      let done = false;
      await run('Undoing the decision…', async () => {
        const { rule } = await api.analyst.undo(id, by);
        setDecisionsVersion((v) => v + 1);
        await refreshView(rule.action === 'merge' ? [rule.from.id, rule.into.id] : [rule.entity.id]);
        done = true;
      });
      return done;
    },
    [run, refreshView],
  );

  const highlightSets = useMemo(
    () => (state.highlight ? { nodes: new Set(state.highlight.nodes), edges: new Set(state.highlight.edges) } : null),
    [state.highlight],
  );

  return {
    ...state,
    highlightSets,
    contested,
    decisionsVersion,
    showTab: actions.showTab,
    pick,
    closeSentence: actions.closeSentence,
    showClaims: actions.showClaims,
    findPath,
    clearPath: actions.pathCleared,
    showHighlighted,
    limitTo,
    clearHighlight: () => actions.highlighted(null),
    showContested,
    decide,
    undo,
  };
}
