/* Renders nothing: frames the whole view when nodes arrive from elsewhere (overview, restore, search). */
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttrs, NodeAttrs } from '../../../core/view/types.ts';

export function CameraController({ resetAt }: { resetAt: number }): null {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    if (resetAt === 0) return;
    sigma.setCustomBBox(null);
    sigma.refresh();
    void sigma.getCamera().animatedReset({ duration: 300 });
  }, [sigma, resetAt]);
  return null;
}
