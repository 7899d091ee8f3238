/*
 * The view in the URL, so reloading or sharing a link reopens it exactly: the nodes in view with
 * their positions, the camera (and the frame sigma fits the graph into, when a drag fixed it), the
 * selection, the filters, pinned and hidden nodes, the size and colour modes and the open source. Pure:
 * ViewState <-> query string, the view graph -> ViewState, and a ViewState back onto a reopened view.
 *   ?n=state:ru,state:kp&pos=1.5,-2,30.25,4&cam=0.5,0.5,1,0&sel=state:ru&kinds=State&types=CO_MENTIONED
 *    &from=2024-01-01&to=2024-12-31&undated=keep&statuses=alleged&min=2&pin=state:ru&hide=state:us
 *    &size=degree&color=community&edge=CO_MENTIONED:a->b&src=<sentence id>&overview=1
 * A view too long for a link is saved on the server and the link holds only `?view=<id>`.
 * Keys are URI-encoded one by one and joined with commas. A list is decoded before it is split, so a
 * link whose commas were re-encoded (%2C) by a browser or a chat tool still opens; keys are ids and
 * never contain commas.
 */
import { DEFAULT_FILTERS, type Filters } from '#model/filters.ts';
import type { Subgraph } from '#model/subgraph.ts';
import { applySizes, setHidden, setPinned } from '../view/graph.ts';
import { COLOR_MODES, SIZE_MODES, type ColorBy, type SizeBy } from '../view/style.ts';
import type { ViewGraph } from '../view/types.ts';

/** Sigma's camera: the centre (x, y in the framed graph, 0..1), the zoom ratio and the angle. */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** The graph extent sigma frames the view with (set while dragging, so the view does not rescale). */
export interface Frame {
  x: [number, number];
  y: [number, number];
}

export interface ViewState {
  nodes: string[];
  /** Positions by node key (graph coordinates); nodes without one are placed by the layout. */
  positions: Record<string, { x: number; y: number }>;
  camera: CameraState | null;
  frame: Frame | null;
  selected: string | null;
  selectedEdge: string | null;
  filters: Filters;
  pinned: string[];
  hidden: string[];
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** The evidence sentence whose article is open in the source view. */
  source: string | null;
  /** The view is the start screen's overview (its link is the plain address unless something is selected). */
  overview: boolean;
  /** A saved view on the server: the link holds only its id. */
  savedView: string | null;
}

export const EMPTY_VIEW: ViewState = {
  nodes: [],
  positions: {},
  camera: null,
  frame: null,
  selected: null,
  selectedEdge: null,
  filters: DEFAULT_FILTERS,
  pinned: [],
  hidden: [],
  sizeBy: 'mentions',
  colorBy: 'kind',
  source: null,
  overview: false,
  savedView: null,
};

/** Links longer than this hold a saved view's id instead of the view. */
export const MAX_LINK_LENGTH = 1800;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const NAME = /^[A-Za-z_]{1,40}$/;
const VIEW_ID = /^[a-z0-9]{6,32}$/;
const KEY_MAX = 300;

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

/** Finite numbers from a comma-separated list, or null when any is not one. */
function readNumbers(params: Map<string, string>, name: string, count?: number): number[] | null {
  const values = readList(params, name).map(Number);
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) return null;
  return count === undefined || values.length === count ? values : null;
}

/** Decimals that keep a coordinate within a millionth of the view's extent (far below a pixel). */
export function coordinateDecimals(extent: number): number {
  if (!(extent > 0)) return 2;
  return Math.min(8, Math.max(0, Math.ceil(-Math.log10(extent * 1e-6))));
}

const fixed = (n: number, decimals: number): string => String(Number(n.toFixed(decimals)));

function readPositions(params: Map<string, string>, nodes: string[]): ViewState['positions'] {
  const values = readNumbers(params, 'pos', nodes.length * 2);
  if (!values) return {};
  return Object.fromEntries(nodes.map((key, i) => [key, { x: values[2 * i]!, y: values[2 * i + 1]! }]));
}

