/*
 * The timeline of what is in view: events (diamonds) and the articles behind the edges (ticks) on a
 * time axis, and the undated events in a lane of their own below it. Dragging across the axis
 * (brushing) sets the date range filter; "Clear dates" removes it.
 */
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Filters } from '#model/filters.ts';
import {
  brushRange,
  dayNumber,
  lanePosition,
  position,
  timeScale,
  timelineItems,
  undatedTimelineEvents,
  yearTicks,
} from '../core/timeline/utils.ts';
import type { ViewGraph } from '../core/view/types.ts';

const HEIGHT = 56;
const LANE = 22;
const EVENT_COLOR = '#f0a202';

/** The undated events, evenly spread in their own lane. */
function UndatedLane({ events, hidden }: { events: { key: string; label: string }[]; hidden: boolean }) {
  return (
    <svg
      className="undated-lane"
      role="list"
      aria-label={`Undated events: ${events.length}${hidden ? ', hidden by the dates' : ''}`}
      width="100%"
      height={LANE}
      viewBox={`0 0 1000 ${LANE}`}
      preserveAspectRatio="none"
    >
      <text x={2} y={15} fontSize={11} fill="#6b7280">
        undated
      </text>
      <line x1={60} x2={1000} y1={LANE / 2} y2={LANE / 2} stroke="#d1d5db" strokeDasharray="4 4" />
      {events.map((e, i) => {
        const x = 60 + lanePosition(i, events.length) * 940;
        return (
          <rect
            key={e.key}
            role="listitem"
            aria-label={e.label}
            x={x - 4}
            y={LANE / 2 - 4}
            width={8}
            height={8}
            transform={`rotate(45 ${x} ${LANE / 2})`}
            fill={hidden ? '#e5e7eb' : EVENT_COLOR}
          >
            <title>{e.label}</title>
          </rect>
        );
      })}
    </svg>
  );
}

export function Timeline({
  graph,
  version,
  filters,
  onChange,
}: {
  graph: ViewGraph;
  version: number;
  filters: Filters;
  onChange(f: Filters): void;
}) {
  const items = useMemo(() => timelineItems(graph), [graph, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const undated = useMemo(() => undatedTimelineEvents(graph), [graph, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const scale = useMemo(() => timeScale(items), [items]);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const ranged = Boolean(filters.from || filters.to);
  const lane = undated.length > 0 && <UndatedLane events={undated} hidden={ranged && !filters.keepUndated} />;

  if (!scale) {
    return (
      <section className="timeline panel" aria-label="Timeline">
        <p className="muted">No dated events or articles in view.</p>
        {lane}
      </section>
    );
  }
  const fraction = (e: PointerEvent): number => {
    const box = svg.current!.getBoundingClientRect();
    return (e.clientX - box.left) / box.width;
  };
  const onUp = (e: PointerEvent): void => {
    if (!drag) return;
    const b = fraction(e);
    setDrag(null);
    if (Math.abs(b - drag.a) < 0.01) return;
    const range = brushRange(scale, drag.a, b);
    onChange({ ...filters, ...range });
  };
  const brush = drag
    ? [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)]
    : ranged
      ? [
          filters.from ? Math.max(0, position(scale, dayNumber(filters.from))) : 0,
          filters.to ? Math.min(1, position(scale, dayNumber(filters.to))) : 1,
        ]
      : null;
  const years = yearTicks(scale);
  const events = items.filter((i) => i.kind === 'event').length;
  return (
    <section className="timeline panel" aria-label="Timeline">
      <div className="timeline-head">
        <span>
          Timeline: {events} dated event{events === 1 ? '' : 's'}
          {undated.length > 0 ? `, ${undated.length} undated` : ''}, {items.length - events} article date
          {items.length - events === 1 ? '' : 's'}. Drag to filter by date.
        </span>
        {ranged && (
          <button type="button" onClick={() => onChange({ ...filters, from: null, to: null })}>
            Clear dates ({filters.from ?? '…'} – {filters.to ?? '…'})
          </button>
        )}
      </div>
      <svg
        ref={svg}
        role="img"
        aria-label="Timeline of events and articles in view; drag across it to filter by date"
        data-testid="timeline-brush"
        width="100%"
        height={HEIGHT}
        viewBox={`0 0 1000 ${HEIGHT}`}
        preserveAspectRatio="none"
        onPointerDown={(e) => {
          svg.current?.setPointerCapture(e.pointerId);
          const a = fraction(e);
          setDrag({ a, b: a });
        }}
        onPointerMove={(e) => drag && setDrag({ a: drag.a, b: fraction(e) })}
        onPointerUp={onUp}
      >
        <line x1={0} x2={1000} y1={HEIGHT - 14} y2={HEIGHT - 14} stroke="#9ca3af" />
        {years.map((y) => {
          const x = position(scale, dayNumber(String(y))) * 1000;
          return (
            <g key={y}>
              <line x1={x} x2={x} y1={HEIGHT - 18} y2={HEIGHT - 10} stroke="#9ca3af" />
              <text x={x + 3} y={HEIGHT - 1} fontSize={11} fill="#6b7280">
                {y}
              </text>
            </g>
          );
        })}
        {items.map((item) => {
          const x = position(scale, dayNumber(item.date)) * 1000;
          return item.kind === 'event' ? (
            <rect
              key={item.key}
              x={x - 4}
              y={10}
              width={8}
              height={8}
              transform={`rotate(45 ${x} 14)`}
              fill={EVENT_COLOR}
            >
              <title>{item.label}</title>
            </rect>
          ) : (
            <rect key={item.key} x={x - 1.5} y={22} width={3} height={16} fill="#2e86ab">
              <title>{item.label}</title>
            </rect>
          );
        })}
        {brush && (
          <rect
            x={brush[0]! * 1000}
            y={2}
            width={Math.max(1, (brush[1]! - brush[0]!) * 1000)}
            height={HEIGHT - 18}
            fill="rgba(46,134,171,0.15)"
            stroke="#2e86ab"
          />
        )}
      </svg>
      {lane}
    </section>
  );
}
