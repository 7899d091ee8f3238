import { describe, expect, it } from 'vitest';
import { extractTexts } from '../extract/test-helpers.ts';

describe('resolveExtractions', () => {
  it('should join a one-word name from another article to the one person with that surname', () => {
    const doc = extractTexts(
      'Turkish President Recep Tayyip Erdogan spoke on Monday.',
      'Erdogan said the talks were useful.',
    );
    const people = doc.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.id)).toEqual(['person:recep-tayyip-erdogan']);
    expect(people[0]?.mentions).toHaveLength(2);
  });

  it('should resolve a role reference from the leader another article names', () => {
    const doc = extractTexts(
      'Hungarian Prime Minister Viktor Orban arrived in Kyiv.',
      'The Hungarian prime minister spoke to reporters.',
    );
    expect(doc.entities.find((e) => e.id === 'person:viktor-orban')?.mentions.map((m) => m.text)).toEqual([
      'Viktor Orban',
      'The Hungarian prime minister',
    ]);
  });

  it('should give events deterministic ids from their content', () => {
    const first = extractTexts('Germany condemned Iran on Monday.');
    const second = extractTexts('Germany condemned Iran on Monday.');
    expect(first.events.map((e) => e.id)).toEqual(second.events.map((e) => e.id));
    expect(first.events[0]?.id).toMatch(/^event:condemnation:[0-9a-f]{12}$/);
  });

  it('should not give a state the alias of a city that is an entity of its own', () => {
    const doc = extractTexts('Delegates met in Nairobi on Monday. Nairobi rejected the proposal on Tuesday.');
    const kenya = doc.entities.find((e) => e.name === 'Kenya');
    const city = doc.entities.find((e) => e.name === 'Nairobi');
    expect(city?.type).toBe('Place');
    expect(kenya?.mentions.map((m) => m.text)).toContain('Nairobi');
    expect(kenya?.aliases).not.toContain('Nairobi');
  });
});
