/*
 * Renders nothing: frames the whole view when nodes arrive from elsewhere (overview, search), puts a
 * reopened view's camera and frame back exactly, and tells the explorer when the camera has moved
 * (once it rests), so the link can keep it.
 */
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttrs, NodeAttrs } from '../../../core/view/types.ts';
import type { ViewGraphState } from '../../../core/view/index.ts';

/** How long the camera must rest before it counts as moved. */
const REST_MS = 200;

export interface CameraControllerProps {
  resetAt: number;
  request: ViewGraphState['cameraRequest'];
  onMoved(): void;
}

export function CameraController({ resetAt, request, onMoved }: CameraControllerProps): null {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    if (resetAt === 0) return;
    sigma.setCustomBBox(null);
    sigma.refresh();
    void sigma.getCamera().animatedReset({ duration: 300 });
  }, [sigma, resetAt]);

  useEffect(() => {
    if (!request) return;
    sigma.setCustomBBox(request.frame ? { x: [...request.frame.x], y: [...request.frame.y] } : null);
    sigma.getCamera().setState(request.camera ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    sigma.refresh();
  }, [sigma, request]);

  useEffect(() => {
    const camera = sigma.getCamera();
    let timer = 0;
    const onUpdated = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onMoved, REST_MS);
    };
    camera.on('updated', onUpdated);
    return () => {
      window.clearTimeout(timer);
      camera.off('updated', onUpdated);
    };
  }, [sigma, onMoved]);
  return null;
}
