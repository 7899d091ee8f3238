import { describe, expect, it } from 'vitest';
import { entity, extractTexts } from '../test-helpers.ts';

describe('names the gazetteer does not know', () => {
  it('should keep "New" of a place named after a state at a sentence\'s start before a noun for its people', () => {
    const doc = extractTexts('New Mexico voters backed the measure. New Hampshire officials said turnout was high.');
    expect(entity(doc, 'place:new-mexico')?.type).toBe('Place');
    expect(entity(doc, 'place:new-hampshire')?.type).toBe('Place');
    expect(entity(doc, 'state:mx')).toBeUndefined();
  });

  it('should keep "New" opening an unknown place at a sentence\'s start ("New Orvale officials said")', () => {
    const doc = extractTexts('New Orvale officials said the bridge would reopen.');
    expect(entity(doc, 'place:new-orvale')?.type).toBe('Place');
  });

  it('should read a title after a word that qualifies it ("State Sen.") as the title, not part of the name', () => {
    const doc = extractTexts('State Sen. Laura Okafor said the bill would pass.');
    expect(entity(doc, 'person:laura-okafor')?.type).toBe('Person');
  });

  it("should read an unknown name before a noun for a place's people as a place, before one for a company's as a company", () => {
    const doc = extractTexts(
      'Port Velden prosecutors opened an inquiry on Monday. Brookmere Copper shareholders approved the merger.',
    );
    expect(entity(doc, 'place:port-velden')?.type).toBe('Place');
    expect(entity(doc, 'org:brookmere-copper')?.type).toBe('Organisation');
  });

  it('should read an unknown name between "a" and a noun for one of its people as a place ("a Dunmore man")', () => {
    const doc = extractTexts('Last year a Tarvell man was jailed for fraud.');
    expect(entity(doc, 'place:tarvell')?.type).toBe('Place');
  });

  it('should not read an unknown name after "the" as a person', () => {
    const doc = extractTexts('Protesters gathered outside the Kessington Rotunda on Monday.');
    expect(entity(doc, 'person:kessington-rotunda')).toBeUndefined();
  });

  it('should not read a name set off after a place as another place of a list ("the Horn of Africa, X, met")', () => {
    const doc = extractTexts('The envoy for the Horn of Africa, Tomasz Oberlin, met the rebels on Monday.');
    expect(entity(doc, 'person:tomasz-oberlin')?.type).toBe('Person');
    const list = extractTexts('Fighting spread to Kidal, Ranvo Hills and Mopti on Monday.');
    expect(entity(list, 'place:ranvo-hills')?.type).toBe('Place');
  });

  it('should read a compass place before words ending in an organisation head as a body of the place', () => {
    const doc = extractTexts('The East Jerusalem District Court ordered the release of the two men.');
    expect(entity(doc, 'org:east-jerusalem-district-court')?.type).toBe('Organisation');
  });

  it('should read a body\'s head before "of" as a body even when a place word ends the name', () => {
    const doc = extractTexts('The Democratic Party of Corran County said the vote was fair.');
    expect(entity(doc, 'org:democratic-party-of-corran-county')?.type).toBe('Organisation');
  });

  it('should not read a lone head word opening a sentence as a body ("Union leaders said")', () => {
    const doc = extractTexts('Union leaders rejected the offer on Monday.');
    expect(doc.entities.filter((e) => e.type === 'Organisation')).toEqual([]);
  });

  it('should end a body\'s name before "and" and a people\'s adjective', () => {
    const doc = extractTexts('The deal needs approval from the Competition Bureau of Canada and Chilean regulators.');
    expect(entity(doc, 'org:competition-bureau-of-canada')?.type).toBe('Organisation');
  });

  it('should join an acronym to a body named with its state before it ("FDA")', () => {
    const doc = extractTexts('The U.S. Food and Drug Administration approved the drug. The FDA said it was safe.');
    const fda = doc.entities.find((e) => e.aliases.includes('FDA'));
    expect(fda?.name).toBe('U.S. Food and Drug Administration');
  });
});
