import { describe, expect, it } from 'vitest';
import { createViewGraph, mergeSubgraph } from '../view/graph.ts';
import {
  EMPTY_VIEW,
  applyUrlView,
  inUrlOrder,
  hasAllPositions,
  historySignature,
  linkSearch,
  parseViewState,
  serializeViewState,
  splitForSaving,
  viewStateOf,
  withKeptView,
  type ViewState,
} from './utils.ts';

const view: ViewState = {
  ...EMPTY_VIEW,
  nodes: ['state:ru', 'state:kp', 'event:a&b c/d'],
  positions: { 'state:ru': { x: 1.25, y: -2 }, 'state:kp': { x: 300.5, y: 12 }, 'event:a&b c/d': { x: -7, y: 0.001 } },
  camera: { x: 0.5, y: 0.48, ratio: 0.75, angle: 0 },
  frame: { x: [-7, 300.5], y: [-2, 12] },
  source: 'abc123:4',
  selected: 'state:ru',
  selectedEdge: 'CO_MENTIONED:state:kp->state:ru',
  filters: {
    kinds: ['State', 'Event'],
    relTypes: ['CO_MENTIONED'],
    from: '2024-01-01',
    to: '2024-12',
    statuses: ['alleged'],
    minArticles: 2,
    keepUndated: true,
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

  it('should keep positions within a millionth of the view, far below a pixel', () => {
    const wide = { ...view, positions: { ...view.positions, 'state:kp': { x: 300.123456789, y: 12 } } };
    const back = parseViewState(serializeViewState(wide)).positions['state:kp']!;
    expect(Math.abs(back.x - 300.123456789)).toBeLessThan(310 * 1e-6);
  });

  it('should keep a long view on the server, the link holding its id with the camera, selection and source', () => {
    const { kept, link } = splitForSaving(view);
    expect(kept).not.toMatch(/cam=|sel=|src=/);
    const shown = link('abc123def0');
    expect(shown).toMatch(/^view=abc123def0&cam=.*&sel=state%3Aru/);
    expect(shown).not.toMatch(/n=|pos=/);
    const outer = parseViewState(shown);
    expect(outer.savedView).toBe('abc123def0');
    expect(withKeptView(outer, parseViewState(kept))).toEqual(view);
    expect(parseViewState('?view=../etc').savedView).toBeNull();
  });

  it('should tell a new place in history from a moved camera or a new selection', () => {
    const moved = { ...view, camera: { ...view.camera!, ratio: 2 }, selected: null };
    expect(historySignature(moved)).toBe(historySignature(view));
    expect(historySignature({ ...view, hidden: [] })).not.toBe(historySignature(view));
    expect(historySignature({ ...view, filters: { ...view.filters, from: null } })).not.toBe(historySignature(view));
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

  it('should leave the overview out of the link unless something in it is selected', () => {
    const graph = graphOf(['a', 'b']);
    expect(linkSearch(viewStateOf(graph, { ...EMPTY_VIEW, isOverview: true }))).toBe('');
    const selected = viewStateOf(graph, { ...EMPTY_VIEW, selected: 'a', isOverview: true });
    expect(parseViewState(linkSearch(selected))).toMatchObject({ nodes: ['a', 'b'], overview: true, selected: 'a' });
    const filtered = viewStateOf(graph, {
      ...EMPTY_VIEW,
      filters: { ...EMPTY_VIEW.filters, from: '2024' },
      isOverview: true,
    });
    expect(parseViewState(linkSearch(filtered)).filters.from).toBe('2024');
    const coloured = viewStateOf(graph, { ...EMPTY_VIEW, colorBy: 'community', isOverview: true });
    expect(parseViewState(linkSearch(coloured))).toMatchObject({ overview: true, colorBy: 'community' });
  });

  it('should reopen nodes where they were, so no layout needs to run', () => {
    const graph = graphOf(['a', 'b']);
    graph.mergeNodeAttributes('a', { x: 10, y: 20 });
    graph.mergeNodeAttributes('b', { x: -5, y: 3.5 });
    const state = parseViewState(serializeViewState(viewStateOf(graph, { ...EMPTY_VIEW, isOverview: false })));
    expect(hasAllPositions(state)).toBe(true);
    const reopened = graphOf(['a', 'b']);
    applyUrlView(reopened, state);
    expect(reopened.getNodeAttributes('a')).toMatchObject({ x: 10, y: 20 });
    expect(reopened.getNodeAttributes('b')).toMatchObject({ x: -5, y: 3.5 });
  });
});
