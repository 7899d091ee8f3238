import { describe, expect, it } from 'vitest';
import { createViewGraph, mergeSubgraph } from '../view/graph.ts';
import {
  EMPTY_VIEW,
  applyUrlView,
  inUrlOrder,
  parseViewState,
  serializeViewState,
  viewStateOf,
  type ViewState,
} from './utils.ts';

const view: ViewState = {
  nodes: ['state:ru', 'state:kp', 'event:a&b c/d'],
  selected: 'state:ru',
  selectedEdge: 'CO_MENTIONED:state:kp->state:ru',
  filters: {
    kinds: ['State', 'Event'],
    relTypes: ['CO_MENTIONED'],
    from: '2024-01-01',
    to: '2024-12',
    statuses: ['alleged'],
    minArticles: 2,
  },
  pinned: ['state:ru'],
  hidden: ['state:kp'],
  sizeBy: 'pagerank',
  colorBy: 'community',
};

describe('URL state', () => {
  it('should read back exactly what it wrote', () => {
    expect(parseViewState(`?${serializeViewState(view)}`)).toEqual(view);
  });

  it('should keep keys with ampersands, spaces, slashes and colons intact', () => {
    const text = serializeViewState(view);
    expect(parseViewState(text).nodes).toContain('event:a&b c/d');
  });

  it('should open a link whose commas were re-encoded', () => {
    const url = new URL('http://x/');
    url.searchParams.set('n', 'state:ru,state:kp');
    expect(url.search).toContain('%2C');
    expect(parseViewState(url.search).nodes).toEqual(['state:ru', 'state:kp']);
  });

  it('should write nothing for the empty view and read it back', () => {
    expect(serializeViewState(EMPTY_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(EMPTY_VIEW);
  });

  it('should drop malformed values instead of failing', () => {
    const state = parseViewState('?n=a,b&sel=%E0%A4%A&from=yesterday&min=-3&kinds=State,%3Cscript%3E&pin=zzz');
    expect(state.nodes).toEqual(['a', 'b']);
    expect(state.selected).toBeNull();
    expect(state.filters.from).toBeNull();
    expect(state.filters.minArticles).toBe(0);
    expect(state.filters.kinds).toEqual(['State']);
    expect(state.pinned).toEqual([]);
  });
});

describe('the view and its URL', () => {
  const node = (key: string) => ({ key, labels: ['Entity', 'State'], properties: { id: key, name: key } });
  const graphOf = (keys: string[]) => {
    const graph = createViewGraph();
    mergeSubgraph(graph, { nodes: keys.map(node), edges: [] }, { mode: 'add' });
    return graph;
  };

  it('should write the nodes in view with their pins, and reopen them in the same order and state', () => {
    const graph = graphOf(['a', 'b', 'c']);
    applyUrlView(graph, { ...EMPTY_VIEW, nodes: ['a', 'b', 'c'], pinned: ['b'], hidden: ['c'] });
    const state = viewStateOf(graph, { ...EMPTY_VIEW, isOverview: false });
    expect(state).toMatchObject({ nodes: ['a', 'b', 'c'], pinned: ['b'], hidden: ['c'] });
    const reopened = inUrlOrder({ nodes: ['c', 'a', 'b'].map(node), edges: [] }, state.nodes);
    expect(reopened.nodes.map((n) => n.key)).toEqual(['a', 'b', 'c']);
  });

  it('should leave the overview out of the URL unless something in it is selected', () => {
    const graph = graphOf(['a', 'b']);
    expect(serializeViewState(viewStateOf(graph, { ...EMPTY_VIEW, isOverview: true }))).toBe('');
    expect(viewStateOf(graph, { ...EMPTY_VIEW, selected: 'a', isOverview: true }).nodes).toEqual(['a', 'b']);
  });
});
