/*
 * The drawing: one sigma renderer over the explorer's model graph, created once and killed on
 * unmount (by SigmaContainer), with render-nothing controllers for reducers, events and camera.
 */
import { useMemo, useState } from 'react';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EDGE_PROGRAMS, baseEdgeReducer } from '../../core/view/reducers.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from '../../core/view/types.ts';
import type { Visibility } from '../../core/filters/utils.ts';
import type { ViewGraphState } from '../../core/view/index.ts';
import { CameraController } from './controllers/CameraController.tsx';
import { EventsController } from './controllers/EventsController.tsx';
import { ReducersController } from './controllers/ReducersController.tsx';
import { SigmaBridge } from './controllers/SigmaBridge.tsx';
import { SettingsController } from './controllers/SettingsController.tsx';
import { LabelsController } from './controllers/LabelsController.tsx';
import { ResizeController } from './controllers/ResizeController.tsx';
import type { MoreToLoad } from '../../core/view/index.ts';

export interface GraphViewProps {
  graph: ViewGraph;
  version: number;
  visibility: Visibility;
  selected: string | null;
  selectedEdge: string | null;
  more: Record<string, Pick<MoreToLoad, 'leftOut' | 'exact'>>;
  /** Nodes and edges to highlight (a path, a sentence's facts, what a load changed). */
  highlight?: { nodes: Set<string>; edges: Set<string> } | null;
  resetAt: number;
  cameraRequest: ViewGraphState['cameraRequest'];
  /** Positions or the camera changed (they do not change the graph's version). */
  onMoved(): void;
  onSigma(sigma: Sigma<NodeAttrs, EdgeAttrs> | null): void;
  onSelect(key: string | null): void;
  onSelectEdge(key: string | null): void;
  onExpand(key: string): void;
  onPinned(): void;
}

export function GraphView(props: GraphViewProps) {
  // Hover stays here: it changes often and only the drawing cares.
  const [hovered, setHovered] = useState<string | null>(null);
  const settings = useMemo<Partial<Settings<NodeAttrs, EdgeAttrs>>>(
    () => ({
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      defaultEdgeType: EDGE_PROGRAMS.arrow,
      edgeProgramClasses: {
        [EDGE_PROGRAMS.arrow]: EdgeArrowProgram,
        [EDGE_PROGRAMS.line]: EdgeRectangleProgram,
        [EDGE_PROGRAMS.curve]: EdgeCurveProgram,
        [EDGE_PROGRAMS.curvedArrow]: EdgeCurvedArrowProgram,
      },
      edgeReducer: baseEdgeReducer,
      // Thin edges are hard to hit: no edge is drawn (or picked) thinner than this.
      minEdgeThickness: 2.2,
      // Labels by zoom and importance: one grid cell per ~150 px, bigger nodes first, none for small ones.
      labelDensity: 0.8,
      labelGridCellSize: 150,
      labelRenderedSizeThreshold: 9,
      labelSize: 12,
      labelColor: { color: '#1f2933' },
      stagePadding: 40,
      labelFont: 'system-ui, sans-serif',
      edgeLabelFont: 'system-ui, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#4b5563' },
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 20,
    }),
    [],
  );
  return (
    <SigmaContainer<NodeAttrs, EdgeAttrs> graph={props.graph} settings={settings} className="graph-canvas">
      <SigmaBridge onSigma={props.onSigma} />
      <ReducersController
        graph={props.graph}
        version={props.version}
        visibility={props.visibility}
        hovered={hovered}
        selected={props.selected}
        selectedEdge={props.selectedEdge}
        more={props.more}
        highlight={props.highlight ?? null}
      />
      <EventsController
        onSelect={props.onSelect}
        onSelectEdge={props.onSelectEdge}
        onExpand={props.onExpand}
        onHover={setHovered}
        onPinned={props.onPinned}
      />
      <LabelsController />
      <ResizeController />
      <CameraController resetAt={props.resetAt} request={props.cameraRequest} onMoved={props.onMoved} />
      <SettingsController order={props.graph.order} size={props.graph.size} />
    </SigmaContainer>
  );
}
