import { describe, expect, it } from 'vitest';
import { extractTexts } from '../test-helpers.ts';

const relations = (text: string): string[][] => extractTexts(text).relations.map((r) => [r.type, r.source, r.target]);

describe('state organs', () => {
  it('should give an organ named without its state to the state the article reports from and names most', () => {
    const found = relations(
      'Estonia said on Monday it had expelled two diplomats. The National Security Service said the pair had ' +
        'recruited informants. Estonia has expelled diplomats before.',
    );
    expect(found).toContainEqual(['PART_OF', 'org:national-security-service', 'state:ee']);
  });

  it('should leave an organ to no state when the article opens on another state than the one it names most', () => {
    const found = relations(
      'Finland warned on Monday of Russian drones. The National Security Service said Russia had sent them. ' +
        'Russia denied it, and Russia said it would respond.',
    );
    expect(found.some(([type, source]) => type === 'PART_OF' && source === 'org:national-security-service')).toBe(
      false,
    );
  });

  it('should give an organ named without its state to the state the article names most when it opens on no state', () => {
    const text =
      'The National Security Service said on Monday it had arrested two men. Estonia said the pair had recruited ' +
      'informants, and Estonia would expel a diplomat.';
    expect(relations(text)).toContainEqual(['PART_OF', 'org:national-security-service', 'state:ee']);
  });

  it('should not read a body named after a local place or reach as an organ of the state', () => {
    const found = relations(
      'Estonia said on Monday it had expelled two diplomats. The County Court in Tartu ruled on it. Estonia agreed.',
    );
    expect(found.some(([type, , target]) => type === 'PART_OF' && target === 'state:ee')).toBe(false);
    // A local word after a name the article does not know as a place.
    const court = relations(
      "Estonia said on Monday it had expelled two diplomats. The Valga Magistrates' Court ruled on it. Estonia agreed.",
    );
    expect(court.some(([type, , target]) => type === 'PART_OF' && target === 'state:ee')).toBe(false);
  });
});

describe('the state an article reports from', () => {
  it('should give an unqualified office to the state the article opens in over the one it names most', () => {
    const found = relations(
      'A hospital in northern England was hit by hackers on Monday. Russia denied any role, and Russia said it ' +
        'would not cooperate. British officials said patients were safe. Doctors said the wards were calm. Health ' +
        'minister Ann Keel said the hospital would reopen.',
    );
    expect(found).toContainEqual(['OFFICIAL_OF', 'person:ann-keel', 'state:gb']);
    expect(found).not.toContainEqual(['OFFICIAL_OF', 'person:ann-keel', 'state:ru']);
  });
});
