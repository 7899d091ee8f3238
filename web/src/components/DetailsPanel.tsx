/*
 * The Details panel (a region named "Details"): for a node its type, aliases, roles, counts, its
 * parties (an allegation's Alleged by, Accused, Denied by and Confirmed by; an event's by role), each
 * a link with the sentence where it takes its part, and all its evidence, a page at a time, with
 * Expand, "+N more", Pin, Hide and Remove; for an edge its type, ends, corroboration and sentences.
 * Esc closes it (see App).
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { EvidenceResponse, NodeDetails } from '#model/api-types.ts';
import { CO_MENTIONED } from '#model/filters.ts';
import { api, ApiError } from '../api/client.ts';
import { partyGroups } from '../core/details/utils.ts';
import type { ViewGraph } from '../core/view/types.ts';
import { leftOutText, type MoreToLoad } from '../core/view/index.ts';
import { EVIDENCE_PAGE, Evidence } from './Evidence.tsx';

export interface DetailsPanelProps {
  graph: ViewGraph;
  version: number;
  selected: string | null;
  selectedEdge: string | null;
  /** What the selected node's expansion left out, if anything. */
  more: MoreToLoad | undefined;
  busy: boolean;
  /** False while the database is unreachable; coming back online reloads what failed. */
  online: boolean;
  onExpand(key: string): void;
  depth: 1 | 2;
  onDepth(depth: 1 | 2): void;
  onMore(key: string): void;
  onTogglePinned(key: string): void;
  onToggleHidden(key: string): void;
  onRemove(key: string): void;
  onClose(): void;
  onSelect(key: string): void;
  /** Opens an entity (adding it to the view when it is not in it) and selects it. */
  onOpen(key: string): void;
  onOpenSource(sentenceId: string): void;
  /** More actions for the selected node (the analyst's: claims, paths, same or different). */
  renderActions?(node: { key: string; kind: string; name: string; aliases: string[] }): ReactNode;
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String).filter((v) => v.trim() !== '') : [];

