/*
 * Renders nothing: pushes filters, hover, selection and "+N more" into sigma's reducers. The
 * reducers are set once and read the latest context from a ref; a hover or selection change
 * refreshes without re-indexing, while filter and structure changes refresh fully.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import type { Visibility } from '../../../core/filters/utils.ts';
import { neighbourhoodOf, reduceEdge, reduceNode, type ReducerContext } from '../../../core/view/reducers.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from '../../../core/view/types.ts';

export interface ReducersControllerProps {
  graph: ViewGraph;
  version: number;
  visibility: Visibility;
  hovered: string | null;
  selected: string | null;
  selectedEdge: string | null;
  more: Record<string, { leftOut: number }>;
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
  const context = useRef<ReducerContext>({ graph, visibility, hovered, hoverSet, selected, selectedEdge, more, highlight });

  useEffect(() => {
    sigma.setSetting('nodeReducer', (key, attrs) => reduceNode(context.current, key, attrs));
    sigma.setSetting('edgeReducer', (key, attrs) =>
      reduceEdge(context.current, key, attrs, graph.source(key), graph.target(key)),
    );
  }, [sigma, graph]);

  useEffect(() => {
    context.current = { ...context.current, graph, visibility, more, highlight };
    sigma.refresh({ schedule: true });
  }, [sigma, graph, visibility, more, highlight]);

  useEffect(() => {
    context.current = { ...context.current, hovered, hoverSet, selected, selectedEdge };
    sigma.refresh({ skipIndexation: true, schedule: true });
  }, [sigma, hovered, hoverSet, selected, selectedEdge]);
  return null;
}
