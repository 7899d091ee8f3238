/*
 * Whether the API can reach Neo4j, for the banner: down with the API's message on any 503 (or when
 * the server does not answer), up again when the health check passes. Pure producers and the
 * polling rule.
 */

export interface HealthState {
  /** Why the database is unreachable, or null while it answers. */
  databaseDown: string | null;
}

export const HEALTHY: HealthState = { databaseDown: null };

export const healthActions = {
  down:
    (message: string) =>
    (state: HealthState): HealthState =>
      state.databaseDown === message ? state : { databaseDown: message },
  up:
    () =>
    (_state: HealthState): HealthState =>
      HEALTHY,
};

/** How often to ask /api/health, in ms: often while the database is down, seldom otherwise. */
export function healthCheckInterval(state: HealthState): number {
  return state.databaseDown ? 1500 : 5000;
}
