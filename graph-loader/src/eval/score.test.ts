import { describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../contract.ts';
import { parseGold } from './gold.ts';
import { normaliseName, scoreArticle, summarise } from './score.ts';

const S0 = 'Washington accused Moscow of supplying arms.';
const S1 = 'Moscow denied the arms transfers.';
const doc: ExtractionDocument = {
  extractor: { name: 't', version: '0' },
  articles: [],
  entities: [
    {
      id: 'state:us',
      type: 'State',
      name: 'United States',
      aliases: [],
      mentions: [{ article: 'a', sentence: 0, start: 0, end: 10, text: 'Washington' }],
    },
    {
      id: 'state:ru',
      type: 'State',
      name: 'Russia',
      aliases: [],
      mentions: [{ article: 'a', sentence: 0, start: 20, end: 26, text: 'Moscow' }],
    },
    {
      id: 'place:x',
      type: 'Place',
      name: 'Nowhere',
      aliases: [],
      mentions: [{ article: 'a', sentence: 1, start: 0, end: 1, text: 'Nowhere' }],
    },
  ],
  events: [
    {
      id: 'e1',
      type: 'accusation',
      category: 'c',
      date: null,
      datePrecision: null,
      participants: [
        { entity: 'state:us', role: 'actor' },
        { entity: 'state:ru', role: 'target' },
      ],
      place: null,
      evidence: [{ article: 'a', sentence: 0, text: S0 }],
    },
    {
      id: 'e2',
      type: 'denial',
      category: 'c',
      date: null,
      datePrecision: null,
      participants: [{ entity: 'state:us', role: 'actor' }],
      place: null,
      evidence: [{ article: 'a', sentence: 1, text: S1 }],
    },
  ],
  allegations: [
    {
      id: 'a1',
      claim: 'c',
      category: 'arms transfer',
      status: 'denied',
      allegers: ['state:us'],
      accused: ['state:ru'],
      deniedBy: ['state:ru'],
      confirmedBy: [],
      evidence: [
        { article: 'a', sentence: 0, text: S0, stance: 'alleges', by: ['state:us'] },
        { article: 'a', sentence: 1, text: S1, stance: 'denies', by: ['state:ru'] },
      ],
    },
  ],
  relations: [
    {
      id: 'r1',
      type: 'OPPOSES',
      source: 'state:ru',
      target: 'state:us',
      evidence: [{ article: 'a', sentence: 0, text: S0 }],
    },
  ],
};

const gold = parseGold({
  entities: [
    { name: 'United States', type: 'State', aliases: ['Washington'] },
    { name: 'Russia', type: 'State', aliases: ['Moscow'] },
    { name: 'Kremlin', type: 'Organisation' },
  ],
  events: [
    { type: 'accusation', participants: [{ name: 'United States', role: 'actor' }, 'Russia'], evidence: S0 },
    { type: 'denial', participants: [{ name: 'Russia', role: 'actor' }], evidence: [S1] },
  ],
  allegations: [{ alleger: 'Washington', accused: ['Russia'], status: 'denied', evidence: [S0] }],
  relations: [{ source: 'United States', target: 'Russia', type: 'OPPOSES' }],
});

describe('scoring', () => {
  it('should compare names without case, dots, hyphens, apostrophes or a leading "the"', () => {
    expect(normaliseName('The Kim Jong-un’s')).toBe(normaliseName('kim jong un'));
    expect(normaliseName('U.S.')).toBe('us');
  });

  it('should match entities by type and alias, one to one', () => {
    expect(scoreArticle(doc, 'a', gold).entities).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('should match an event on a shared sentence and a gold actor among the participants', () => {
    // The denial names the United States as actor, not Russia: it does not match.
    expect(scoreArticle(doc, 'a', gold).events).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('should match allegations on allegers, accused and the status stated in the article', () => {
    expect(scoreArticle(doc, 'a', gold).allegations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('should match symmetric relations in either direction', () => {
    expect(scoreArticle(doc, 'a', gold).relations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('should sum counts over articles into precision, recall and F1', () => {
    const s = summarise([scoreArticle(doc, 'a', gold)]).entities;
    expect([s.precision, s.recall]).toEqual([2 / 3, 2 / 3]);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});
