/*
 * Renders nothing: redraws the graph when its container changes size (a bar appears above it, a
 * panel opens beside it), which sigma by itself notices only for the window, so what is drawn and
 * where the explorer thinks it is drawn never part.
 */
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttrs, NodeAttrs } from '../../../core/view/types.ts';

export function ResizeController(): null {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    const observer = new ResizeObserver(() => sigma.refresh());
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
