/*
 * What an export of the explorer's view holds, and the images of it made in the browser, pure over
 * the view graph (and sigma's display data when it is mounted, so the camera is what the picture
 * shows). One definition of the view's contents, viewContents: the nodes shown (filters and hidden
 * nodes applied) and the edges shown between them, co-mentions in or out by the one export option.
 * The data formats send exactly those keys to the server; SVG and PNG draw exactly them, parallel
 * edges curved and the labels where the screen draws them. No React here.
 */
import type Sigma from 'sigma';
import { CO_MENTIONED } from '#model/filters.ts';
import type { NodeViz } from '#model/export/types.ts';
import type { Visibility } from '../core/filters/utils.ts';
import { curveControlPoint, parallelCurvatures } from '../core/view/curves.ts';
import { placeLabels, shortenLabel, type PlacedLabel } from '../core/view/labels.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from '../core/view/types.ts';

type ViewSigma = Sigma<NodeAttrs, EdgeAttrs>;

/** The keys an export of the view holds. */
export interface ViewContents {
  nodes: string[];
  edges: string[];
}

/** The nodes and edges the view shows; co-mention edges left out unless `coMentions`. */
export function viewContents(graph: ViewGraph, visibility: Visibility, coMentions: boolean): ViewContents {
  const nodes = graph.filterNodes((key) => visibility.nodes.has(key));
  const edges = graph.filterEdges(
    (key, attrs) => visibility.edges.has(key) && (coMentions || attrs.type !== CO_MENTIONED),
  );
  return { nodes, edges };
}

/** Position, colour and size of the given nodes, by key (sent with server-side exports of the view). */
export function viewViz(graph: ViewGraph, keys: string[]): Record<string, Required<NodeViz>> {
  return Object.fromEntries(
    keys
      .filter((key) => graph.hasNode(key))
      .map((key) => {
        const a = graph.getNodeAttributes(key);
        return [key, { x: a.x, y: a.y, size: a.size, color: a.color }];
      }),
  );
}

interface DrawnNode {
  key: string;
  x: number;
  y: number;
  r: number;
  color: string;
  label: string;
}

interface DrawnEdge {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  curvature: number;
  width: number;
  color: string;
  directed: boolean;
  /** The target node's radius: an arrow stops at its rim. */
  targetRadius: number;
}

interface Drawn {
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  labels: PlacedLabel[];
}

const FONT_SIZE = 12;

/** The labels the screen draws (LabelsController writes them on sigma's container), else placed here. */
function labelsOf(sigma: ViewSigma | null, nodes: DrawnNode[], width: number, height: number): PlacedLabel[] {
  const drawn = sigma?.getContainer().dataset.labels;
  if (drawn) {
    const shown = new Set(nodes.map((n) => n.key));
    const boxes = JSON.parse(drawn) as { key: string; text: string; x: number; y: number; w: number; h: number }[];
    return boxes
      .filter((b) => shown.has(b.key))
      .map((b) => ({
        key: b.key,
        text: b.text,
        x: b.x,
        y: b.y,
        width: b.w,
        height: b.h,
        textX: b.x,
        textY: b.y + b.h / 2 + FONT_SIZE / 3,
        forced: false,
      }));
  }
  const candidates = nodes.map((n) => ({
    key: n.key,
    x: n.x,
    y: n.y,
    size: n.r,
    text: shortenLabel(n.label),
    forced: false,
  }));
  return placeLabels(candidates, { width, height, fontSize: FONT_SIZE, measure: (t) => t.length * 6.5 });
}

