/*
 * Exports of the explorer's view made in the browser, pure over the view graph (and sigma's display
 * data when it is mounted, so filters, highlights and the camera are what the picture shows):
 * GEXF 1.3 with positions, colours and sizes (by the one GEXF writer, model/export/gexf.ts, which
 * the server streams its exports with too), SVG, and PNG drawn from the SVG. No React here.
 */
import type Sigma from 'sigma';
import { gexfDocument } from '#model/export/gexf.ts';
import type { ExportEdge, ExportNode, NodeViz } from '#model/export/types.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from '../core/view/types.ts';

type ViewSigma = Sigma<NodeAttrs, EdgeAttrs>;

/** Whether a node is shown: not hidden in the model, nor by sigma's reducers (filters). */
export function isShown(graph: ViewGraph, sigma: ViewSigma | null, key: string): boolean {
  if (graph.getNodeAttribute(key, 'hidden') === true) return false;
  return sigma?.getNodeDisplayData(key)?.hidden !== true;
}

/** Keys of the nodes shown in the view. */
export function viewKeys(graph: ViewGraph, sigma: ViewSigma | null): string[] {
  return graph.filterNodes((key) => isShown(graph, sigma, key));
}

/** Position, colour and size of a node in view. */
function nodeViz(graph: ViewGraph, key: string): Required<NodeViz> {
  const a = graph.getNodeAttributes(key);
  return { x: a.x, y: a.y, size: a.size, color: a.color };
}

/** Positions, colours and sizes of the shown nodes, by key (sent with server-side exports of the view). */
export function viewViz(
  graph: ViewGraph,
  sigma: ViewSigma | null,
  keys: string[] = viewKeys(graph, sigma),
): Record<string, Required<NodeViz>> {
  return Object.fromEntries(keys.map((key) => [key, nodeViz(graph, key)]));
}

/**
 * The shown part of the view as GEXF 1.3: every node with its Neo4j labels and properties as typed
 * attributes and its position, colour and size; the edges between shown nodes, labelled by type.
 */
export function viewToGexf(graph: ViewGraph, sigma: ViewSigma | null): string {
  const keys = viewKeys(graph, sigma);
  const shown = new Set(keys);
  const nodes: ExportNode[] = keys.map((key) => {
    const a = graph.getNodeAttributes(key);
    return { key, labels: a.labels, properties: a.properties, viz: nodeViz(graph, key) };
  });
  const edges: ExportEdge[] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (shown.has(source) && shown.has(target))
      edges.push({ key, type: a.type, source, target, properties: a.properties });
  });
  return gexfDocument(nodes, edges, 'view');
}

interface Drawn {
  width: number;
  height: number;
  nodes: { x: number; y: number; r: number; color: string; label: string }[];
  edges: { x1: number; y1: number; x2: number; y2: number; width: number; color: string }[];
}

/** Where everything is drawn: from sigma's display data and camera, else the graph fitted into 1200×800. */
function layout(graph: ViewGraph, sigma: ViewSigma | null): Drawn {
  const keys = viewKeys(graph, sigma);
  const at = new Map<string, { x: number; y: number; r: number; color: string; label: string }>();
  let width = 1200;
  let height = 800;
  if (sigma) {
    ({ width, height } = sigma.getDimensions());
    for (const key of keys) {
      const d = sigma.getNodeDisplayData(key);
      if (!d) continue;
      const p = sigma.framedGraphToViewport(d);
      at.set(key, { x: p.x, y: p.y, r: sigma.scaleSize(d.size), color: d.color, label: d.label ?? '' });
    }
  } else {
    const xs = keys.map((k) => graph.getNodeAttribute(k, 'x'));
    const ys = keys.map((k) => graph.getNodeAttribute(k, 'y'));
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min((width - 80) / (maxX - minX || 1), (height - 80) / (maxY - minY || 1));
    for (const key of keys) {
      const a = graph.getNodeAttributes(key);
      at.set(key, {
        x: 40 + (a.x - minX) * scale,
        y: height - 40 - (a.y - minY) * scale,
        r: a.size,
        color: a.color,
        label: a.label,
      });
    }
  }
  const edges: Drawn['edges'] = [];
  graph.forEachEdge((edge, a, source, target) => {
    const s = at.get(source);
    const t = at.get(target);
    if (!s || !t) return;
    const d = sigma?.getEdgeDisplayData(edge);
    if (d?.hidden) return;
    edges.push({
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      width: sigma && d ? sigma.scaleSize(d.size) : a.size,
      color: d?.color ?? a.color,
    });
  });
  return { width, height, nodes: [...at.values()], edges };
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const round = (n: number) => Math.round(n * 10) / 10;

/** The view as an SVG document: edges, then nodes, then labels, on white. */
export function viewToSvg(graph: ViewGraph, sigma: ViewSigma | null): string {
  const { width, height, nodes, edges } = layout(graph, sigma);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g class="edges">',
    ...edges.map(
      (e) =>
        `<line x1="${round(e.x1)}" y1="${round(e.y1)}" x2="${round(e.x2)}" y2="${round(e.y2)}" stroke="${escapeXml(e.color)}" stroke-width="${round(Math.max(0.5, e.width))}"/>`,
    ),
    '</g><g class="nodes">',
    ...nodes.map(
      (n) =>
        `<circle cx="${round(n.x)}" cy="${round(n.y)}" r="${round(Math.max(1, n.r))}" fill="${escapeXml(n.color)}" stroke="#ffffff" stroke-width="1"/>`,
    ),
    '</g><g class="labels" fill="#1f2933">',
    ...nodes
      .filter((n) => n.label)
      .map((n) => `<text x="${round(n.x + n.r + 3)}" y="${round(n.y + 4)}">${escapeXml(n.label)}</text>`),
    '</g></svg>',
  ];
  return parts.join('\n');
}

/** The view as a PNG (the SVG drawn on a canvas at `scale`). */
export async function viewToPng(graph: ViewGraph, sigma: ViewSigma | null, scale = 2): Promise<Blob> {
  const svg = viewToSvg(graph, sigma);
  const { width, height } = layout(graph, sigma);
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
