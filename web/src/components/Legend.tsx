/* The legend: colours by entity type and allegation status, edge families, and what node size means. */
import { ALLEGATION_STATUSES } from '#model/filters.ts';
import { EDGE_FAMILIES, KIND_COLORS, STATUS_COLORS, STATUS_MARKS } from '../core/view/style.ts';

const KINDS = ['Person', 'State', 'Organisation', 'Place', 'Event'];

export function Legend({
  sizeBy,
  onSizeBy,
}: {
  sizeBy: 'mentions' | 'degree';
  onSizeBy(by: 'mentions' | 'degree'): void;
}) {
  return (
    <section className="panel legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        {KINDS.map((k) => (
          <li key={k}>
            <span className="dot" style={{ background: KIND_COLORS[k] }} aria-hidden="true" /> {k}
          </li>
        ))}
        {ALLEGATION_STATUSES.map((s) => (
          <li key={s}>
            <span className="dot" style={{ background: STATUS_COLORS[s] }} aria-hidden="true" /> Allegation, {s} (
            {STATUS_MARKS[s]})
          </li>
        ))}
      </ul>
      <ul>
        {EDGE_FAMILIES.map((f) => (
          <li key={f.name}>
            <span className="line" style={{ background: f.color }} aria-hidden="true" /> {f.name}
          </li>
        ))}
      </ul>
      <label>
        Size by{' '}
        <select
          aria-label="Size by"
          value={sizeBy}
          onChange={(e) => onSizeBy(e.target.value === 'degree' ? 'degree' : 'mentions')}
        >
          <option value="mentions">mentions</option>
          <option value="degree">links in view</option>
        </select>
      </label>
    </section>
  );
}
