/*
 * Renders nothing: pushes filters, hover, selection, a highlight (a path, a sentence's facts, what a
 * load changed), "+N more", parallel-edge curvatures and the zoom level into sigma's reducers. The reducers are set once and read the latest context from a ref; a
 * hover, selection or zoom change refreshes without re-indexing, while filter and structure changes
 * refresh fully.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSigma } from '@react-sigma/core';
import type { Visibility } from '../../../core/filters/utils.ts';
import { parallelCurvatures } from '../../../core/view/curves.ts';
import { neighbourhoodOf, reduceEdge, reduceNode, type ReducerContext } from '../../../core/view/reducers.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from '../../../core/view/types.ts';
import type { MoreToLoad } from '../../../core/view/index.ts';

/** The camera ratio below which every relation's label is drawn (1 shows the whole view). */
const ZOOMED_IN_RATIO = 0.45;

export interface ReducersControllerProps {
  graph: ViewGraph;
  version: number;
  visibility: Visibility;
  hovered: string | null;
  selected: string | null;
  selectedEdge: string | null;
  more: Record<string, Pick<MoreToLoad, 'leftOut' | 'exact'>>;
  highlight: ReducerContext['highlight'];
}

export function ReducersController({
  graph,
  version,
  visibility,
  hovered,
  selected,
  selectedEdge,
  more,
  highlight,
}: ReducersControllerProps): null {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const hoverSet = useMemo(() => neighbourhoodOf(graph, hovered), [graph, hovered, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const curvatures = useMemo(() => parallelCurvatures(graph), [graph, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [zoomedIn, setZoomedIn] = useState(false);
  const context = useRef<ReducerContext>({
    graph,
    visibility,
    hovered,
    hoverSet,
    selected,
    selectedEdge,
    more,
    curvatures,
    zoomedIn,
    highlight,
  });

  useEffect(() => {
    sigma.setSetting('nodeReducer', (key, attrs) => reduceNode(context.current, key, attrs));
    sigma.setSetting('edgeReducer', (key, attrs) =>
      reduceEdge(context.current, key, attrs, graph.source(key), graph.target(key)),
    );
  }, [sigma, graph]);

  useEffect(() => {
    const camera = sigma.getCamera();
    const onCamera = (): void => setZoomedIn(camera.ratio < ZOOMED_IN_RATIO);
    camera.on('updated', onCamera);
    return () => {
      camera.off('updated', onCamera);
    };
  }, [sigma]);

  useEffect(() => {
    context.current = { ...context.current, graph, visibility, more, curvatures, highlight };
    sigma.refresh({ schedule: true });
  }, [sigma, graph, visibility, more, curvatures, highlight]);

  useEffect(() => {
    context.current = { ...context.current, hovered, hoverSet, selected, selectedEdge, zoomedIn };
    sigma.refresh({ skipIndexation: true, schedule: true });
  }, [sigma, hovered, hoverSet, selected, selectedEdge, zoomedIn]);
  return null;
}
