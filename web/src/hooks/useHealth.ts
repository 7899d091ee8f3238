/*
 * The database banner's state: down on any 503 the API client reports, then the health check polls
 * until Neo4j answers again (core/health).
 */
import { useEffect } from 'react';
import { api, onUnavailable } from '../api/client.ts';
import { HEALTHY, healthActions, healthCheckInterval, type HealthState } from '../core/health/index.ts';
import { useProducers } from './useProducers.ts';

export function useHealth(): HealthState {
  const [state, actions] = useProducers(HEALTHY, healthActions);
  useEffect(() => onUnavailable((e) => actions.down(e.message)), [actions]);
  const interval = healthCheckInterval(state);
  useEffect(() => {
    let cancelled = false;
    const check = async (): Promise<void> => {
      try {
        await api.health();
        if (!cancelled) actions.up();
      } catch {
        // onUnavailable set the banner.
      }
    };
    const id = window.setInterval(() => void check(), interval);
    return () => {
      cancelled = true;
      window.clearInterval(id);
    };
  }, [interval, actions]);
  return state;
}
