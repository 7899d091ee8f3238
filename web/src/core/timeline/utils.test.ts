import { describe, expect, it } from 'vitest';
import { createViewGraph, mergeSubgraph } from '../view/graph.ts';
import {
  brushRange,
  dateOfDay,
  dayNumber,
  lanePosition,
  position,
  timeScale,
  timelineItems,
  undatedTimelineEvents,
  yearTicks,
} from './utils.ts';

describe('timeline', () => {
  it('should list dated events and the article dates behind edges, oldest first', () => {
    const graph = createViewGraph();
    mergeSubgraph(
      graph,
      {
        nodes: [
          { key: 'a', labels: ['Entity', 'State'], properties: { name: 'A' } },
          { key: 'b', labels: ['Entity', 'State'], properties: { name: 'B' } },
          { key: 'ev', labels: ['Event'], properties: { label: 'Summit', date: '2024-06-19' } },
          { key: 'undated', labels: ['Event'], properties: { label: 'Talks', date: null } },
        ],
        edges: [
          {
            key: 'e',
            type: 'CO_MENTIONED',
            source: 'a',
            target: 'b',
            properties: { articleDates: ['2023-08-15', '2024-10-08'] },
          },
        ],
      },
      { mode: 'add' },
    );
    const items = timelineItems(graph);
    expect(items.map((i) => [i.date, i.kind])).toEqual([
      ['2023-08-15', 'article'],
      ['2024-06-19', 'event'],
      ['2024-10-08', 'article'],
    ]);
  });

  it('should turn a brushed span into an inclusive date range', () => {
    const scale = { min: dayNumber('2024-01-01'), max: dayNumber('2024-12-31') };
    expect(brushRange(scale, 0.75, 0.25)).toEqual({ from: '2024-04-01', to: '2024-10-01' });
    expect(brushRange(scale, -1, 2)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('should place dates on a padded scale', () => {
    const scale = timeScale([{ key: 'x', date: '2024-03', label: '', kind: 'event' }])!;
    expect(position(scale, dayNumber('2024-03-01'))).toBeCloseTo(0.5);
    expect(dateOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(timeScale([])).toBeNull();
  });
});

describe('the undated lane', () => {
  it('should hold the events without a date, evenly spread', () => {
    const graph = createViewGraph();
    mergeSubgraph(
      graph,
      {
        nodes: [
          { key: 'ev', labels: ['Event'], properties: { label: 'Summit', date: '2024-06-19' } },
          { key: 'u2', labels: ['Event'], properties: { label: 'Talks (undated)', date: null } },
          { key: 'u1', labels: ['Event'], properties: { label: 'Pledge (undated)' } },
        ],
        edges: [],
      },
      { mode: 'add' },
    );
    expect(undatedTimelineEvents(graph).map((e) => e.key)).toEqual(['u1', 'u2']);
    expect([lanePosition(0, 2), lanePosition(1, 2)]).toEqual([0.25, 0.75]);
  });

  it('should label every year of a short span, and every 10th of a span of a century, never more than 14', () => {
    const scaleOf = (from: string, to: string) => ({ min: dayNumber(from), max: dayNumber(to) });
    expect(yearTicks(scaleOf('2022-03-01', '2025-06-01'))).toEqual([2023, 2024, 2025]);
    const century = yearTicks(scaleOf('1943-06-01', '2026-01-01'));
    expect(century).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    const long = yearTicks(scaleOf('1800-01-01', '2026-01-01'));
    expect(long.length).toBeLessThanOrEqual(14);
    expect(long.every((y) => y % 20 === 0)).toBe(true);
  });
});
