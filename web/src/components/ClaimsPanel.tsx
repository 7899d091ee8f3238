/*
 * Contested claims (a region named "Claims"): for an allegation, or for each allegation an entity
 * is a party to, who asserts it, whom it accuses, who denies and who confirms it, each with the
 * sentences where they say so (article, outlet, date), and a small timeline of who said what when.
 * With no claim chosen, the "most contested" ranking, when it was asked for.
 */
import type { Claim, ContestedClaim } from '#model/analyst-api.ts';
import { api } from '../api/client.ts';
import { useFetched } from '../hooks/useFetched.ts';
import { STANCE_COLORS, STANCE_TITLES, claimTimeline, partiesByStance } from '../core/analyst/claims.ts';
import { MarkedSentence, SourceLine } from './EvidenceParts.tsx';

export interface ClaimsPanelProps {
  claimsOf: string | null;
  contested: ContestedClaim[] | null;
  onClaims(key: string): void;
  onSelect(key: string): void;
  onOpenSource(sentenceId: string): void;
  onShowContested(): void;
}

function ClaimTimeline({ claim }: { claim: Claim }) {
  const line = claimTimeline(claim);
  if (line.points.length === 0) return <p className="muted">No dated statement.</p>;
  const width = 300;
  const rows = ['alleges', 'denies', 'confirms'] as const;
  return (
    <figure className="claim-timeline" aria-label={`Timeline: ${line.first} to ${line.last}`}>
      <svg width="100%" viewBox={`0 0 ${width + 20} ${rows.length * 16 + 14}`} role="img">
        <title>{`Who said what, ${line.first} to ${line.last}`}</title>
        {rows.map((stance, r) => (
          <g key={stance}>
            <line x1={10} x2={width + 10} y1={r * 16 + 8} y2={r * 16 + 8} stroke="#e4e7eb" />
            {line.points
              .filter((p) => p.stance === stance)
              .map((p) => (
                <circle
                  key={`${p.party}-${p.date}`}
                  cx={10 + p.x * width}
                  cy={r * 16 + 8}
                  r={5}
                  fill={STANCE_COLORS[stance]}
                >
                  <title>{`${p.date}: ${p.party} ${stance}${p.outlet ? ` (${p.outlet})` : ''}`}</title>
                </circle>
              ))}
          </g>
        ))}
        <text x={10} y={rows.length * 16 + 12} fontSize={10} fill="#52606d">
          {line.first}
        </text>
        <text x={width + 10} y={rows.length * 16 + 12} fontSize={10} fill="#52606d" textAnchor="end">
          {line.last}
        </text>
      </svg>
      <figcaption className="muted">
        {rows.map((s) => (
          <span key={s}>
            <span className="dot" style={{ background: STANCE_COLORS[s] }} aria-hidden="true" />
            {STANCE_TITLES[s]}{' '}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function ClaimView({
  claim,
  onSelect,
  onOpenSource,
}: {
  claim: Claim;
  onSelect(key: string): void;
  onOpenSource(sentenceId: string): void;
}) {
  return (
    <article className="claim" aria-label={`Claim: ${claim.category ?? claim.key}`}>
      <h3>
        <button type="button" className="link" onClick={() => onSelect(claim.key)}>
          {claim.category ?? 'allegation'}
        </button>{' '}
        <span className={`status status-${claim.status}`}>{claim.status}</span>
      </h3>
      {claim.claim && <p className="claim-text">“{claim.claim}”</p>}
      <p className="muted">
        {claim.articleCount} article{claim.articleCount === 1 ? '' : 's'}
        {claim.outletCount > 0 ? ` from ${claim.outletCount} outlet${claim.outletCount === 1 ? '' : 's'}` : ''}
      </p>
      <ClaimTimeline claim={claim} />
      {claim.allegerDescription && !claim.parties.some((p) => p.stance === 'alleges') && (
        <p>
          Alleged by <em>{claim.allegerDescription}</em> (unnamed)
        </p>
      )}
      {partiesByStance(claim).map((group) => (
        <section key={group.stance} className={`stance stance-${group.stance}`} aria-label={group.title}>
          <h4>{group.title}</h4>
          <ul>
            {group.parties.map((party) => (
              <li key={party.key}>
                <button type="button" className="link party" onClick={() => onSelect(party.key)}>
                  {party.name}
                </button>
                {group.stance !== 'targets' && (
                  <ol className="evidence" aria-label={`What ${party.name} said`}>
                    {party.statements.map(({ sentence }) => (
                      <li key={sentence.id}>
                        <MarkedSentence sentence={sentence} />
                        <SourceLine sentence={sentence} onOpenSource={onOpenSource} />
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

export function ClaimsPanel({
  claimsOf,
  contested,
  onClaims,
  onSelect,
  onOpenSource,
  onShowContested,
}: ClaimsPanelProps) {
  const { data: answer, error, done } = useFetched(claimsOf, api.analyst.claims);
  return (
    <section className="panel claims-panel" aria-label="Claims">
      <header className="panel-head">
        <h2>{answer ? `Claims: ${answer.name}` : 'Contested claims'}</h2>
        <button type="button" onClick={onShowContested}>
          Most contested
        </button>
      </header>
      {!claimsOf && !contested && (
        <p className="muted">
          Pick an entity or an allegation and choose “Contested claims” in Details, or show the most contested claims.
        </p>
      )}
      {contested && (
        <section aria-label="Most contested">
          <h3>Most contested</h3>
          {contested.length === 0 ? (
            <p className="muted">No allegation is both asserted and denied.</p>
          ) : (
            <ol className="contested-list">
              {contested.map((c) => (
                <li key={c.key}>
                  <button
                    type="button"
                    className="link"
                    aria-pressed={c.key === claimsOf}
                    onClick={() => onClaims(c.key)}
                  >
                    {c.name}
                  </button>{' '}
                  <span className="muted">
                    {c.allegers} alleging · {c.deniers} denying · {c.articleCount} article
                    {c.articleCount === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {claimsOf && !done && <p className="muted">Loading the claims…</p>}
      {answer && answer.claims.length === 0 && <p className="muted">{answer.name} is party to no allegation.</p>}
      {answer?.claims.map((claim) => (
        <ClaimView key={claim.key} claim={claim} onSelect={onSelect} onOpenSource={onOpenSource} />
      ))}
    </section>
  );
}
