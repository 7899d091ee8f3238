/*
 * The legend, always in sight above the graph: what colour and size mean now. Colours by entity type
 * and allegation status (with the mark each status label leads with), or by Louvain community (each
 * community's colour, size and best-known members); the edge families (an arrow for relations that
 * have a direction, none for co-mentions); sizes by mentions, links, or PageRank or betweenness of
 * the view or of the whole graph (stored by `newsgraph analyse`), with the range the smallest and
 * largest node stand for.
 */
import { ALLEGATION_STATUSES } from '#model/filters.ts';
import type { StyleLegend } from '../core/metrics/utils.ts';
import {
  COLOR_MODES,
  EDGE_FAMILIES,
  KIND_COLORS,
  SIZE_MODES,
  STATUS_COLORS,
  STATUS_MARKS,
  type ColorBy,
  type SizeBy,
} from '../core/view/style.ts';

const KINDS = ['Person', 'State', 'Organisation', 'Place', 'Event'];

const SIZE_OPTIONS: Record<SizeBy, string> = {
  mentions: 'mentions',
  degree: 'links in view',
  pagerank: 'PageRank (view)',
  betweenness: 'betweenness (view)',
  'stored-pagerank': 'PageRank (whole graph)',
  'stored-betweenness': 'betweenness (whole graph)',
  'stored-degree': 'links (whole graph)',
};

const COLOR_OPTIONS: Record<ColorBy, string> = {
  kind: 'kind',
  community: 'community (view)',
  'stored-community': 'community (whole graph)',
};

/** A number as the legend shows it: whole numbers as they are, others with three significant digits. */
function shown(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(3);
}

function SizeScale({ legend }: { legend: StyleLegend['size'] }) {
  return (
    <div className="size-scale" aria-label="Size scale">
      <span className="size-dot small" aria-hidden="true" /> {shown(legend.min)}
      <span className="size-dot large" aria-hidden="true" /> {shown(legend.max)}
      <p className="muted">
        Size: {legend.title}
        {legend.missing > 0 && ` · ${legend.missing} not analysed (run newsgraph analyse), drawn smallest`}
      </p>
    </div>
  );
}

function KindColours() {
  return (
    <ul aria-label="Node colours">
      {KINDS.map((k) => (
        <li key={k}>
          <span className="dot" style={{ background: KIND_COLORS[k] }} aria-hidden="true" />
          {k}
        </li>
      ))}
      {ALLEGATION_STATUSES.map((s) => (
        <li key={s}>
          <span className="dot" style={{ background: STATUS_COLORS[s] }} aria-hidden="true" />
          {STATUS_MARKS[s]} {s}
        </li>
      ))}
    </ul>
  );
}

function CommunityColours({ legend }: { legend: StyleLegend }) {
  if (legend.communities.length === 0)
    return (
      <p className="muted">
        No community in view{legend.colorBy === 'stored-community' ? ' (run newsgraph analyse)' : ''}.
      </p>
    );
  return (
    <ul aria-label="Communities">
      {legend.communities.slice(0, 12).map((c) => (
        <li key={c.community}>
          <span className="dot" style={{ background: c.color }} aria-hidden="true" /> Community {c.community + 1} (
          {c.count}): <span className="muted">{c.members.join(', ')}</span>
        </li>
      ))}
      {legend.communities.length > 12 && (
        <li className="muted">{legend.communities.length - 12} smaller communities in grey</li>
      )}
    </ul>
  );
}

/** A choice of size or colour mode; the whole-graph ones need metrics stored by `newsgraph analyse`. */
function ModeChoice<M extends string>(props: {
  label: string;
  modes: readonly M[];
  titles: Record<M, string>;
  value: M;
  stored: boolean;
  onChange(mode: M): void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as M)}>
        {props.modes.map((m) => (
          <option key={m} value={m} disabled={m.startsWith('stored-') && !props.stored && props.value !== m}>
            {props.titles[m]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Legend({
  sizeBy,
  colorBy,
  legend,
  stored,
  onSizeBy,
  onColorBy,
}: {
  sizeBy: SizeBy;
  colorBy: ColorBy;
  legend: StyleLegend | null;
  /** Whether the nodes carry metrics of the whole graph (from `newsgraph analyse`). */
  stored: boolean;
  onSizeBy(by: SizeBy): void;
  onColorBy(by: ColorBy): void;
}) {
  return (
    <section className="legend" aria-label="Legend">
      <ModeChoice
        label="Colour by"
        modes={COLOR_MODES}
        titles={COLOR_OPTIONS}
        value={colorBy}
        stored={stored}
        onChange={onColorBy}
      />
      {colorBy === 'kind' || !legend ? <KindColours /> : <CommunityColours legend={legend} />}
      <ul aria-label="Edge colours">
        {EDGE_FAMILIES.map((f) => (
          <li key={f.name}>
            <span className="line" style={{ background: f.color }} aria-hidden="true" />
            {f.name}
            {f.directed ? ' →' : ''}
          </li>
        ))}
      </ul>
      <ModeChoice
        label="Size by"
        modes={SIZE_MODES}
        titles={SIZE_OPTIONS}
        value={sizeBy}
        stored={stored}
        onChange={onSizeBy}
      />
      {legend && <SizeScale legend={legend.size} />}
      {!stored && (
        <p className="muted">
          Whole-graph metrics: run <code>npx newsgraph analyse</code>.
        </p>
      )}
    </section>
  );
}
