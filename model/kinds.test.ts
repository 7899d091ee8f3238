import { describe, expect, it } from 'vitest';
import { nameOf } from './kinds.ts';

describe('nameOf', () => {
  it('should show a label in full and cut only free text', () => {
    const label = 'Arms transfer claim by United States and South Korea against Russia and North Korea';
    expect(nameOf({ label }, 'x')).toBe(label);
    const claim = 'a'.repeat(120);
    expect(nameOf({ claim }, 'x')).toBe(`${'a'.repeat(79)}…`);
    expect(nameOf({}, 'fallback')).toBe('fallback');
  });
});
