/* Renders nothing: hands the sigma instance to the explorer (export, camera), and takes it back on unmount. */
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '../../../core/view/types.ts';

export function SigmaBridge({ onSigma }: { onSigma(sigma: Sigma<NodeAttrs, EdgeAttrs> | null): void }): null {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    onSigma(sigma);
    return () => onSigma(null);
  }, [sigma, onSigma]);
  return null;
}
