/*
 * The paths found between two entities (a region named "Path"): how many hops, each path as its
 * chain of names, and each step (an edge of the paths, highlighted in the graph) with the
 * sentences behind it.
 */
import type { PathsResponse } from '#model/analyst-api.ts';
import type { ViewGraph } from '../core/view/types.ts';
import { edgeLabel } from '../core/view/style.ts';
import { api } from '../api/client.ts';
import { EVIDENCE_PAGE, Evidence } from './Evidence.tsx';

export interface PathPanelProps {
  path: PathsResponse | null;
  graph: ViewGraph;
  onSelect(key: string): void;
  onOpenSource(sentenceId: string): void;
  onClear(): void;
}

export function PathPanel({ path, graph, onSelect, onOpenSource, onClear }: PathPanelProps) {
  const nameOf = (key: string): string => {
    const node = path?.subgraph.nodes.find((n) => n.key === key);
    const p = node?.properties ?? (graph.hasNode(key) ? graph.getNodeAttribute(key, 'properties') : {});
    return String(p.name ?? p.label ?? p.claim ?? key);
  };
  return (
    <section className="panel path-panel" aria-label="Path">
      <header className="panel-head">
        <h2>Path</h2>
        {path && (
          <button type="button" onClick={onClear}>
            Clear path
          </button>
        )}
      </header>
      {!path && <p className="muted">Select an entity and choose “Find path to…” in Details.</p>}
      {path && (
        <>
          <p role="status" aria-label="Path summary">
            {path.hops === null
              ? `No path from ${nameOf(path.from)} to ${nameOf(path.to)} within ${path.maxHops} steps through entities, events and allegations.`
              : `${path.paths.length} shortest path${path.paths.length === 1 ? '' : 's'} of ${path.hops} step${path.hops === 1 ? '' : 's'} from ${nameOf(path.from)} to ${nameOf(path.to)}, added to the view and highlighted.`}
          </p>
          <ol className="path-list" aria-label="Paths">
            {path.paths.map((p) => (
              <li key={p.join('>')}>
                {p.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' → '}
                    <button type="button" className="link" onClick={() => onSelect(key)}>
                      {nameOf(key)}
                    </button>
                  </span>
                ))}
              </li>
            ))}
          </ol>
          {path.steps.length > 0 && <h3>Steps and their evidence</h3>}
          <ol className="path-steps" aria-label="Steps">
            {path.steps.map((step) => (
              <li
                key={step.edge.key}
                aria-label={`${nameOf(step.edge.source)} ${edgeLabel(step.edge.type, {})} ${nameOf(step.edge.target)}`}
              >
                <p className="step-head">
                  <strong>{nameOf(step.edge.source)}</strong> — {edgeLabel(step.edge.type, {})} →{' '}
                  <strong>{nameOf(step.edge.target)}</strong>
                </p>
                <Evidence
                  evidence={{
                    sentences: step.evidence,
                    total: step.sentenceCount,
                    articleCount: new Set(step.evidence.map((s) => s.article.id)).size,
                    outletCount: new Set(step.evidence.map((s) => s.article.outlet).filter(Boolean)).size,
                  }}
                  loadPage={(skip) => api.edgeEvidence(step.edge, { skip, limit: EVIDENCE_PAGE })}
                  onOpenSource={onOpenSource}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
