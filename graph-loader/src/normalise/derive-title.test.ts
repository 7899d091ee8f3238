import { describe, expect, it } from 'vitest';
import { deriveTitle } from './derive-title.ts';

const spans = (...texts: string[]) => texts.map((text, index) => ({ index, start: 0, end: text.length, text }));

describe('deriveTitle', () => {
  it('should take a headline line that opens the article', () => {
    expect(deriveTitle(spans('Talks Resume After a Long Pause', 'The delegations met on Monday.'))).toBe(
      'Talks Resume After a Long Pause',
    );
  });

  it('should never make a first sentence into a title', () => {
    expect(deriveTitle(spans('The delegations met on Monday in the capital.', 'They spoke for hours.'))).toBeNull();
    expect(deriveTitle(spans('“We will continue,” the minister said'.padEnd(130, ' x'), 'More.'))).toBeNull();
    expect(deriveTitle([])).toBeNull();
  });
});
