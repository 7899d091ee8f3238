/* Filters: entity types, relationship types, event dates, allegation status, minimum corroborating articles. */
import {
  ALLEGATION_STATUSES,
  DEFAULT_FILTERS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  filtersActive,
  type Filters,
} from '#model/filters.ts';
import { shownBy, toggleInAll } from '../core/filters/utils.ts';
import type { ViewGraph } from '../core/view/types.ts';

export function FiltersPanel({
  filters,
  onChange,
  graph,
  version,
}: {
  filters: Filters;
  onChange(f: Filters): void;
  graph: ViewGraph;
  version: number;
}) {
  void version;
  const typesInView = new Set<string>(filters.relTypes);
  graph.forEachEdge((_, a) => typesInView.add(a.type));
  const relTypes = RELATIONSHIP_TYPES.filter((t) => typesInView.has(t));
  return (
    <section className="panel filters" aria-label="Filters">
      <h2>Filters</h2>
      <fieldset>
        <legend>Types</legend>
        {NODE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={shownBy(filters.kinds, k)}
              onChange={() => onChange({ ...filters, kinds: toggleInAll(filters.kinds, k, NODE_KINDS) })}
            />
            {k}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relationships</legend>
        {relTypes.length === 0 && <span className="muted">None in view.</span>}
        {relTypes.map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={shownBy(filters.relTypes, t)}
              onChange={() => onChange({ ...filters, relTypes: toggleInAll(filters.relTypes, t, RELATIONSHIP_TYPES) })}
            />
            {t.toLowerCase().replace(/_/g, ' ')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <label>
          From{' '}
          <input
            type="date"
            aria-label="From date"
            value={filters.from ?? ''}
            onChange={(e) => onChange({ ...filters, from: e.target.value || null })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            aria-label="To date"
            value={filters.to ?? ''}
            onChange={(e) => onChange({ ...filters, to: e.target.value || null })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Allegation status</legend>
        {ALLEGATION_STATUSES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={shownBy(filters.statuses, s)}
              onChange={() => onChange({ ...filters, statuses: toggleInAll(filters.statuses, s, ALLEGATION_STATUSES) })}
            />
            {s}
          </label>
        ))}
      </fieldset>
      <label className="min-articles">
        Min. corroborating articles{' '}
        <input
          type="number"
          min={0}
          max={100}
          aria-label="Minimum corroborating articles"
          value={filters.minArticles}
          onChange={(e) =>
            onChange({ ...filters, minArticles: Math.max(0, Math.min(100, Number(e.target.value) || 0)) })
          }
        />
      </label>
      <button type="button" disabled={!filtersActive(filters)} onClick={() => onChange(DEFAULT_FILTERS)}>
        Reset filters
      </button>
    </section>
  );
}
