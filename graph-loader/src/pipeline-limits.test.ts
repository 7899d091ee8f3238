import { describe, expect, it } from 'vitest';
import { capMentions, overTimeLimit } from './pipeline-limits.ts';
import type { ArticleExtraction, LocalMention } from './extract/types.ts';

function mention(key: string, sentence: number, start: number): LocalMention {
  return { key, type: 'State', name: key, sentence, start, end: start + 2, surface: key };
}

function extraction(mentions: LocalMention[]): ArticleExtraction {
  return {
    articleId: 'a1',
    sentences: [],
    mentions,
    events: [
      {
        type: 'MEET',
        category: 'meet',
        date: null,
        datePrecision: null,
        participants: [{ key: 'cl', role: 'actor' }],
        place: null,
        evidence: [{ sentence: 0 }],
      },
      {
        type: 'MEET',
        category: 'meet',
        date: null,
        datePrecision: null,
        participants: [{ key: 'pe', role: 'actor' }],
        place: null,
        evidence: [{ sentence: 1 }],
      },
    ],
    allegations: [],
    relations: [{ type: 'ALLIED_WITH', source: 'pe', target: 'zz', evidence: [{ sentence: 1 }] }],
    warnings: [],
  };
}

describe('capMentions', () => {
  it('should leave an extraction within the cap as it is', () => {
    const x = extraction([mention('cl', 0, 0), mention('pe', 1, 10)]);
    expect(capMentions(x, 3)).toEqual({ extraction: x, warning: null });
  });

  it('should keep the first mentions of a sentence over the cap, and drop its facts and facts naming entities it lost', () => {
    // Sentence 0 lists five entities (cap 3); "zz" is mentioned only there, after the cap.
    const x = extraction([
      mention('cl', 0, 0),
      mention('cl', 0, 5),
      mention('ar', 0, 10),
      mention('bo', 0, 15),
      mention('zz', 0, 20),
      mention('pe', 1, 30),
    ]);
    const { extraction: capped, warning } = capMentions(x, 3);
    expect(capped.mentions.map((m) => `${m.key}@${m.start}`)).toEqual(['cl@0', 'cl@5', 'ar@10', 'pe@30']);
    expect(capped.events.map((e) => e.participants[0]!.key)).toEqual(['pe']);
    expect(capped.relations).toEqual([]);
    expect(warning).toBe(
      '1 sentence with more than 3 mentions (at most 5): kept the first 3 of each, and no events, allegations or relations from it',
    );
  });
});

describe('overTimeLimit', () => {
  it('should say nothing within the limit and name the time and the limit past it', () => {
    expect(overTimeLimit(900, 1000)).toBeNull();
    expect(overTimeLimit(31_250, 20_000)).toBe(
      'took 31.3 s to read and extract, over the time limit of 20 s per file (--file-time-limit raises it)',
    );
  });
});
