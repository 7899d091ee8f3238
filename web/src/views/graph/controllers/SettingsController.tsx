/*
 * Renders nothing: adapts sigma's settings to the size of the view, so a large view stays
 * interactive (no edge labels beyond 1,000 edges; edges and labels hidden while moving a big view).
 */
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttrs, NodeAttrs } from '../../../core/view/types.ts';

export function SettingsController({ order, size }: { order: number; size: number }): null {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const edgeLabels = size <= 1000;
  const big = order > 2000 || size > 5000;
  useEffect(() => {
    sigma.setSetting('renderEdgeLabels', edgeLabels);
    sigma.setSetting('hideEdgesOnMove', big);
    sigma.setSetting('hideLabelsOnMove', big);
  }, [sigma, edgeLabels, big]);
  return null;
}
