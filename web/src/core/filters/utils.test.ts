import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  dateInRange,
  edgePassesFilters,
  filtersActive,
  nodePassesFilters,
  type Filters,
} from '#model/filters.ts';
import { createViewGraph, mergeSubgraph } from '../view/graph.ts';
import { summaryText, toggleInAll, visibleElements } from './utils.ts';

const filters = (partial: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...partial });

function sampleView() {
  const graph = createViewGraph();
  mergeSubgraph(
    graph,
    {
      nodes: [
        { key: 'state:ru', labels: ['Entity', 'State', 'Actor'], properties: { name: 'Russia' } },
        { key: 'person:putin', labels: ['Entity', 'Person', 'Actor'], properties: { name: 'Putin' } },
        { key: 'ev:summit', labels: ['Event'], properties: { label: 'Summit', date: '2024-06-19', articleCount: 3 } },
        { key: 'ev:old', labels: ['Event'], properties: { label: 'Visit', date: '2023-09', articleCount: 1 } },
        { key: 'al:arms', labels: ['Allegation'], properties: { label: 'Arms', status: 'denied', articleCount: 2 } },
      ],
      edges: [
        { key: '1', type: 'PARTICIPATED_IN', source: 'state:ru', target: 'ev:summit', properties: { articleCount: 3 } },
        {
          key: '2',
          type: 'PARTICIPATED_IN',
          source: 'person:putin',
          target: 'ev:old',
          properties: { articleCount: 1 },
        },
        { key: '3', type: 'LEADER_OF', source: 'person:putin', target: 'state:ru', properties: { articleCount: 2 } },
        { key: '4', type: 'ACCUSES', source: 'al:arms', target: 'state:ru', properties: { articleCount: 2 } },
        {
          key: '5',
          type: 'CO_MENTIONED',
          source: 'person:putin',
          target: 'state:ru',
          properties: { articleCount: 4, articleDates: ['2023-08-15', '2024-10-08'] },
        },
      ],
    },
    { mode: 'add' },
  );
  return graph;
}

describe('dateInRange', () => {
  it('should cut the bounds to the precision of the date', () => {
    expect(dateInRange('2024-06', '2024-06-15', '2024-07-01')).toBe(true);
    expect(dateInRange('2024', '2023-01-01', '2023-12-31')).toBe(false);
    expect(dateInRange('2024-06-19', null, '2024-06-18')).toBe(false);
  });
  it('should leave undated things out of any range, and in when there is none', () => {
    expect(dateInRange(null, '2024-01-01', null)).toBe(false);
    expect(dateInRange(null, null, null)).toBe(true);
  });
});

describe('filter predicates', () => {
  it('should filter nodes by kind, event date, allegation status and corroboration', () => {
    const summit = { kind: 'Event', properties: { date: '2024-06-19', articleCount: 3 } };
    expect(nodePassesFilters(filters({ kinds: ['State'] }), summit)).toBe(false);
    expect(nodePassesFilters(filters({ from: '2024-01-01' }), summit)).toBe(true);
    expect(nodePassesFilters(filters({ to: '2023-12-31' }), summit)).toBe(false);
    expect(nodePassesFilters(filters({ minArticles: 4 }), summit)).toBe(false);
    expect(
      nodePassesFilters(filters({ statuses: ['alleged'] }), { kind: 'Allegation', properties: { status: 'denied' } }),
    ).toBe(false);
    expect(nodePassesFilters(filters({ statuses: ['alleged'] }), { kind: 'State', properties: {} })).toBe(true);
  });
  it('should filter edges by type, corroboration and the dates of their articles', () => {
    const edge = { type: 'CO_MENTIONED', properties: { articleCount: 2, articleDates: ['2023-08-15'] } };
    expect(edgePassesFilters(filters({ relTypes: ['LEADER_OF'] }), edge)).toBe(false);
    expect(edgePassesFilters(filters({ minArticles: 3 }), edge)).toBe(false);
    expect(edgePassesFilters(filters({ from: '2024-01-01' }), edge)).toBe(false);
    expect(edgePassesFilters(filters({ from: '2023-01-01', to: '2023-12-31' }), edge)).toBe(true);
  });
  it('should tell when any filter is set', () => {
    expect(filtersActive(DEFAULT_FILTERS)).toBe(false);
    expect(filtersActive(filters({ minArticles: 2 }))).toBe(true);
  });
});

describe('visibleElements', () => {
  it('should draw everything without filters', () => {
    const v = visibleElements(sampleView(), DEFAULT_FILTERS);
    expect(summaryText(v)).toBe('5 nodes · 5 edges');
  });
  it('should drop the edges of a node that is filtered out', () => {
    const v = visibleElements(sampleView(), filters({ kinds: ['State', 'Person', 'Allegation'] }));
    expect([...v.nodes].sort()).toEqual(['al:arms', 'person:putin', 'state:ru']);
    expect(v.edges.size).toBe(3);
  });
  it('should apply a date range to events and to dated edges', () => {
    const v = visibleElements(sampleView(), filters({ from: '2024-01-01', to: '2024-12-31' }));
    expect(v.nodes.has('ev:old')).toBe(false);
    expect(v.nodes.has('ev:summit')).toBe(true);
    expect(v.edges.has('CO_MENTIONED:person:putin->state:ru')).toBe(true);
    const in2022 = visibleElements(sampleView(), filters({ from: '2022-01-01', to: '2022-12-31' }));
    expect(in2022.edges.has('CO_MENTIONED:person:putin->state:ru')).toBe(false);
  });
  it('should leave out hidden nodes', () => {
    const graph = sampleView();
    graph.setNodeAttribute('state:ru', 'hidden', true);
    expect(summaryText(visibleElements(graph, DEFAULT_FILTERS))).toBe('4 nodes · 1 edge');
  });
});

describe('toggleInAll', () => {
  const all = ['A', 'B', 'C'];
  it('should turn "all" into "all but one" and back', () => {
    expect(toggleInAll([], 'B', all)).toEqual(['A', 'C']);
    expect(toggleInAll(['A', 'C'], 'B', all)).toEqual([]);
  });
});
