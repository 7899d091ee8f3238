import { describe, expect, it } from 'vitest';
import type { Claim, ClaimParty, Stance } from '#model/analyst-api.ts';
import { claimTimeline, partiesByStance } from './claims.ts';

const party = (name: string, stance: Stance, dates: (string | null)[]): ClaimParty => ({
  key: `state:${name.toLowerCase()}`,
  name,
  kind: 'State',
  stance,
  statements: dates.map((date, i) => ({
    date,
    sentence: {
      id: `${name}:${i}`,
      text: 'x',
      mentions: [],
      article: { id: 'a', title: null, outlet: 'Daily', publishedAt: date, url: null, file: null },
    },
  })),
});

const claim: Claim = {
  key: 'allegation:x',
  claim: 'supplied arms',
  category: 'arms transfer',
  status: 'disputed',
  allegerDescription: null,
  articleCount: 3,
  outletCount: 1,
  parties: [
    party('Utopia', 'denies', ['2024-03-01']),
    party('Oceania', 'alleges', ['2024-01-01', '2024-01-01']),
    party('Eurasia', 'targets', ['2024-02-01']),
  ],
};

describe('claims', () => {
  it('should group the parties by stance, accusers first', () => {
    expect(partiesByStance(claim).map((g) => [g.title, g.parties.map((p) => p.name)])).toEqual([
      ['Alleged by', ['Oceania']],
      ['Accused', ['Eurasia']],
      ['Denied by', ['Utopia']],
    ]);
  });

  it('should place who said what on a line from the first date to the last, once per party and day', () => {
    const line = claimTimeline(claim);
    expect(line).toMatchObject({ first: '2024-01-01', last: '2024-03-01' });
    expect(line.points.map((p) => [p.party, p.stance, p.x])).toEqual([
      ['Utopia', 'denies', 1],
      ['Oceania', 'alleges', 0],
    ]);
  });

  it('should put a single date in the middle, and have no line without dates', () => {
    expect(claimTimeline({ ...claim, parties: [party('Oceania', 'alleges', ['2024-01-01'])] }).points[0]!.x).toBe(0.5);
    expect(claimTimeline({ ...claim, parties: [party('Oceania', 'alleges', [null])] })).toEqual({
      first: null,
      last: null,
      points: [],
    });
  });
});
