import { describe, expect, it } from 'vitest';
import { IDLE, activityActions, failureMessage } from './index.ts';

describe('activity', () => {
  it('should clear the last error when an action starts, and keep a new one after it ends', () => {
    const failed = activityActions.failed('boom')(activityActions.started('Expanding…')(IDLE));
    expect(activityActions.finished()(failed)).toEqual({ busy: null, error: 'boom' });
    expect(activityActions.started('Opening…')(failed)).toEqual({ busy: 'Opening…', error: null });
  });

  it('should show no message for an aborted request or an unreachable database', () => {
    expect(failureMessage(new Error('openNode: "x" is not in the graph any more'))).toMatch(/not in the graph/);
    expect(failureMessage(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBeNull();
    expect(failureMessage(Object.assign(new Error('Neo4j is not reachable'), { unavailable: true }))).toBeNull();
  });
});
