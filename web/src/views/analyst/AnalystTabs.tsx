/*
 * The right column: its tabs (Details, Claims, Path, Queries, What's new, Decisions) with their
 * panels, wired to the explorer's state and the analyst's actions (useAnalyst). Details also shows
 * a sentence opened from search, and the entity actions (claims, paths, same or different).
 */
import type { ReactNode } from 'react';
import type { AnalystControl } from '../../hooks/useAnalyst.ts';
import type { ExplorerState } from '../../hooks/useExplorerState.ts';
import { SideTabs } from '../../components/SideTabs.tsx';
import { PanelBoundary } from '../../components/PanelBoundary.tsx';
import { SentencePanel } from '../../components/SentencePanel.tsx';
import { ClaimsPanel } from '../../components/ClaimsPanel.tsx';
import { PathPanel } from '../../components/PathPanel.tsx';
import { WhatsNewPanel } from '../../components/WhatsNewPanel.tsx';
import { DecisionsPanel } from '../../components/DecisionsPanel.tsx';
import { EntityActions } from '../../components/EntityActions.tsx';
import { QueriesPanel } from '../../queries/QueriesPanel.tsx';
import './analyst.css';

/** The Details panel's extra actions for a node, from the analyst's actions. */
export function renderEntityActions(analyst: AnalystControl, busy: boolean) {
  return (node: { key: string; kind: string; name: string; aliases: string[] }): ReactNode => (
    <EntityActions
      key={node.key}
      entityKey={node.key}
      name={node.name}
      kind={node.kind}
      aliases={node.aliases}
      busy={busy}
      onClaims={analyst.showClaims}
      onFindPath={(from, to) => void analyst.findPath(from, to)}
      onDecide={analyst.decide}
    />
  );
}

export function AnalystTabs({
  analyst,
  state,
  details,
  onSelect,
}: {
  analyst: AnalystControl;
  state: ExplorerState;
  /** The Details panel, as the explorer renders it. */
  details: ReactNode;
  onSelect(key: string): void;
}) {
  const busy = state.busy !== null;
  return (
    <SideTabs
      active={analyst.tab}
      onActive={analyst.showTab}
      panels={{
        details: (
          <>
            {analyst.sentence && (
              <PanelBoundary name="Sentence">
                <SentencePanel
                  id={analyst.sentence}
                  onShow={(keys) => void analyst.showHighlighted(keys, 'sentence')}
                  onSelect={onSelect}
                  onOpenSource={state.openSource}
                  onClose={analyst.closeSentence}
                />
              </PanelBoundary>
            )}
            {details}
          </>
        ),
        claims: (
          <PanelBoundary name="Claims">
            <ClaimsPanel
              claimsOf={analyst.claimsOf}
              contested={analyst.contested}
              onClaims={analyst.showClaims}
              onSelect={onSelect}
              onOpenSource={state.openSource}
              onShowContested={() => void analyst.showContested()}
            />
          </PanelBoundary>
        ),
        path: (
          <PanelBoundary name="Path">
            <PathPanel
              path={analyst.path}
              graph={state.graph}
              onSelect={onSelect}
              onOpenSource={state.openSource}
              onClear={analyst.clearPath}
            />
          </PanelBoundary>
        ),
        queries: (
          <PanelBoundary name="Saved queries">
            <QueriesPanel />
          </PanelBoundary>
        ),
        new: (
          <PanelBoundary name="What's new">
            <WhatsNewPanel
              active={analyst.tab === 'new'}
              onHighlight={(keys) => void analyst.showHighlighted(keys, 'new')}
              onLimit={(keys) => void analyst.limitTo(keys)}
              onSelect={onSelect}
            />
          </PanelBoundary>
        ),
        decisions: (
          <PanelBoundary name="Decisions">
            <DecisionsPanel
              version={analyst.decisionsVersion}
              active={analyst.tab === 'decisions'}
              busy={busy}
              onUndo={analyst.undo}
            />
          </PanelBoundary>
        ),
      }}
    />
  );
}
