import { describe, expect, it } from 'vitest';
import type { Party } from '#model/api-types.ts';
import { partyGroups } from './utils.ts';

const party = (key: string, type: string, role: string | null = null): Party => ({
  key,
  name: key.toUpperCase(),
  kind: 'State',
  type,
  role,
  sentences: [{ id: `a:${key}`, text: `${key} said so.`, articleId: 'a' }],
});

describe('partyGroups', () => {
  it('should list an allegation’s parties along its arrows: alleged by, accused, denied by', () => {
    const groups = partyGroups('Allegation', [
      party('ru', 'TARGETS'),
      party('us', 'ALLEGES'),
      party('ru', 'DENIES'),
      party('kp', 'TARGETS'),
      party('kp', 'DENIES'),
    ]);
    expect(groups.map((g) => [g.title, g.parties.map((p) => p.key)])).toEqual([
      ['Alleged by', ['us']],
      ['Accused', ['ru', 'kp']],
      ['Denied by', ['ru', 'kp']],
    ]);
  });

  it('should list an event’s parties by role, then its place', () => {
    const groups = partyGroups('Event', [
      party('kp', 'PARTICIPATED_IN', 'recipient'),
      party('pyongyang', 'TOOK_PLACE_IN'),
      party('ru', 'PARTICIPATED_IN', 'actor'),
    ]);
    expect(groups.map((g) => g.title)).toEqual(['Actors', 'Recipients', 'Place']);
  });

  it('should give an entity no party groups', () => {
    expect(partyGroups('State', [party('x', 'ALLEGES')])).toEqual([]);
  });
});
