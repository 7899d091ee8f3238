/*
 * Same or different (a region named "Decisions"): the merge and split rules in force, each with who
 * decided it and when, with Undo; those undone; where the rules are kept (the loader applies them on
 * every load); and the name decisions are recorded under in this browser.
 */
import { useState } from 'react';
import { describeRule } from '#model/decisions.ts';
import { api } from '../api/client.ts';
import { useFetched } from '../hooks/useFetched.ts';
import { decisionMaker, setDecisionMaker } from '../hooks/decisionMaker.ts';

export interface DecisionsPanelProps {
  /** Bumped after each decision: reload the list. */
  version: number;
  active: boolean;
  busy: boolean;
  onUndo(id: string, by: string): Promise<boolean>;
}

const when = (iso: string): string => iso.replace('T', ' ').slice(0, 16);

const loadDecisions = (_: string, signal: AbortSignal) => api.analyst.decisions(signal);

export function DecisionsPanel({ version, active, busy, onUndo }: DecisionsPanelProps) {
  const [name, setName] = useState(decisionMaker);
  const [reloads, setReloads] = useState(0);
  const { data: list, error } = useFetched(active ? `decisions-${version}-${reloads}` : null, loadDecisions);

  return (
    <section className="panel decisions" aria-label="Decisions">
      <h2>Decisions</h2>
      <p className="muted">
        Same or different: merges and splits made from Details. The loader applies them on every load
        {list ? ` (kept in ${list.file})` : ''}.
      </p>
      <label>
        Decided by{' '}
        <input
          aria-label="Decided by"
          value={name}
          placeholder="your name"
          onChange={(e) => {
            setName(e.target.value);
            setDecisionMaker(e.target.value);
          }}
        />
      </label>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {list && list.problems.length > 0 && (
        <p className="truncated" role="note">
          {list.problems.join(' ')}
        </p>
      )}
      {list && list.rules.length === 0 && <p className="muted">No decision yet.</p>}
      {list && list.rules.length > 0 && (
        <ul className="decision-list" aria-label="Decisions in force">
          {list.rules
            .slice()
            .reverse()
            .map((rule) => (
              <li key={rule.id}>
                <span>{describeRule(rule)}</span>
                <span className="muted">
                  {' '}
                  by {rule.decidedBy}, {when(rule.decidedAt)}
                </span>{' '}
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Undo: ${describeRule(rule)}`}
                  onClick={() => void onUndo(rule.id, name).then(() => setReloads((r) => r + 1))}
                >
                  Undo
                </button>
              </li>
            ))}
        </ul>
      )}
      {list && list.undone.length > 0 && (
        <details>
          <summary>Undone ({list.undone.length})</summary>
          <ul className="decision-list">
            {list.undone.map((rule) => (
              <li key={rule.id} className="muted">
                {describeRule(rule)}, by {rule.decidedBy} {when(rule.decidedAt)}; undone by {rule.undoneBy}{' '}
                {when(rule.undoneAt)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
