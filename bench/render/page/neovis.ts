/*
 * neovis.js 2 with its own defaults (vis-network, physics with 200 stabilisation iterations), fed
 * the graph without a Neo4j through its `dataFunction`: one record per relationship `(n)-[r]->(m)`,
 * as `MATCH (n)-[r]->(m) RETURN n, r, m` would give it, plus one record per node without edges.
 */
import * as neovisModule from 'neovis.js';
import type NeoVisClass from 'neovis.js';
import type { NeoVisEvents } from 'neovis.js';
import type { Subgraph } from '#model/subgraph.ts';
import type { Mount } from './hooks.ts';

/** A record in the shape the driver serialises (neovis turns it into driver types itself). */
function record(keys: string[], fields: unknown[]) {
  return { keys, _fields: fields, _fieldLookup: Object.fromEntries(keys.map((k, i) => [k, i])) };
}

/** Integers as the driver serialises them ({ low, high }). */
const int = (value: number) => ({ low: value, high: 0 });

function records(subgraph: Subgraph) {
  const id = new Map(subgraph.nodes.map((n, i) => [n.key, i]));
  const node = (key: string) => {
    const n = subgraph.nodes[id.get(key)!]!;
    return { identity: int(id.get(key)!), labels: n.labels.slice(1).concat(n.labels[0]!), properties: n.properties };
  };
  const linked = new Set<string>();
  const out = subgraph.edges.map((e, i) => {
    linked.add(e.source).add(e.target);
    const rel = {
      identity: int(i),
      start: int(id.get(e.source)!),
      end: int(id.get(e.target)!),
      type: e.type,
      properties: e.properties,
    };
    return record(['n', 'r', 'm'], [node(e.source), rel, node(e.target)]);
  });
  for (const n of subgraph.nodes) if (!linked.has(n.key)) out.push(record(['n'], [node(n.key)]));
  return out;
}

/** The NeoVis class: the package is a webpack UMD bundle, so the default export sits one level down or not at all. */
function neoVisClass(): typeof NeoVisClass {
  const module = neovisModule as unknown as { default?: unknown };
  const inner = module.default as { default?: unknown } | undefined;
  const found = typeof inner === 'function' ? inner : typeof inner?.default === 'function' ? inner.default : module;
  return found as typeof NeoVisClass;
}

export const mount: Mount = (container, subgraph, hooks) => {
  const NeoVis = neoVisClass();
  container.id ||= 'graph';
  const label = { label: 'name', value: 'mentionCount' };
  const neovis = new NeoVis({
    containerId: container.id,
    dataFunction: () => records(subgraph) as never,
    labels: { Person: label, State: label, Organisation: label, Place: label, Event: label, Allegation: label },
    relationships: Object.fromEntries(
      [...new Set(subgraph.edges.map((e) => e.type))].map((t) => [t, { value: 'articleCount' }]),
    ),
  });
  neovis.registerOnEvent('completed' as NeoVisEvents.CompletionEvent, () => {
    const network = neovis.network!;
    network.once('afterDrawing', () => hooks.drawn({ nodes: neovis.nodes.length, edges: neovis.edges.length }));
    network.once('stabilized', () => hooks.settled());
    hooks.camera((zoom, panX, panY) => {
      const scale = network.getScale();
      const at = network.getViewPosition();
      const width = container.clientWidth / scale;
      network.moveTo({ scale: scale * zoom, position: { x: at.x + panX * width, y: at.y + panY * width } });
    });
  });
  neovis.render();
};
