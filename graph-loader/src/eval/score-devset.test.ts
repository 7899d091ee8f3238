import { describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../contract.ts';
import { parseDevGold, isDevGold } from './gold-devset.ts';
import { devF1, devNorm, devSameSentence, scoreDevArticle, sumDev } from './score-devset.ts';

const S0 = 'The Ruritanian army said it had shelled rebel positions near the town of Oxbridge on Monday.';
const S1 = 'Rebel leader Ann Other denied that her fighters had attacked civilians.';
const entity = (
  id: string,
  type: 'State' | 'Person' | 'Organisation' | 'Place',
  name: string,
  aliases: string[] = [],
) => ({
  id,
  type,
  name,
  aliases,
  mentions: [{ article: 'a', sentence: 0, start: 0, end: 1, text: name }],
});
const doc: ExtractionDocument = {
  extractor: { name: 't', version: '0' },
  articles: [],
  entities: [
    entity('org:ruritanian-army', 'Organisation', 'Ruritanian Army', ['Ruritanian army']),
    entity('person:ann-other', 'Person', 'Ann Other', ['Other']),
    entity('place:oxbridge', 'Person', 'Oxbridge'),
    entity('state:ru', 'State', 'Ruritania'),
    entity('org:unknown', 'Organisation', 'Nobody Inc'),
  ],
  events: ['e1', 'e2'].map((id) => ({
    id,
    type: 'strike',
    category: 'c',
    date: null,
    datePrecision: null,
    participants: [{ entity: 'org:ruritanian-army', role: 'actor' }],
    place: null,
    evidence: [{ article: 'a', sentence: 0, text: S0 }],
  })),
  allegations: [
    {
      id: 'a1',
      claim: 'c',
      category: 'war crimes',
      status: 'alleged',
      allegers: ['org:ruritanian-army'],
      accused: ['person:ann-other'],
      deniedBy: [],
      confirmedBy: [],
      evidence: [{ article: 'a', sentence: 1, text: S1, stance: 'denies', by: ['person:ann-other'] }],
    },
  ],
  relations: [
    {
      id: 'r1',
      type: 'PART_OF',
      source: 'state:ru',
      target: 'org:ruritanian-army',
      evidence: [{ article: 'a', sentence: 0, text: S0 }],
    },
    {
      id: 'r2',
      type: 'PART_OF',
      source: 'org:unknown',
      target: 'state:ru',
      evidence: [{ article: 'a', sentence: 0, text: S0 }],
    },
  ],
};
const gold = parseDevGold({
  entities: [
    { name: 'Ruritanian Armed Forces', type: 'Organisation', aliases: ['Ruritanian army'], mentions: 2 },
    { name: 'Ann Other', type: 'Person', aliases: ['Ann Other'], mentions: 1 },
    { name: 'Oxbridge', type: 'Place', aliases: ['Oxbridge'], mentions: 1 },
    { name: 'Ruritania', type: 'State', aliases: [], mentions: 0 },
  ],
  events: [
    { type: 'attack', participants: ['Ruritanian Armed Forces'], evidence: S0.replace('Monday', 'Monday evening') },
  ],
  allegations: [
    {
      alleger: null,
      accused: ['Ann Other'],
      claim: 'x',
      status: 'denied',
      deniedBy: ['Ann Other'],
      evidence: 'Unrelated.',
      denialEvidence: S1,
    },
  ],
  relations: [{ source: 'Ruritanian Armed Forces', target: 'Ruritania', type: 'PART_OF' }],
});

describe('dev-set scoring (as score.mjs)', () => {
  it('should normalise like the set: initials, hyphens, a leading "the" and a trailing possessive', () => {
    expect(devNorm('The U.S. Army’s')).toBe('us army');
    expect(devNorm('Kim Jong-un')).toBe('kim jong un');
  });

  it('should treat sentences as the same when one contains the other or most longer words are shared', () => {
    expect(devSameSentence(S0, S0.slice(0, 40))).toBe(true);
    expect(devSameSentence(S0, S0.replace('Monday', 'Tuesday'))).toBe(true);
    expect(devSameSentence(S0, S1)).toBe(false);
  });

  it('should recognise the dev set gold format by its mention counts', () => {
    expect(isDevGold({ entities: [{ name: 'x', mentions: 2 }] })).toBe(true);
    expect(isDevGold({ entities: [{ name: 'x', mentions: ['x'] }] })).toBe(false);
  });

  it('should skip predictions of a gold entity that has no mention, and count the rest one to one', () => {
    const { counts } = scoreDevArticle(doc, gold);
    // Ruritania (no mention in the gold) counts neither way; Nobody Inc is wrong; Oxbridge is found untyped only.
    expect(counts.entities).toEqual({ tp: 3, predicted: 4, gold: 3 });
    expect(counts.typed).toEqual({ tp: 2, predicted: 4, gold: 3 });
  });

  it('should match events one to one on the sentence and a shared participant', () => {
    expect(scoreDevArticle(doc, gold).counts.events).toEqual({ tp: 1, predicted: 2, gold: 1 });
  });

  it('should match an allegation on its denial sentence and count its status', () => {
    const score = scoreDevArticle(doc, gold);
    expect(score.counts.allegations).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(score.status).toEqual({ correct: 0, matched: 1 });
  });

  it('should match relations on both ends in either direction, not on the type', () => {
    expect(scoreDevArticle(doc, gold).counts.relations).toEqual({ tp: 1, predicted: 2, gold: 1 });
  });

  it('should sum articles before computing F1', () => {
    const total = sumDev([scoreDevArticle(doc, gold), scoreDevArticle(doc, gold)]);
    expect(total.counts.events).toEqual({ tp: 2, predicted: 4, gold: 2 });
    expect(devF1(total.counts.events).f1).toBeCloseTo(2 / 3);
  });
});
