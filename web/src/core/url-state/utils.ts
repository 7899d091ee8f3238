/*
 * The view in the URL, so reloading or sharing a link reopens it: the nodes in view, the selection,
 * the filters, pinned and hidden nodes and the size mode. Pure: ViewState <-> query string, the view
 * graph -> ViewState, and the URL's pins and hidden nodes back onto a reopened view.
 *   ?n=state:ru,state:kp&sel=state:ru&kinds=State&types=CO_MENTIONED&from=2024-01-01&to=2024-12-31
 *    &statuses=alleged&min=2&pin=state:ru&hide=state:us&size=degree&color=community&edge=CO_MENTIONED:a->b
 * Keys are URI-encoded one by one and joined with commas. A list is decoded before it is split, so a
 * link whose commas were re-encoded (%2C) by a browser or a chat tool still opens; keys are ids and
 * never contain commas.
 */
import { DEFAULT_FILTERS, type Filters } from '#model/filters.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { applySizes, setHidden, setPinned } from '../view/graph.ts';
import { COLOR_MODES, SIZE_MODES, type ColorBy, type SizeBy } from '../view/style.ts';
import type { ViewGraph } from '../view/types.ts';

export interface ViewState {
  nodes: string[];
  selected: string | null;
  selectedEdge: string | null;
  filters: Filters;
  pinned: string[];
  hidden: string[];
  sizeBy: SizeBy;
  colorBy: ColorBy;
}

export const EMPTY_VIEW: ViewState = {
  nodes: [],
  selected: null,
  selectedEdge: null,
  filters: DEFAULT_FILTERS,
  pinned: [],
  hidden: [],
  sizeBy: 'mentions',
  colorBy: 'kind',
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const NAME = /^[A-Za-z_]{1,40}$/;

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** The raw (still encoded) values of a query string by name; the last one wins. */
function rawParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    if (i > 0) params.set(decode(part.slice(0, i)), part.slice(i + 1));
  }
  return params;
}

function readList(params: Map<string, string>, name: string): string[] {
  const value = params.get(name);
  if (!value) return [];
  return decode(value)
    .split(',')
    .filter((v) => v !== '');
}

function writeList(values: string[]): string {
  return values.map((v) => encodeURIComponent(v)).join(',');
}

/** Reads a view from a query string; anything malformed is dropped, never thrown. */
export function parseViewState(search: string): ViewState {
  const params = rawParams(search);
  const get = (name: string): string | null => {
    const v = params.get(name);
    return v === undefined ? null : decode(v);
  };
  const date = (name: string): string | null => {
    const v = get(name);
    return v && DATE.test(v) ? v : null;
  };
  const min = Number(get('min') ?? 0);
  const nodes = [...new Set(readList(params, 'n'))];
  const selected = get('sel');
  return {
    nodes,
    selected: selected && selected.length <= 300 ? selected : null,
    selectedEdge: get('edge') || null,
    filters: {
      kinds: readList(params, 'kinds').filter((v) => NAME.test(v)),
      relTypes: readList(params, 'types').filter((v) => NAME.test(v)),
      from: date('from'),
      to: date('to'),
      statuses: readList(params, 'statuses').filter((v) => NAME.test(v)),
      minArticles: Number.isInteger(min) && min > 0 && min <= 1000 ? min : 0,
    },
    pinned: readList(params, 'pin').filter((k) => nodes.includes(k)),
    hidden: readList(params, 'hide').filter((k) => nodes.includes(k)),
    sizeBy: SIZE_MODES.find((m) => m === get('size')) ?? 'mentions',
    colorBy: COLOR_MODES.find((m) => m === get('color')) ?? 'kind',
  };
}

/** Writes a view as a query string (without the "?"), leaving defaults out. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const add = (name: string, value: string | null | undefined): void => {
    if (value) parts.push(`${name}=${value}`);
  };
  add('n', writeList(state.nodes));
  add('sel', state.selected ? encodeURIComponent(state.selected) : null);
  add('edge', state.selectedEdge ? encodeURIComponent(state.selectedEdge) : null);
  add('kinds', writeList(state.filters.kinds));
  add('types', writeList(state.filters.relTypes));
  add('from', state.filters.from);
  add('to', state.filters.to);
  add('statuses', writeList(state.filters.statuses));
  add('min', state.filters.minArticles > 0 ? String(state.filters.minArticles) : null);
  add('pin', writeList(state.pinned));
  add('hide', writeList(state.hidden));
  add('size', state.sizeBy === 'mentions' ? null : state.sizeBy);
  add('color', state.colorBy === 'kind' ? null : state.colorBy);
  return parts.join('&');
}

/**
 * The view to write into the URL: the nodes in view with their pins and hidden ones, the selection,
 * the filters and the size mode. The overview with nothing selected is left out, so a plain link
 * shows the overview again rather than a frozen copy of it.
 */
export function viewStateOf(
  graph: ViewGraph,
  view: Pick<ViewState, 'selected' | 'selectedEdge' | 'filters' | 'sizeBy' | 'colorBy'> & { isOverview: boolean },
): ViewState {
  const { isOverview, ...shown } = view;
  if (isOverview && !view.selected && !view.selectedEdge) return { ...shown, nodes: [], pinned: [], hidden: [] };
  return {
    ...shown,
    nodes: graph.nodes(),
    pinned: graph.filterNodes((_, a) => a.pinned === true),
    hidden: graph.filterNodes((_, a) => a.hidden === true),
  };
}

/** The subgraph of a reopened view with its nodes in the URL's order, so the view (and its URL) come back exactly. */
export function inUrlOrder(subgraph: Subgraph, keys: string[]): Subgraph {
  const order = new Map(keys.map((k, i) => [k, i]));
  subgraph.nodes.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  return subgraph;
}

/** Puts back what the URL says about the nodes of a reopened view: pins, hidden nodes, sizes by degree. */
export function applyUrlView(graph: ViewGraph, state: ViewState): void {
  state.pinned.forEach((k) => setPinned(graph, k, true));
  setHidden(graph, state.hidden, true);
  if (state.sizeBy === 'degree') applySizes(graph, 'degree');
}
