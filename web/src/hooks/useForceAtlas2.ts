/*
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) over the view graph, with
 * start/stop, a timed run after each expansion, and noverlap when it stops. Pinned nodes are
 * `fixed`, so the layout leaves them where they are. `onSettled` hears when positions stopped
 * changing (so the link can keep them). The worker is killed on unmount.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from '../core/view/types.ts';

export interface LayoutControls {
  running: boolean;
  start(): void;
  /** Stops the layout; removes overlaps unless `spread` is false (a reopened view keeps its positions). */
  stop(spread?: boolean): void;
  /** Runs the layout for `ms` milliseconds, then stops it and removes overlaps. */
  runFor(ms: number): void;
  /** Pushes overlapping nodes apart once. */
  spread(): void;
}

export function useForceAtlas2(graph: ViewGraph, onSettled: () => void): LayoutControls {
  const layout = useRef<FA2Layout | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const [running, setRunning] = useState(false);

  const spread = useCallback(() => {
    if (graph.order < 2 || graph.order > 3000) return;
    noverlap.assign(graph, { maxIterations: 60, settings: { ratio: 1.4, margin: 3 } });
    onSettled();
  }, [graph, onSettled]);

  const stop = useCallback(
    (spreadAfter = true) => {
      window.clearTimeout(timer.current);
      if (layout.current?.isRunning()) {
        layout.current.stop();
        if (spreadAfter) spread();
        else onSettled();
      }
      setRunning(false);
    },
    [spread, onSettled],
  );

  const start = useCallback(() => {
    window.clearTimeout(timer.current);
    layout.current?.kill();
    const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, slowDown: 5 };
    layout.current = new FA2Layout(graph, { settings });
    if (graph.order > 1) {
      layout.current.start();
      setRunning(true);
    }
  }, [graph]);

  const runFor = useCallback(
    (ms: number) => {
      start();
      timer.current = window.setTimeout(stop, ms);
    },
    [start, stop],
  );

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      layout.current?.kill();
      layout.current = null;
    },
    [],
  );

  return { running, start, stop, runFor, spread };
}
