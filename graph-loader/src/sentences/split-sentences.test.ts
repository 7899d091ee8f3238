import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('should keep initials with dots inside the name that follows them', () => {
    expect(texts('Police said T.N. Varadkar was held in Nashik. He denied it.')).toEqual([
      'Police said T.N. Varadkar was held in Nashik.',
      'He denied it.',
    ]);
    expect(texts('The report by P. D. Ostrander was leaked. Ostrander resigned.')).toEqual([
      'The report by P. D. Ostrander was leaked.',
      'Ostrander resigned.',
    ]);
  });

  it('should still end a sentence at a dotted abbreviation before a word that opens sentences', () => {
    expect(texts('The envoy flew to Washington, D.C. The talks began on Monday.')).toEqual([
      'The envoy flew to Washington, D.C.',
      'The talks began on Monday.',
    ]);
  });

  it('should end a sentence at an abbreviation that may end one when the next word opens sentences', () => {
    expect(texts('Tariffs were raised on goods from the U.S. The U.S. answered with duties of its own.')).toEqual([
      'Tariffs were raised on goods from the U.S.',
      'The U.S. answered with duties of its own.',
    ]);
    expect(texts('The ship docked at 9 a.m. They unloaded it by noon.')).toEqual([
      'The ship docked at 9 a.m.',
      'They unloaded it by noon.',
    ]);
    expect(texts('The crowd gathered by 7 a.m. Police fired tear gas an hour later.')).toEqual([
      'The crowd gathered by 7 a.m.',
      'Police fired tear gas an hour later.',
    ]);
  });

  it('should keep such an abbreviation inside the sentence before other words', () => {
    expect(texts('Two U.S. Navy ships and a U.N. Envoy arrived.')).toEqual([
      'Two U.S. Navy ships and a U.N. Envoy arrived.',
    ]);
    expect(texts('Gen. Hollis met Lt. Okafor.')).toEqual(['Gen. Hollis met Lt. Okafor.']);
  });

  it('should neither cut nor count as cut a sentence within the limit that white space follows', () => {
    const said: string[] = [];
    const sentences = splitSentences('The envoy left.   Talks end.', {
      maxSentenceChars: 16,
      onLimit: (m) => said.push(m),
    });
    expect(sentences.map((s) => s.text)).toEqual(['The envoy left.', 'Talks end.']);
    expect(said).toEqual([]);
  });
});
