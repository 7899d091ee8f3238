import { describe, expect, it } from 'vitest';
import { buildSearchQuery, escapeLucene } from './lucene.ts';

describe('escapeLucene', () => {
  it('should escape every special character', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g"~h*i?j:k\\l/m&n|o')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\"\\~h\\*i\\?j\\:k\\\\l\\/m\\&n\\|o',
    );
  });
  it('should defuse the boolean operators', () => {
    expect(escapeLucene('AND')).toBe('and');
  });
});

describe('buildSearchQuery', () => {
  it('should match a word exactly, as a prefix, and with typos from four letters on', () => {
    expect(buildSearchQuery('Russa')).toBe('(russa OR russa* OR russa~1)');
    expect(buildSearchQuery('un')).toBe('(un OR un*)');
  });
  it('should AND several words and drop punctuation', () => {
    expect(buildSearchQuery('Kim Jong-un')).toBe('(kim OR kim*) AND (jong OR jong* OR jong~1) AND (un OR un*)');
  });
  it('should leave the typo clauses out when asked to', () => {
    expect(buildSearchQuery('Kim Jong-un', false)).toBe('(kim OR kim*) AND (jong OR jong*) AND (un OR un*)');
  });
  it('should return null when nothing is left', () => {
    expect(buildSearchQuery('  ?! ')).toBeNull();
  });
  it('should keep special characters inside words escaped', () => {
    expect(buildSearchQuery('a^b|c')).toBe('(a\\^b\\|c OR a\\^b\\|c* OR a\\^b\\|c~1)');
    expect(buildSearchQuery('russia*')).toBe('(russia OR russia* OR russia~1)');
  });
});
