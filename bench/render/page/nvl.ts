/*
 * Neo4j's NVL (@neo4j-nvl/base) with its WebGL renderer (its fastest), its default force-directed
 * layout in a web worker, and its own zoom and pan handlers; nodes and relationships handed over
 * directly, as NVL takes them.
 */
import { NVL } from '@neo4j-nvl/base';
import { PanInteraction, ZoomInteraction } from '@neo4j-nvl/interaction-handlers';
import type { Mount } from './hooks.ts';
import { KIND_COLORS } from '../../../web/src/core/view/style.ts';

export const mount: Mount = (container, subgraph, hooks) => {
  const nodes = subgraph.nodes.map((n) => ({
    id: n.key,
    caption: String(n.properties.name ?? n.key),
    color: KIND_COLORS[n.labels[1] ?? n.labels[0]!] ?? '#6c757d',
    size: 20,
  }));
  const relationships = subgraph.edges.map((e) => ({ id: e.key, from: e.source, to: e.target, caption: e.type }));
  let drawn = false;
  const nvl = new NVL(
    container,
    nodes,
    relationships,
    {
      renderer: (new URLSearchParams(location.search).get('nvlRenderer') ?? 'canvas') as 'webgl',
      disableTelemetry: true,
      disableWebWorkers: new URLSearchParams(location.search).has('noWorkers'),
    },
    {
      onInitialization: () => {
        drawn = true;
        hooks.drawn({ nodes: nvl.getNodes().length, edges: nvl.getRelationships().length });
      },
      onLayoutDone: () => {
        if (!drawn) hooks.drawn({ nodes: nvl.getNodes().length, edges: nvl.getRelationships().length });
        hooks.settled();
      },
    },
  );
  hooks.camera((zoom, panX, panY) => {
    const scale = nvl.getScale();
    const pan = nvl.getPan();
    const width = container.clientWidth / scale;
    nvl.setZoomAndPan(scale * zoom, pan.x + panX * width, pan.y + panY * width);
  });
  new ZoomInteraction(nvl);
  new PanInteraction(nvl);
};
