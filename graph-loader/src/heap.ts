/*
 * Keeps a long load's main thread near its live size. V8 sizes a heap from the machine's memory and
 * collects lazily, so over thousands of batches the main thread's heap grew to three or four times
 * the ~55 MB it holds live, and the process's RSS with it. A full collection between batches, only
 * once the heap has grown past a bound, costs tens of milliseconds per few seconds of writing.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/** A full garbage collection of this thread when its used heap exceeds `boundMb`; whether it ran. */
export function collectAbove(boundMb: number): boolean {
  if (process.memoryUsage().heapUsed <= boundMb * 1024 * 1024) return false;
  collect ??= exposedGc();
  collect();
  return true;
}

/** The `gc()` function V8 gives a context created after `--expose-gc` is set. */
function exposedGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
