import { describe, expect, it } from 'vitest';
import { entity, extractTexts } from './test-helpers.ts';

describe('entity mentions', () => {
  it('should resolve "the Kremlin" and a capital to the Russian state', () => {
    const doc = extractTexts('The Kremlin said on Monday that Moscow would respond.');
    const russia = entity(doc, 'state:ru');
    expect(russia?.type).toBe('State');
    expect(russia?.mentions.map((m) => m.text)).toEqual(['Kremlin', 'Moscow']);
  });

  it('should count a demonym as a mention of its state', () => {
    const doc = extractTexts('Officials found North Korean missiles near the border.');
    expect(entity(doc, 'state:kp')?.mentions.map((m) => m.text)).toEqual(['North Korean']);
  });

  it('should read abbreviations with dots and acronyms', () => {
    const doc = extractTexts('The U.S. and the DPRK met at the U.N. in New York.');
    expect(entity(doc, 'state:us')).toBeDefined();
    expect(entity(doc, 'state:kp')).toBeDefined();
    expect(entity(doc, 'org:un')).toBeDefined();
  });

  it('should give a titled person a role and a leadership relation', () => {
    const doc = extractTexts('French President Emmanuel Macron arrived in Berlin on Tuesday.');
    const macron = entity(doc, 'person:emmanuel-macron');
    expect(macron?.type).toBe('Person');
    expect(macron?.roles).toEqual(['President of France']);
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual(['LEADER_OF', 'person:emmanuel-macron', 'state:fr']);
  });

  it('should resolve a surname and a role reference to the person named in full', () => {
    const doc = extractTexts(
      'Iranian President Masoud Pezeshkian spoke to reporters. Pezeshkian said talks would go on. The Iranian president later left.',
    );
    const person = entity(doc, 'person:masoud-pezeshkian');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Masoud Pezeshkian', 'Pezeshkian', 'The Iranian president']);
  });

  it('should treat name variants with and without hyphens as one person', () => {
    const doc = extractTexts('Kim Jong-un met officials.', 'Kim Jong Un inspected a factory.');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.id)).toEqual(['person:kim-jong-un']);
  });

  it('should type unknown names from their context', () => {
    const doc = extractTexts(
      'Shelling hit homes in Pokrovsk and Kostiantynivka overnight, said Oleksandr Prokudin, a governor of the region. The Kharkiv Human Rights Group documented the damage.',
    );
    expect(entity(doc, 'place:pokrovsk')?.type).toBe('Place');
    expect(entity(doc, 'place:kostiantynivka')?.type).toBe('Place');
    expect(entity(doc, 'person:oleksandr-prokudin')?.type).toBe('Person');
    expect(entity(doc, 'org:kharkiv-human-rights-group')?.type).toBe('Organisation');
  });

  it('should not take sentence-initial common words, months or holidays for names', () => {
    const doc = extractTexts('Conversely, during March the ministry marked Independence Day. Citing sources, nobody agreed.');
    expect(doc.entities).toEqual([]);
  });

  it('should find mentions at the very start and end of the text', () => {
    const doc = extractTexts('Ukraine thanked Poland');
    const [ukraine, poland] = [entity(doc, 'state:ua'), entity(doc, 'state:pl')];
    expect(ukraine?.mentions[0]).toMatchObject({ start: 0, end: 7, text: 'Ukraine' });
    expect(poland?.mentions[0]).toMatchObject({ start: 16, end: 22, text: 'Poland' });
  });
});
