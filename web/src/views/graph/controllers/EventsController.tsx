/*
 * Renders nothing: turns sigma's mouse events into explorer actions. Click selects a node or an
 * edge, double-click expands, hover highlights, and dragging moves a node and pins it.
 */
import { useEffect, useRef } from 'react';
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { setPinned } from '../../../core/view/graph.ts';
import type { EdgeAttrs, NodeAttrs } from '../../../core/view/types.ts';

export interface EventsControllerProps {
  onSelect(key: string | null): void;
  onSelectEdge(key: string | null): void;
  onExpand(key: string): void;
  onHover(key: string | null): void;
  onPinned(): void;
}

export function EventsController({ onSelect, onSelectEdge, onExpand, onHover, onPinned }: EventsControllerProps): null {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const registerEvents = useRegisterEvents<NodeAttrs, EdgeAttrs>();
  const dragged = useRef<string | null>(null);
  const moved = useRef(false);

  useEffect(() => {
    const graph = sigma.getGraph();
    registerEvents({
      clickNode: ({ node }) => {
        if (!moved.current) onSelect(node);
      },
      doubleClickNode: (e) => {
        e.preventSigmaDefault();
        onExpand(e.node);
      },
      clickEdge: ({ edge }) => onSelectEdge(edge),
      clickStage: () => {
        onSelect(null);
        onSelectEdge(null);
      },
      enterNode: ({ node }) => onHover(node),
      leaveNode: () => onHover(null),
      downNode: (e) => {
        dragged.current = e.node;
        moved.current = false;
        if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
      },
      moveBody: ({ event }) => {
        if (!dragged.current) return;
        const position = sigma.viewportToGraph(event);
        graph.mergeNodeAttributes(dragged.current, { x: position.x, y: position.y });
        moved.current = true;
        event.preventSigmaDefault();
        event.original.preventDefault();
        event.original.stopPropagation();
      },
      upNode: () => {
        if (dragged.current && moved.current) {
          setPinned(graph, dragged.current, true);
          onPinned();
        }
        dragged.current = null;
      },
      upStage: () => {
        dragged.current = null;
      },
    });
  }, [sigma, registerEvents, onSelect, onSelectEdge, onExpand, onHover, onPinned]);
  return null;
}
