/*
 * What the explorer is busy with ("Expanding…") and the last error to show. Its actions are pure
 * producers, (args) => (state) => new state.
 */

export interface ActivityState {
  /** The label of the action under way, or null. */
  busy: string | null;
  error: string | null;
}

export const IDLE: ActivityState = { busy: null, error: null };

export const activityActions = {
  /** An action started: busy with it, the last error gone. */
  started:
    (label: string) =>
    (_state: ActivityState): ActivityState => ({ busy: label, error: null }),
  failed:
    (message: string) =>
    (state: ActivityState): ActivityState => ({ ...state, error: message }),
  finished:
    () =>
    (state: ActivityState): ActivityState => ({ ...state, busy: null }),
  dismissed:
    () =>
    (state: ActivityState): ActivityState => ({ ...state, error: null }),
};

/**
 * The message to show for a failed action, or null when there is none to show: an aborted request,
 * or an unreachable database or server (the banner says that).
 */
export function failureMessage(error: unknown): string | null {
  if ((error as { unavailable?: unknown }).unavailable === true) return null;
  if ((error as Error).name === 'AbortError') return null;
  return (error as Error).message;
}
