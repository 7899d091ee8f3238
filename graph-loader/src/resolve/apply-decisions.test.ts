import { describe, expect, it } from 'vitest';
import type { MergeRule, SplitRule } from '#model/decisions.ts';
import type { ExtractionDocument } from '../contract.ts';
import { applyDecisions, splitEntityId } from './apply-decisions.ts';

const mention = (sentence: number, text: string) => ({
  article: 'a1',
  sentence,
  start: sentence * 100,
  end: sentence * 100 + text.length,
  text,
});
const ev = (sentence: number) => ({ article: 'a1', sentence, text: `sentence ${sentence}` });

/** A small document: Marta Ilves (also written "Ilves"), a second "Marta Ilves-Kask", an agency, a state. */
function document(): ExtractionDocument {
  return {
    extractor: { name: 'test', version: '1' },
    articles: [{ id: 'a1', title: null, source: null, url: null, publishedAt: '2024-01-02', file: 'a1.txt' }],
    entities: [
      {
        id: 'person:marta-ilves',
        type: 'Person',
        name: 'Marta Ilves',
        aliases: ['Ilves'],
        mentions: [mention(0, 'Marta Ilves'), mention(1, 'Ilves'), mention(3, 'Ilves')],
      },
      {
        id: 'person:marta-ilves-kask',
        type: 'Person',
        name: 'Marta Ilves-Kask',
        aliases: [],
        mentions: [mention(2, 'Marta Ilves-Kask')],
      },
      {
        id: 'org:harbour-agency',
        type: 'Organisation',
        name: 'Harbour Agency',
        aliases: [],
        mentions: [mention(1, 'Harbour Agency')],
      },
      {
        id: 'state:ee',
        type: 'State',
        name: 'Estonia',
        aliases: [],
        mentions: [mention(0, 'Estonia'), mention(3, 'Estonia')],
      },
    ],
    events: [
      {
        id: 'event:meeting:1',
        type: 'meeting',
        category: 'consult',
        date: null,
        datePrecision: null,
        participants: [
          { entity: 'person:marta-ilves-kask', role: 'actor' },
          { entity: 'state:ee', role: 'recipient' },
        ],
        place: null,
        evidence: [ev(2)],
      },
      {
        id: 'event:visit:2',
        type: 'visit',
        category: 'consult',
        date: null,
        datePrecision: null,
        participants: [{ entity: 'person:marta-ilves', role: 'actor' }],
        place: 'state:ee',
        evidence: [ev(3)],
      },
    ],
    allegations: [
      {
        id: 'allegation:x',
        claim: 'a claim',
        category: 'corruption',
        status: 'denied',
        allegers: ['person:marta-ilves'],
        accused: ['org:harbour-agency'],
        deniedBy: ['person:marta-ilves-kask'],
        confirmedBy: [],
        evidence: [
          { ...ev(1), stance: 'alleges', by: ['person:marta-ilves'] },
          { ...ev(2), stance: 'denies', by: ['person:marta-ilves-kask'] },
        ],
      },
    ],
    relations: [
      {
        id: 'rel:member_of:a',
        type: 'MEMBER_OF',
        source: 'person:marta-ilves',
        target: 'org:harbour-agency',
        evidence: [ev(1)],
      },
      {
        id: 'rel:member_of:b',
        type: 'MEMBER_OF',
        source: 'person:marta-ilves-kask',
        target: 'org:harbour-agency',
        evidence: [ev(2)],
      },
      {
        id: 'rel:allied_with:c',
        type: 'ALLIED_WITH',
        source: 'person:marta-ilves',
        target: 'person:marta-ilves-kask',
        evidence: [ev(2)],
      },
    ],
  };
}

const rule = { decidedBy: 'tester', decidedAt: '2024-02-01T10:00:00.000Z' };
const merge: MergeRule = {
  ...rule,
  id: 'merge-1',
  action: 'merge',
  from: { id: 'person:marta-ilves-kask', name: 'Marta Ilves-Kask' },
  into: { id: 'person:marta-ilves', name: 'Marta Ilves', type: 'Person' },
};

describe('applyDecisions', () => {
  it('should merge an entity into another: mentions, aliases and every fact follow', () => {
    const doc = applyDecisions(document(), [merge]);
    expect(doc.entities.map((e) => e.id)).not.toContain('person:marta-ilves-kask');
    const marta = doc.entities.find((e) => e.id === 'person:marta-ilves')!;
    expect(marta.aliases).toEqual(['Ilves', 'Marta Ilves-Kask']);
    expect(marta.mentions).toHaveLength(4);
    expect(doc.events[0]!.participants.map((p) => p.entity)).toEqual(['person:marta-ilves', 'state:ee']);
    expect(doc.allegations[0]).toMatchObject({ allegers: ['person:marta-ilves'], deniedBy: ['person:marta-ilves'] });
    expect(doc.allegations[0]!.evidence[1]!.by).toEqual(['person:marta-ilves']);
    // The two MEMBER_OF relations become one with both sentences; the relation between the two disappears.
    expect(doc.relations.map((r) => [r.type, r.source, r.target, r.evidence.length])).toEqual([
      ['MEMBER_OF', 'person:marta-ilves', 'org:harbour-agency', 2],
    ]);
  });

  it('should leave the document it was given unchanged, and change nothing without rules', () => {
    const original = document();
    applyDecisions(original, [merge]);
    expect(original).toEqual(document());
    expect(applyDecisions(original, [])).toBe(original);
  });

  it('should split an alias off: its mentions, and the facts stated only in those words, move to the new entity', () => {
    const split: SplitRule = {
      ...rule,
      id: 'split-1',
      action: 'split',
      entity: { id: 'person:marta-ilves', name: 'Marta Ilves' },
      alias: 'ilves',
      into: { id: splitEntityId('Person', 'Peeter Ilves'), name: 'Peeter Ilves', type: 'Person' },
    };
    const doc = applyDecisions(document(), [split]);
    const marta = doc.entities.find((e) => e.id === 'person:marta-ilves')!;
    const peeter = doc.entities.find((e) => e.id === 'person:peeter-ilves')!;
    expect(marta.mentions.map((m) => m.sentence)).toEqual([0]);
    expect(marta.aliases).toEqual([]);
    expect(peeter).toMatchObject({ name: 'Peeter Ilves', type: 'Person', aliases: ['Ilves'] });
    expect(peeter.mentions.map((m) => m.sentence)).toEqual([1, 3]);
    // The visit (sentence 3) and the membership (sentence 1) were stated as "Ilves" only.
    expect(doc.events[1]!.participants[0]!.entity).toBe('person:peeter-ilves');
    expect(doc.relations.find((r) => r.id === 'rel:member_of:a')!.source).toBe('person:peeter-ilves');
    // The allegation's evidence includes sentence 2, which does not name Marta Ilves as "Ilves": she stays.
    expect(doc.allegations[0]!.allegers).toEqual(['person:marta-ilves']);
  });

  it('should apply rules oldest first, so a merge into an entity merged later ends at the last one', () => {
    const later: MergeRule = {
      ...merge,
      id: 'merge-2',
      decidedAt: '2024-03-01T00:00:00.000Z',
      from: { id: 'person:marta-ilves', name: 'Marta Ilves' },
      into: { id: 'person:m-ilves', name: 'M. Ilves', type: 'Person' },
    };
    const doc = applyDecisions(document(), [later, merge]);
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.id)).toEqual(['person:m-ilves']);
    expect(doc.entities.find((e) => e.id === 'person:m-ilves')!.mentions).toHaveLength(4);
  });
});
