import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('should split hyphens, fold possessives and keep initialisms', () => {
    const tokens = tokenize('Kim Jong-un’s U.S. trip');
    expect(tokens.map((t) => t.norm)).toEqual(['kim', 'jong', 'un', 'u.s.', 'trip']);
    expect(tokens[2]).toMatchObject({ hyphenBefore: true, possessive: true });
  });

  it('should mark words inside double quotes', () => {
    const tokens = tokenize('He said “strike now” today');
    expect(tokens.filter((t) => t.quoted).map((t) => t.text)).toEqual(['strike', 'now']);
  });

  it('should keep an apostrophe before a capital inside a name, but fold a possessive', () => {
    expect(tokenize("O'Brien's aide met N'Djamena officials").map((t) => t.text)).toEqual([
      "O'Brien",
      'aide',
      'met',
      "N'Djamena",
      'officials',
    ]);
  });

  it('should keep the dot of a known abbreviation only', () => {
    expect(tokenize('Rep. Smith left Iran.').map((t) => t.text)).toEqual(['Rep.', 'Smith', 'left', 'Iran']);
  });
});
