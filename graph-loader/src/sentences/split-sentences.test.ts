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
});
