/*
 * Renders nothing: draws node labels so that no two overlap. Sigma's label grid picks the candidates
 * (by zoom, node size and labelDensity); they are collected while sigma renders, placed at the end of
 * the frame (core/view/labels.ts) and drawn on sigma's label layer. The labels drawn are written on the
 * container as `data-labels` (key and box of each), which the start-screen test reads.
 */
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { placeLabels, type LabelCandidate } from '../../../core/view/labels.ts';
import type { EdgeAttrs, NodeAttrs } from '../../../core/view/types.ts';

const round = (n: number): number => Math.round(n * 10) / 10;

export function LabelsController(): null {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    let candidates: LabelCandidate[] = [];
    const collect: NodeLabelDrawingFunction<NodeAttrs, EdgeAttrs> = (_context, data) => {
      const key = (data as { key?: string }).key ?? '';
      const forced = data.forceLabel === true || data.highlighted === true;
      candidates.push({ key, x: data.x, y: data.y, size: data.size, text: data.label ?? '', forced });
    };
    const reset = (): void => {
      candidates = [];
    };
    const draw = (): void => {
      const context = sigma.getCanvases().labels?.getContext('2d');
      if (!context) return;
      const settings = sigma.getSettings();
      const { width, height } = sigma.getDimensions();
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const placed = placeLabels(candidates, {
        width,
        height,
        fontSize: settings.labelSize,
        measure: (text) => context.measureText(text).width,
      });
      context.fillStyle = settings.labelColor.color ?? '#1f2933';
      for (const label of placed) if (!label.forced) context.fillText(label.text, label.textX, label.textY);
      sigma.getContainer().dataset.labels = JSON.stringify(
        placed.map((l) => ({ key: l.key, text: l.text, x: round(l.x), y: round(l.y), w: round(l.width), h: l.height })),
      );
      candidates = [];
    };
    sigma.setSetting('defaultDrawNodeLabel', collect);
    sigma.on('beforeRender', reset);
    sigma.on('afterRender', draw);
    sigma.refresh();
    return () => {
      sigma.off('beforeRender', reset);
      sigma.off('afterRender', draw);
    };
  }, [sigma]);
  return null;
}