/** Where everything is drawn: from sigma's display data and camera, else the graph fitted into 1200×800. */
function layout(graph: ViewGraph, sigma: ViewSigma | null, contents: ViewContents): Drawn {
  const at = new Map<string, DrawnNode>();
  let width = 1200;
  let height = 800;
  if (sigma) {
    ({ width, height } = sigma.getDimensions());
    for (const key of contents.nodes) {
      const d = sigma.getNodeDisplayData(key);
      if (!d) continue;
      const p = sigma.framedGraphToViewport(d);
      const label = graph.getNodeAttribute(key, 'label');
      at.set(key, { key, x: p.x, y: p.y, r: sigma.scaleSize(d.size), color: d.color, label });
    }
  } else {
    const xs = contents.nodes.map((k) => graph.getNodeAttribute(k, 'x'));
    const ys = contents.nodes.map((k) => graph.getNodeAttribute(k, 'y'));
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min((width - 80) / (maxX - minX || 1), (height - 80) / (maxY - minY || 1));
    for (const key of contents.nodes) {
      const a = graph.getNodeAttributes(key);
      at.set(key, {
        key,
        x: 40 + (a.x - minX) * scale,
        y: height - 40 - (a.y - minY) * scale,
        r: a.size,
        color: a.color,
        label: a.label,
      });
    }
  }
  const curvatures = parallelCurvatures(graph);
  const edges: DrawnEdge[] = [];
  for (const key of contents.edges) {
    const s = at.get(graph.source(key));
    const t = at.get(graph.target(key));
    if (!s || !t) continue;
    const a = graph.getEdgeAttributes(key);
    const d = sigma?.getEdgeDisplayData(key);
    edges.push({
      key,
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      curvature: curvatures.get(key) ?? 0,
      width: sigma && d ? sigma.scaleSize(d.size) : a.size,
      color: a.color,
      directed: a.type !== CO_MENTIONED,
      targetRadius: t.r,
    });
  }
  const nodes = [...at.values()];
  return { width, height, nodes, edges, labels: labelsOf(sigma, nodes, width, height) };
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const round = (n: number) => Math.round(n * 10) / 10;

/** The point `by` before (x2, y2) on the way from (x1, y1): where a directed edge stops, at the target's rim. */
function stopShort(x1: number, y1: number, x2: number, y2: number, by: number): { x: number; y: number } {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length <= by) return { x: x2, y: y2 };
  return { x: x2 - ((x2 - x1) / length) * by, y: y2 - ((y2 - y1) / length) * by };
}

function edgeElement(e: DrawnEdge): string {
  const common = `data-key="${escapeXml(e.key)}" stroke="${escapeXml(e.color)}" stroke-width="${round(Math.max(0.5, e.width))}" fill="none"${e.directed ? ' marker-end="url(#arrow)"' : ''}`;
  const c = e.curvature ? curveControlPoint(e.x1, e.y1, e.x2, e.y2, e.curvature) : null;
  const from = c ?? { x: e.x1, y: e.y1 };
  const end = e.directed ? stopShort(from.x, from.y, e.x2, e.y2, e.targetRadius + 1) : { x: e.x2, y: e.y2 };
  if (!c) return `<line ${common} x1="${round(e.x1)}" y1="${round(e.y1)}" x2="${round(end.x)}" y2="${round(end.y)}"/>`;
  return `<path ${common} d="M${round(e.x1)} ${round(e.y1)} Q${round(c.x)} ${round(c.y)} ${round(end.x)} ${round(end.y)}"/>`;
}

/** The view as an SVG document: edges (curved where parallel, arrows where directed), nodes, then labels, on white. */
export function viewToSvg(graph: ViewGraph, sigma: ViewSigma | null, contents: ViewContents): string {
  const { width, height, nodes, edges, labels } = layout(graph, sigma, contents);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#6b7280"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g class="edges">',
    ...edges.map(edgeElement),
    '</g><g class="nodes">',
    ...nodes.map(
      (n) =>
        `<circle data-key="${escapeXml(n.key)}" cx="${round(n.x)}" cy="${round(n.y)}" r="${round(Math.max(1, n.r))}" fill="${escapeXml(n.color)}" stroke="#ffffff" stroke-width="1"/>`,
    ),
    '</g><g class="labels" fill="#1f2933">',
    ...labels.map((l) => `<text x="${round(l.textX)}" y="${round(l.textY)}">${escapeXml(l.text)}</text>`),
    '</g></svg>',
  ].join('\n');
}

/** The view as a PNG (the SVG drawn on a canvas at `scale`). */
export async function viewToPng(
  graph: ViewGraph,
  sigma: ViewSigma | null,
  contents: ViewContents,
  scale = 2,
): Promise<Blob> {
  const svg = viewToSvg(graph, sigma, contents);
  const { width, height } = layout(graph, sigma, contents);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('viewToPng: no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('viewToPng: the canvas gave no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
