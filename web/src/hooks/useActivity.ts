/*
 * What the explorer is busy with and the last error: `run` wraps an action so that it shows as
 * busy, clears the last error, and turns a failure into the error bar (core/activity).
 */
import { useCallback } from 'react';
import { IDLE, activityActions, failureMessage, type ActivityState } from '../core/activity/index.ts';
import { useProducers } from './useProducers.ts';

/** Runs `work` as the action called `label`. */
export type Run = (label: string, work: () => Promise<void>) => Promise<void>;

export interface Activity extends ActivityState {
  run: Run;
  dismissError(): void;
}

export function useActivity(): Activity {
  const [state, actions] = useProducers(IDLE, activityActions);
  const run = useCallback<Run>(
    async (label, work) => {
      actions.started(label);
      try {
        await work();
      } catch (e) {
        const message = failureMessage(e);
        if (message !== null) actions.failed(message);
      } finally {
        actions.finished();
      }
    },
    [actions],
  );
  return { ...state, run, dismissError: actions.dismissed };
}