function writePositions(state: ViewState): string | null {
  const points = state.nodes.map((k) => state.positions[k]);
  if (points.length === 0 || points.some((p) => p === undefined)) return null;
  const xs = points.map((p) => p!.x);
  const ys = points.map((p) => p!.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const decimals = coordinateDecimals(extent);
  return points.map((p) => `${fixed(p!.x, decimals)},${fixed(p!.y, decimals)}`).join(',');
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
  const key = (name: string): string | null => {
    const v = get(name);
    return v && v.length <= KEY_MAX ? v : null;
  };
  const min = Number(get('min') ?? 0);
  const nodes = [...new Set(readList(params, 'n'))];
  const camera = readNumbers(params, 'cam', 4);
  const frame = readNumbers(params, 'frame', 4);
  const view = get('view');
  return {
    nodes,
    positions: readPositions(params, nodes),
    camera: camera && camera[2]! > 0 ? { x: camera[0]!, y: camera[1]!, ratio: camera[2]!, angle: camera[3]! } : null,
    frame: frame ? { x: [frame[0]!, frame[1]!], y: [frame[2]!, frame[3]!] } : null,
    selected: key('sel'),
    selectedEdge: key('edge'),
    filters: {
      kinds: readList(params, 'kinds').filter((v) => NAME.test(v)),
      relTypes: readList(params, 'types').filter((v) => NAME.test(v)),
      from: date('from'),
      to: date('to'),
      statuses: readList(params, 'statuses').filter((v) => NAME.test(v)),
      minArticles: Number.isInteger(min) && min > 0 && min <= 1000 ? min : 0,
      keepUndated: get('undated') === 'keep',
    },
    pinned: readList(params, 'pin').filter((k) => nodes.includes(k)),
    hidden: readList(params, 'hide').filter((k) => nodes.includes(k)),
    sizeBy: SIZE_MODES.find((m) => m === get('size')) ?? 'mentions',
    colorBy: COLOR_MODES.find((m) => m === get('color')) ?? 'kind',
    source: key('src'),
    overview: get('overview') === '1',
    savedView: view && VIEW_ID.test(view) ? view : null,
  };
}

/** Writes a view as a query string (without the "?"), leaving defaults out; a saved view as its id and what changes often. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const add = (name: string, value: string | null | undefined): void => {
    if (value) parts.push(`${name}=${value}`);
  };
  const numbers = (values: number[]): string => values.map((v) => fixed(v, 6)).join(',');
  add('view', state.savedView);
  add('n', state.savedView ? null : writeList(state.nodes));
  add('pos', state.savedView ? null : writePositions(state));
  // A camera means nothing without nodes to look at.
  const camera = state.nodes.length > 0 || state.savedView ? state.camera : null;
  const frame = state.nodes.length > 0 ? state.frame : null;
  add('cam', camera && numbers([camera.x, camera.y, camera.ratio, camera.angle]));
  add('frame', frame && numbers([...frame.x, ...frame.y]));
  add('sel', state.selected ? encodeURIComponent(state.selected) : null);
  add('edge', state.selectedEdge ? encodeURIComponent(state.selectedEdge) : null);
  add('kinds', writeList(state.filters.kinds));
  add('types', writeList(state.filters.relTypes));
  add('from', state.filters.from);
  add('to', state.filters.to);
  add('undated', state.filters.keepUndated ? 'keep' : null);
  add('statuses', writeList(state.filters.statuses));
  add('min', state.filters.minArticles > 0 ? String(state.filters.minArticles) : null);
  add('pin', writeList(state.pinned));
  add('hide', writeList(state.hidden));
  add('size', state.sizeBy === 'mentions' ? null : state.sizeBy);
  add('color', state.colorBy === 'kind' ? null : state.colorBy);
  add('src', state.source ? encodeURIComponent(state.source) : null);
  add('overview', state.overview ? '1' : null);
  return parts.join('&');
}

/** The parts of a view that change often: the camera, the selection and the open source. */
const OFTEN = ['camera', 'selected', 'selectedEdge', 'source'] as const;

/**
 * A view too long for a link, in two: what the server keeps (its nodes, positions, frame, filters,
 * pins, hidden nodes, sizes), and the link, which holds the kept view's id and the parts that change
 * often, so panning or selecting never keeps another copy on the server.
 */
export function splitForSaving(state: ViewState): { kept: string; link: (id: string) => string } {
  const kept = serializeViewState({ ...state, camera: null, selected: null, selectedEdge: null, source: null });
  const often = Object.fromEntries(OFTEN.map((k) => [k, state[k]])) as Pick<ViewState, (typeof OFTEN)[number]>;
  return { kept, link: (id) => serializeViewState({ ...EMPTY_VIEW, ...often, savedView: id }) };
}

/** A link's view: the view kept on the server under its id, with the link's camera, selection and open source. */
export function withKeptView(link: ViewState, kept: ViewState): ViewState {
  const often = Object.fromEntries(OFTEN.map((k) => [k, link[k] ?? kept[k]])) as Pick<
    ViewState,
    (typeof OFTEN)[number]
  >;
  return { ...kept, ...often, savedView: null };
}

/**
 * The query string a link shows for a view: nothing for the untouched overview (nothing selected or
 * open, no filter, sizes by mentions, colours by kind: a plain link shows the overview again rather than a frozen
 * copy of it), else the whole view.
 */
export function linkSearch(state: ViewState): string {
  const untouched =
    !state.selected &&
    !state.selectedEdge &&
    !state.source &&
    state.sizeBy === 'mentions' &&
    state.colorBy === 'kind' &&
    JSON.stringify(state.filters) === JSON.stringify(DEFAULT_FILTERS);
  if (state.overview && untouched) return '';
  return serializeViewState(state);
}

/** What makes two views different places in the browser's history: nodes, pins, hidden nodes, filters, sizes, colours. */
export function historySignature(state: ViewState): string {
  const { nodes, pinned, hidden, filters, sizeBy, colorBy } = state;
  return JSON.stringify([[...nodes].sort(), [...pinned].sort(), [...hidden].sort(), filters, sizeBy, colorBy]);
}

/** The parts of a view that are not in the graph: selection, filters, sizes and colours, camera, open source. */
export type ViewExtras = Pick<
  ViewState,
  'selected' | 'selectedEdge' | 'filters' | 'sizeBy' | 'colorBy' | 'camera' | 'frame' | 'source'
>;

/** The whole view: the nodes in view with their positions, pins and hidden ones, and the rest as given. */
export function viewStateOf(graph: ViewGraph, extras: ViewExtras & { isOverview: boolean }): ViewState {
  const { isOverview, ...rest } = extras;
  const positions: ViewState['positions'] = {};
  graph.forEachNode((key, a) => {
    positions[key] = { x: a.x, y: a.y };
  });
  return {
    ...rest,
    nodes: graph.nodes(),
    positions,
    pinned: graph.filterNodes((_, a) => a.pinned === true),
    hidden: graph.filterNodes((_, a) => a.hidden === true),
    overview: isOverview,
    savedView: null,
  };
}

/** The subgraph of a reopened view with its nodes in the URL's order, so the view (and its URL) come back exactly. */
export function inUrlOrder(subgraph: Subgraph, keys: string[]): Subgraph {
  const order = new Map(keys.map((k, i) => [k, i]));
  subgraph.nodes.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  return subgraph;
}

/** Whether the view gives a position for every one of its nodes (then no layout needs to run). */
export function hasAllPositions(state: Pick<ViewState, 'nodes' | 'positions'>): boolean {
  return state.nodes.length > 0 && state.nodes.every((k) => state.positions[k] !== undefined);
}

/** Puts back what the URL says about the nodes of a reopened view: positions, pins, hidden nodes, sizes by degree. */
export function applyUrlView(graph: ViewGraph, state: ViewState): void {
  for (const [key, p] of Object.entries(state.positions))
    if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
  state.pinned.forEach((k) => setPinned(graph, k, true));
  setHidden(graph, state.hidden, true);
  if (state.sizeBy === 'degree') applySizes(graph, 'degree');
}