export function DetailsPanel(props: DetailsPanelProps) {
  const { graph, selected, selectedEdge } = props;
  const [loaded, setLoaded] = useState<{
    for: string;
    details: NodeDetails | null;
    evidence: EvidenceResponse | null;
    error: string | null;
  } | null>(null);
  const edge = selectedEdge && graph.hasEdge(selectedEdge) ? selectedEdge : null;
  const edgeEnds = edge
    ? { source: graph.source(edge), target: graph.target(edge), type: graph.getEdgeAttribute(edge, 'type') }
    : null;
  const edgeKey = edgeEnds ? `${edgeEnds.type}|${edgeEnds.source}|${edgeEnds.target}` : null;

  const requested = selected ? `node|${selected}` : edgeKey ? `edge|${edgeKey}` : null;

  const { online } = props;
  useEffect(() => {
    if (!requested || !online) return undefined;
    const controller = new AbortController();
    const load = async (): Promise<void> => {
      if (selected) {
        const [d, e] = await Promise.all([
          api.node(selected, controller.signal),
          api.nodeEvidence(selected, { limit: EVIDENCE_PAGE }, controller.signal),
        ]);
        setLoaded({ for: requested, details: d, evidence: e, error: null });
      } else if (edgeKey) {
        const [type, source, target] = edgeKey.split('|') as [string, string, string];
        const e = await api.edgeEvidence({ source, target, type }, { limit: EVIDENCE_PAGE }, controller.signal);
        setLoaded({ for: requested, details: null, evidence: e, error: null });
      }
    };
    load().catch((e: unknown) => {
      if ((e as Error).name === 'AbortError') return;
      setLoaded({
        for: requested,
        details: null,
        evidence: null,
        error: e instanceof ApiError ? e.message : String(e),
      });
    });
    return () => controller.abort();
  }, [requested, selected, edgeKey, online]);

  const loadPage = useCallback(
    (skip: number): Promise<EvidenceResponse> => {
      if (selected) return api.nodeEvidence(selected, { skip, limit: EVIDENCE_PAGE });
      const [type, source, target] = (edgeKey ?? '').split('|') as [string, string, string];
      return api.edgeEvidence({ source, target, type }, { skip, limit: EVIDENCE_PAGE });
    },
    [selected, edgeKey],
  );

  const current = loaded && loaded.for === requested ? loaded : null;
  const details = current?.details ?? null;
  const evidence = current?.evidence ?? null;
  const error = current?.error ?? null;
  const loading = current === null;

  if (!selected && !edgeEnds) return null;
  const inView = selected ? graph.hasNode(selected) : false;
  const attrs = selected && inView ? graph.getNodeAttributes(selected) : null;
  const props_ = details?.node.properties ?? attrs?.properties ?? {};
  const name = String(props_.name ?? props_.label ?? props_.claim ?? selected ?? '');
  const kind = details?.kind ?? attrs?.kind ?? '';

  return (
    <section className="details panel" aria-label="Details">
      <header>
        <h2>{edgeEnds ? edgeEnds.type.replace(/_/g, ' ').toLowerCase() : name}</h2>
        <button type="button" className="icon" aria-label="Close details" onClick={props.onClose}>
          ×
        </button>
      </header>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {edgeEnds && (
        <div>
          <p>
            <button type="button" className="link" onClick={() => props.onSelect(edgeEnds.source)}>
              {graph.getNodeAttribute(edgeEnds.source, 'label')}
            </button>
            {edgeEnds.type === CO_MENTIONED ? ' — ' : ' → '}
            <button type="button" className="link" onClick={() => props.onSelect(edgeEnds.target)}>
              {graph.getNodeAttribute(edgeEnds.target, 'label')}
            </button>
          </p>
          <dl>
            <dt>Type</dt>
            <dd>{edgeEnds.type}</dd>
            {evidence && (
              <>
                <dt>Corroborated by</dt>
                <dd>
                  {evidence.articleCount} article{evidence.articleCount === 1 ? '' : 's'}, {evidence.outletCount} outlet
                  {evidence.outletCount === 1 ? '' : 's'} named
                </dd>
              </>
            )}
          </dl>
        </div>
      )}
      {selected && (
        <div>
          <dl>
            <dt>Type</dt>
            <dd>{kind}</dd>
            {list(props_.aliases).length > 0 && (
              <>
                <dt>Aliases</dt>
                <dd>{list(props_.aliases).join(', ')}</dd>
              </>
            )}
            {list(props_.roles).length > 0 && (
              <>
                <dt>Roles</dt>
                <dd>{list(props_.roles).join(', ')}</dd>
              </>
            )}
            {typeof props_.status === 'string' && (
              <>
                <dt>Status</dt>
                <dd className={`status status-${props_.status}`}>{props_.status}</dd>
              </>
            )}
            {typeof props_.date === 'string' && (
              <>
                <dt>Date</dt>
                <dd>{props_.date}</dd>
              </>
            )}
            {typeof props_.mentionCount === 'number' && (
              <>
                <dt>Mentions</dt>
                <dd>{props_.mentionCount}</dd>
              </>
            )}
            {details && (
              <>
                <dt>Articles</dt>
                <dd>
                  {details.articleCount}
                  {details.outletCount > 0
                    ? ` from ${details.outletCount} outlet${details.outletCount === 1 ? '' : 's'}`
                    : ''}
                </dd>
              </>
            )}
          </dl>
          {details &&
            partyGroups(details.kind, details.parties).map((group) => (
              <section key={group.title} className="party-group" aria-label={group.title}>
                <h3>{group.title}</h3>
                <ul>
                  {group.parties.map((p) => (
                    <li key={p.key}>
                      <button type="button" className="link" onClick={() => props.onOpen(p.key)}>
                        {p.name}
                      </button>
                      {p.sentences[0] && (
                        <blockquote className="party-sentence">
                          {p.sentences[0].text}{' '}
                          <button
                            type="button"
                            className="link"
                            aria-label={`Open the source: ${p.name}, ${group.title.toLowerCase()}`}
                            onClick={() => props.onOpenSource(p.sentences[0]!.id)}
                          >
                            source
                          </button>
                        </blockquote>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          <div className="actions">
            <button type="button" disabled={props.busy} onClick={() => props.onExpand(selected)}>
              Expand
            </button>
            <select
              aria-label="Expansion depth"
              value={props.depth}
              onChange={(e) => props.onDepth(e.target.value === '2' ? 2 : 1)}
            >
              <option value="1">1 step</option>
              <option value="2">2 steps</option>
            </select>
            {props.more && props.more.leftOut > 0 && (
              <button
                type="button"
                disabled={props.busy}
                onClick={() => props.onMore(selected)}
                aria-label={`Load ${props.more.exact === false ? 'about ' : ''}${props.more.leftOut} more neighbours`}
              >
                {leftOutText(props.more)} more
              </button>
            )}
            {inView && (
              <>
                <button
                  type="button"
                  aria-pressed={attrs?.pinned === true}
                  onClick={() => props.onTogglePinned(selected)}
                >
                  {attrs?.pinned ? 'Unpin' : 'Pin'}
                </button>
                <button type="button" onClick={() => props.onToggleHidden(selected)}>
                  {attrs?.hidden ? 'Show' : 'Hide'}
                </button>
                <button type="button" onClick={() => props.onRemove(selected)}>
                  Remove
                </button>
              </>
            )}
          </div>
          {props.renderActions?.({ key: selected, kind, name, aliases: list(props_.aliases) })}
        </div>
      )}
      <h3>Evidence</h3>
      {loading && !evidence && <p className="muted">Loading the sentences…</p>}
      {evidence && (
        <Evidence key={requested} evidence={evidence} loadPage={loadPage} onOpenSource={props.onOpenSource} />
      )}
    </section>
  );
}
