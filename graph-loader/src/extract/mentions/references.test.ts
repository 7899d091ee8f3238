import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge.ts';
import { articleOf, extractTexts } from '../test-helpers.ts';
import { tagText } from '../language/tag-text.ts';
import { quoteStates } from '../tokenize.ts';
import { findMentions } from './article-mentions.ts';

/** Each reference of a text as "surface -> key". */
function references(text: string): string[] {
  const article = articleOf(text);
  const found = findMentions(
    article.sentences,
    loadKnowledge(),
    tagText(article.text),
    quoteStates(
      article.text,
      article.sentences.map((s) => s.start),
    ),
  );
  return found.analyses.flatMap((a) =>
    a.mentions
      .filter((m) => m.kind === 'reference')
      .map((m) => `${a.sentence.text.slice(m.start, m.end)} -> ${m.key}${m.alsoKey ? ` + ${m.alsoKey}` : ''}`),
  );
}

describe('references', () => {
  it('should point "the two countries" at both states just named, only when exactly two were', () => {
    expect(references('Peru and Chile held talks in Lima. The two countries agreed to reopen the border.')).toEqual([
      'The two countries -> state:pe + state:cl',
    ]);
    expect(
      references('Peru, Chile and Bolivia held talks in Lima. The two countries agreed to reopen the border.'),
    ).toEqual([]);
  });

  it('should point "the two sides" at the two parties just named, of any kind', () => {
    expect(references('Chile met Amnesty International in Lima. The two sides agreed on an inquiry.')).toEqual([
      'The two sides -> state:cl + org:amnesty-international',
    ]);
  });

  it('should point "both leaders" at the two people just named', () => {
    expect(
      references('President Ana Ruiz met Prime Minister Tomas Vela on Monday. Both leaders signed a trade accord.'),
    ).toEqual(['Both leaders -> person:ana-ruiz + person:tomas-vela']);
  });

  it('should point a pronoun at the subject named before it, or at the previous subject', () => {
    expect(
      references('Chile says it will appeal. Foreign Minister Ana Ruiz met envoys. She said talks were over.'),
    ).toEqual(['it -> state:cl', 'She -> person:ana-ruiz']);
  });

  it('should point "she" at a person the article marks as a woman, and "he" at no such woman', () => {
    expect(
      references(
        'Judge Omar Haddad jailed Ms. Lina Ortiz on Friday. Economist Paul Greer says markets are calm. Prosecutors say she took bribes. He disagreed.',
      ),
    ).toEqual(['she -> person:lina-ortiz', 'He -> person:paul-greer']);
  });

  it('should point "the company" and "the firm" at the organisation named last', () => {
    expect(
      references(
        'Regulators fined Meridian Pharmaceuticals on Tuesday. The company denied any wrongdoing. Critics accused the firm of hiding data.',
      ),
    ).toEqual(['The company -> org:meridian-pharmaceuticals', 'the firm -> org:meridian-pharmaceuticals']);
  });

  it('should not point a singular pronoun at a coordinated subject', () => {
    expect(references('Chile and Peru voted against the text. It urges Bolivia to act.')).toEqual([]);
  });

  it('should let an unnamed official stand for the body, and later pronouns and descriptions point at it', () => {
    expect(
      references(
        'A spokesman for the Harbor Institute told reporters the plan was illegal. He said the institute would sue.',
      ),
    ).toEqual([
      'spokesman -> org:harbor-institute',
      'He -> org:harbor-institute',
      'the institute -> org:harbor-institute',
    ]);
  });

  it('should read unnamed organs of a state as the state the article names most', () => {
    expect(references('Peru closed its border with Chile. Peru said police had arrested smugglers.')).toEqual([
      'police -> state:pe',
    ]);
  });

  it('should point a description at the organisation whose name holds its word, or the group named last', () => {
    expect(
      references(
        'The Volta Liberation Front seized the town. The Mining Ministry of Ghana condemned the group. The ministry said the rebels must leave.',
      ),
    ).toEqual([
      'the group -> org:volta-liberation-front',
      'The ministry -> org:mining-ministry-of-ghana',
      'the rebels -> org:volta-liberation-front',
    ]);
  });

  it('should point "the company" at the business named last, not at a public body', () => {
    expect(
      references(
        'Velmora Foods recalled its baby formula. The Food Safety Agency said the company had skipped tests. ' +
          'The regulator fined the firm.',
      ),
    ).toEqual([
      'the company -> org:velmora-foods',
      'The regulator -> org:food-safety-agency',
      'the firm -> org:velmora-foods',
    ]);
  });

  it('should read "police in Chile" as the state named after the organ, and stop a description before an amount', () => {
    expect(
      references(
        'Peru and Chile met. Police in Chile said Ortiva Mining paid a fine. Lima fined the company $2 million.',
      ),
    ).toEqual(['Police -> state:cl', 'the company -> org:ortiva-mining']);
  });

  it('should give "the president" the person the article titles so, and leave quoted pronouns alone', () => {
    expect(references('President Ana Ruiz flew home. "We will win," she said. The president then resigned.')).toEqual([
      'she -> person:ana-ruiz',
      'The president -> person:ana-ruiz',
    ]);
  });

  it('should read "the government" after a state\'s minister as that state\'s, not the state named most', () => {
    const doc = extractTexts(
      'Kenya accused Uganda of shelling border villages on Monday, and Kenyan troops moved north. Ugandan Foreign Minister Sam Okello said on Tuesday that the government rejected the accusation.',
    );
    const denial = doc.events.find((e) => e.type === 'denial');
    expect(denial?.participants.map((p) => p.entity)).not.toContain('state:ke');
    expect(denial?.participants.map((p) => p.entity)).toContain('state:ug');
  });

  it('should give no named person to "he" right after an unnamed individual', () => {
    expect(
      references(
        'Inspector Tomas Varga said the inquiry was over. Detectives later arrested a 34-year-old man in Brno. He will appear in court on Friday.',
      ),
    ).toEqual([]);
    expect(
      references('Tomas Varga, a father of two, was arrested in Brno. He will appear in court on Friday.'),
    ).toEqual(['He -> person:tomas-varga']);
  });

  it('should not point an object pronoun at the subject of its own verb', () => {
    expect(references('Judge Tomas Varga has been idle since President Marco Lenz dismissed him in May.')).toEqual([
      'him -> person:tomas-varga',
    ]);
  });

  it("should end an unnamed spokesman's owner at the verb after it", () => {
    expect(references('A spokesman for Oxfam told Reuters the aid was blocked.')).toEqual(['spokesman -> org:oxfam']);
  });
});
