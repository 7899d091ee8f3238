import { describe, expect, it } from 'vitest';
import { extractTexts } from './test-helpers.ts';

describe('allegations and their status', () => {
  it('should mark an accusation denied in the same sentence ("an allegation X rejected")', () => {
    const doc = extractTexts('Ecuador accused Peru of war crimes, an allegation Peru rejected.');
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({
      allegers: ['state:ec'],
      accused: ['state:pe'],
      status: 'denied',
      deniedBy: ['state:pe'],
    });
  });

  it('should take "the group" denying a claim in the same sentence as the accused', () => {
    const doc = extractTexts('Mali said the Azawad Movement had massacred civilians, which the group denied.');
    expect(doc.allegations[0]).toMatchObject({
      accused: ['org:azawad-movement'],
      status: 'denied',
      deniedBy: ['org:azawad-movement'],
    });
  });

  it('should apply a denial to the allegation against the denier, not to every allegation of its category', () => {
    const doc = extractTexts(
      'Chad accused Sudan of war crimes. Niger accused Libya of war crimes. Khartoum denied the claims.',
    );
    const status = Object.fromEntries(doc.allegations.map((a) => [a.accused.join(), a.status]));
    expect(status).toEqual({ 'state:sd': 'denied', 'state:ly': 'alleged' });
  });

  it('should apply "rejected the accusations" to the accusation just made', () => {
    const doc = extractTexts(
      'Peru accused the government of Chile of helping Bolivia evade sanctions. The Chilean Foreign Ministry rejected the accusations.',
    );
    expect(doc.allegations[0]?.status).toBe('denied');
  });

  it('should record an explicit accusation with no category keyword as "other"', () => {
    const doc = extractTexts('Peru blamed Chile for the collapse of the talks.');
    expect(doc.allegations[0]).toMatchObject({ category: 'other', allegers: ['state:pe'], accused: ['state:cl'] });
  });

  it('should not accuse the state the alleger speaks for, and fall back on the place named in the claim', () => {
    const doc = extractTexts(
      'Ukrainian lawmaker Olena Marchuk claimed Kyiv had found signs of uranium enrichment in Belarus.',
    );
    expect(doc.allegations[0]).toMatchObject({
      allegers: ['person:olena-marchuk'],
      accused: ['state:by'],
      category: 'weapons development',
    });
  });

  it('should not take a wrongdoing word inside a quotation after a reporting verb as an allegation', () => {
    const doc = extractTexts('Kim said the alliance would "smash the imperialists\' hegemony" in Asia.');
    expect(doc.allegations).toEqual([]);
  });

  it('should find the accusation a denier goes on to make in the same sentence', () => {
    const doc = extractTexts('Qatar denied the allegations and accused Bahrain of spying.');
    expect(doc.allegations.find((a) => a.allegers.includes('state:qa'))).toMatchObject({
      accused: ['state:bh'],
      status: 'alleged',
    });
  });

  it('should take the named source after "according to" as the alleger of the claim before it', () => {
    const doc = extractTexts(
      'Russian forces shelled the city overnight, killing civilians, according to Ukrainian officials.',
    );
    expect(doc.allegations[0]).toMatchObject({ allegers: ['state:ua'], accused: ['state:ru'], category: 'war crimes' });
  });
});
