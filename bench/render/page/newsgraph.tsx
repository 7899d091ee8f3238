/*
 * newsgraph's view as the explorer runs it: the real GraphView (sigma with its settings, reducers and
 * controllers) over a view graph that starts empty, then takes the overview through mergeSubgraph,
 * and ForceAtlas2 in its worker started 30 ms after the nodes arrive, for as long as the explorer
 * runs it (useForceAtlas2.runFor). Only the panels around the graph are left out.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type Sigma from 'sigma';
import type { Subgraph } from '#model/subgraph.ts';
import { GraphView } from '../../../web/src/views/graph/GraphView.tsx';
import { createViewGraph, mergeSubgraph } from '../../../web/src/core/view/graph.ts';
import { visibleElements } from '../../../web/src/core/filters/utils.ts';
import { DEFAULT_FILTERS } from '#model/filters.ts';
import { useForceAtlas2 } from '../../../web/src/hooks/useForceAtlas2.ts';
import type { EdgeAttrs, NodeAttrs } from '../../../web/src/core/view/types.ts';
import type { Mount, RenderHooks } from './hooks.ts';

const noop = () => {};
const NO_MORE = {};

function Bench({ subgraph, hooks }: { subgraph: Subgraph; hooks: RenderHooks }) {
  const graph = useMemo(() => createViewGraph(), []);
  const [version, setVersion] = useState(0);
  const [addedAt, setAddedAt] = useState(0);
  const [sigma, setSigma] = useState<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const visibility = useMemo(() => visibleElements(graph, DEFAULT_FILTERS), [graph, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const layout = useForceAtlas2(graph, noop);
  const { runFor, running } = layout;
  const wasRunning = useRef(false);

  // The overview arrives, as the explorer's fetch would deliver it: after the empty view is mounted.
  useEffect(() => {
    queueMicrotask(() => {
      mergeSubgraph(graph, subgraph, { mode: 'replace' });
      setVersion((v) => v + 1);
      setAddedAt(Date.now());
    });
  }, [graph, subgraph]);

  // First drawing with the nodes in it.
  useEffect(() => {
    if (!sigma || version === 0) return;
    sigma.once('afterRender', () => hooks.drawn({ nodes: graph.order, edges: graph.size }));
    hooks.camera((zoom, panX, panY) => {
      const camera = sigma.getCamera();
      camera.setState({
        ratio: camera.ratio / zoom,
        x: camera.x + panX * camera.ratio,
        y: camera.y + panY * camera.ratio,
      });
    });
    sigma.scheduleRefresh();
  }, [sigma, version, hooks, graph]);

  // As App.tsx: the layout starts a little after the nodes are drawn.
  useEffect(() => {
    if (addedAt === 0) return undefined;
    const id = window.setTimeout(() => runFor(graph.order > 500 ? 4000 : 1500), 30);
    return () => window.clearTimeout(id);
  }, [addedAt, runFor, graph]);

  useEffect(() => {
    if (running) wasRunning.current = true;
    else if (wasRunning.current) hooks.settled();
  }, [running, hooks]);

  return (
    <GraphView
      graph={graph}
      version={version}
      visibility={visibility}
      selected={null}
      selectedEdge={null}
      more={NO_MORE}
      resetAt={0}
      cameraRequest={null}
      onMoved={noop}
      onSigma={setSigma}
      onSelect={noop}
      onSelectEdge={noop}
      onExpand={noop}
      onPinned={noop}
    />
  );
}

export const mount: Mount = (container, subgraph, hooks) => {
  createRoot(container).render(<Bench subgraph={subgraph} hooks={hooks} />);
};
