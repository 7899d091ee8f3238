import { describe, expect, it } from 'vitest';
import { capMentions, extractWithinLimits, overTimeLimit } from './pipeline-limits.ts';
import { prepareArticle } from './pipeline.ts';
import { loadKnowledge } from './extract/knowledge.ts';
import type { Knowledge } from './extract/knowledge.ts';
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

describe('extractWithinLimits', () => {
  const prepared = prepareArticle({
    file: 'a.txt',
    title: null,
    source: null,
    url: null,
    publishedAt: '2024-03-01',
    // Found by the property test: a reported clause whose verb would be past the sentence's last word.
    text: 'Dr.said\u2014meton Mondayon Monday',
    format: 'text',
  });
  const article = 'article' in prepared ? prepared.article : undefined;

  it('should extract what fast-check once found to crash the extractor', () => {
    expect(extractWithinLimits(article!, loadKnowledge(), { spentMs: 0, limitMs: 20_000 })).toMatchObject({ ok: true });
  });

  it('should leave out, with the reason, an article the extractor fails on, and not throw', () => {
    const broken = {} as Knowledge;
    const result = extractWithinLimits(article!, broken, { spentMs: 0, limitMs: 20_000 });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^the extractor failed on it \(/) });
  });
});
