import { describe, expect, it } from 'vitest';
import { HEALTHY, healthActions, healthCheckInterval } from './index.ts';

describe('health', () => {
  it('should poll often while the database is down and seldom once it is back', () => {
    const down = healthActions.down('Neo4j is not reachable')(HEALTHY);
    expect(healthCheckInterval(down)).toBeLessThan(healthCheckInterval(HEALTHY));
    expect(healthActions.up()(down)).toBe(HEALTHY);
  });

  it('should keep the same state for the same message, so polling is not restarted', () => {
    const down = healthActions.down('x')(HEALTHY);
    expect(healthActions.down('x')(down)).toBe(down);
  });
});
