/*
 * Exports of the explorer's view made in the browser, pure over the view graph (and sigma's display
 * data when it is mounted, so filters, highlights and the camera are what the picture shows):
 * GEXF 1.3 with positions, colours and sizes (graphology-gexf), SVG, and PNG drawn from the SVG.
 * No React here.
 */
import { write as writeGexfString } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { parseColor } from '#model/export/xml.ts';
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

/** Positions, colours and sizes of the shown nodes, by key (sent with server-side exports of the view). */
export function viewViz(
  graph: ViewGraph,
  sigma: ViewSigma | null,
  keys: string[] = viewKeys(graph, sigma),
): Record<string, { x: number; y: number; size: number; color: string }> {
  return Object.fromEntries(
    keys.map((key) => {
      const a = graph.getNodeAttributes(key);
      return [key, { x: a.x, y: a.y, size: a.size, color: a.color }];
    }),
  );
}

/** Scalar and list properties only, nulls and empty lists left out (GEXF has no type for them). */
function gexfAttributes(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).filter(([, v]) => {
      if (v === null || v === undefined) return false;
      if (Array.isArray(v)) return v.length > 0;
      return typeof v !== 'object';
    }),
  );
}

/**
 * The shown part of the view as GEXF 1.3: node label, `labels` (Neo4j labels) and every property as
 * typed attributes, with viz position, colour and size; edges labelled by relationship type.
 */
export function viewToGexf(graph: ViewGraph, sigma: ViewSigma | null): string {
  const shown = graph.copy();
  shown.forEachNode((key) => {
    if (!isShown(graph, sigma, key)) shown.dropNode(key);
  });
  return writeGexfString(shown, {
    version: '1.3',
    formatNode: (_key, a: NodeAttrs) => {
      const rgb = parseColor(a.color ?? '');
      return {
        label: a.label,
        attributes: { labels: a.labels, ...gexfAttributes(a.properties) },
        // As rgb()/rgba(), which graphology-gexf writes as r, g, b (and a) channels.
        viz: {
          x: a.x,
          y: a.y,
          size: a.size,
          ...(rgb && {
            color:
              rgb.a === undefined ? `rgb(${rgb.r},${rgb.g},${rgb.b})` : `rgba(${rgb.r},${rgb.g},${rgb.b},${rgb.a})`,
          }),
        },
      };
    },
    formatEdge: (_key, a: EdgeAttrs) => ({
      label: a.type,
      attributes: { type: a.type, ...gexfAttributes(a.properties) },
    }),
  });
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
