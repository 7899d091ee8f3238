import { describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../contract.ts';
import { extractTexts } from './test-helpers.ts';

/** The participants of the first event of a type, as "entity/role". */
function participants(doc: ExtractionDocument, type: string): string[] | undefined {
  return doc.events.find((e) => e.type === type)?.participants.map((p) => `${p.entity}/${p.role}`);
}

describe('event participants', () => {
  it('should take the state qualifying a noun trigger as its actor ("a Russian strike")', () => {
    expect(participants(extractTexts('Villagers said a Russian strike hit the school.'), 'strike')).toEqual([
      'state:ru/actor',
    ]);
    expect(participants(extractTexts('Four guards were killed in an Israeli airstrike.'), 'killing')).toEqual([
      'state:il/actor',
    ]);
  });

  it('should read a weapon as the subject or agent of a verb of striking ("Russian missiles hit X")', () => {
    expect(participants(extractTexts('Russian missiles hit a power station in Lviv overnight.'), 'strike')).toEqual([
      'state:ru/actor',
    ]);
    expect(participants(extractTexts('The town was hit by Ukrainian drones on Sunday.'), 'strike')).toEqual([
      'state:ua/actor',
    ]);
    // Named by no one, the attack is kept with no participant; a weapon that strikes nothing is no event.
    expect(
      participants(extractTexts('A container ship was struck by a missile off Oman on Friday.'), 'strike'),
    ).toEqual([]);
    expect(extractTexts('Iran sold drones to Russia, Ukraine said.').events.map((e) => e.type)).not.toContain('strike');
    expect(extractTexts('North Korean missiles could hit Japan.').events.map((e) => e.type)).not.toContain('strike');
  });

  it('should skip an apposition between the subject and its verb', () => {
    const doc = extractTexts('Hungary, a member of the bloc since 2004, condemned Serbia on Monday.');
    expect(participants(doc, 'condemnation')).toEqual(['state:hu/actor', 'state:rs/target']);
  });

  it('should skip a person\'s place set off by commas ("X, of a village near Y, tells")', () => {
    const doc = extractTexts(
      'Farmer Luis Pena, of a Chilean village bordering Peru, tells Reuters the government should halt the mine.',
    );
    expect(participants(doc, 'statement')).toEqual(['person:luis-pena/actor', 'org:reuters/recipient']);
  });

  it('should give the body after "from the" to the observers who speak for it ("Observers from the EU said")', () => {
    const doc = extractTexts('Observers from the European Union said voting in Lusaka had been largely peaceful.');
    expect(participants(doc, 'statement')).toEqual(['org:eu/actor']);
  });

  it('should find no event in a condition or after a modal ("if X did play a role", "can be appealed")', () => {
    const doc = extractTexts(
      'If Peru did take part in the raids, it would anger Chile. The judge said the sentence can be appealed. Ana Ruiz should also have been charged with fraud.',
    );
    expect(doc.events).toEqual([]);
  });

  it("should take a short quoted verb phrase as the speaker's act", () => {
    const doc = extractTexts('Peru is angry. The Ministry of Commerce says Peru "strongly opposes" the steel tariff.');
    expect(doc.events.map((e) => e.type)).toEqual(['condemnation']);
  });

  it('should take the actor of a noun after a noun of number ("a series of missile tests")', () => {
    const doc = extractTexts('Iran has carried out a string of ballistic missile tests this year.');
    expect(participants(doc, 'missile_launch')).toEqual(['state:ir/actor']);
  });

  it("should give an act of law enforcement that names no one acting to the article's state", () => {
    const doc = extractTexts(
      'Peru is tense. The inquiry in Lima led to the detention of dozens of people. Ana Ruiz has been under house arrest since Monday.',
    );
    expect(doc.events.map((e) => e.participants.map((p) => `${p.entity}/${p.role}`))).toEqual([
      ['state:pe/actor'],
      ['state:pe/actor', 'person:ana-ruiz/target'],
    ]);
  });

  it('should keep a body as the actor of a verdict when a place follows its name ("the court in X issued")', () => {
    const doc = extractTexts("The Higher People's Court in Harbin issued the first verdicts in a fraud case.");
    expect(participants(doc, 'verdict')).toEqual(['org:higher-peoples-court/actor']);
  });

  it('should join a later mention of the same event to the first, as more evidence', () => {
    const doc = extractTexts(
      'Ana Ruiz arrived in Lima on Monday. Talks stalled. Ana Ruiz arrived in Lima to meet union leaders.',
    );
    const visits = doc.events.filter((e) => e.type === 'visit');
    expect(visits).toHaveLength(1);
    expect(visits[0]!.evidence.map((e) => e.sentence)).toEqual([0, 2]);
  });

  it('should read an unnamed organ opening a sentence as the state the article is about', () => {
    const doc = extractTexts('Chile has passed a new protest law. Authorities detained ten students on Friday.');
    expect(participants(doc, 'arrest')).toEqual(['state:cl/actor']);
  });

  it('should skip a relative clause between the subject and its verb', () => {
    const doc = extractTexts('Chile, which hosts the talks, called on Peru to withdraw its troops.');
    expect(participants(doc, 'appeal')).toEqual(['state:cl/actor', 'state:pe/recipient']);
  });

  it('should give a verb in a relative clause the name the clause is about ("X police, who raided")', () => {
    const doc = extractTexts('The operation was led by Nigerian police, who raided three warehouses in Lagos.');
    expect(participants(doc, 'strike')).toEqual(['state:ng/actor']);
  });

  it('should give a person named with her body after "of" as the subject, not the body', () => {
    const doc = extractTexts('Ana Ruiz of the Lima-based Ruiz Legal Group filed a lawsuit against Chile on Monday.');
    expect(participants(doc, 'lawsuit')?.[0]).toEqual('person:ana-ruiz/actor');
  });

  it('should give a coordinated verb the subject of the main clause', () => {
    const doc = extractTexts('Ghana condemned the coup in the capital and urged Niger to free the president.');
    expect(participants(doc, 'appeal')).toEqual(['state:gh/actor', 'state:ne/recipient']);
  });

  it("should record no statement for a commentator's view ('analyst X says') but one for an official's", () => {
    const doc = extractTexts(
      'Political analyst Omar Faruk says the government is nervous. Police chief John Mwangi said officers were ready.',
    );
    expect(doc.events.map((e) => e.participants.map((p) => p.entity))).toEqual([['person:john-mwangi']]);
  });

  it("should record no statement for a private person's account ('X, 64, said')", () => {
    const doc = extractTexts('Maria Lopez, 71, from Arequipa, said the clinic had closed.');
    expect(doc.events).toEqual([]);
  });

  it('should read no reporting verb in "calls to X were not answered"', () => {
    const doc = extractTexts(
      "Chile's health ministry did not respond to requests for comment and calls to the ministry were not answered.",
    );
    expect(doc.events).toEqual([]);
  });

  it('should give the state the weapons or units a demonym qualifies ("Ukrainian drones struck")', () => {
    const doc = extractTexts('Peruvian drones struck a fuel depot in Arica overnight.');
    expect(participants(doc, 'strike')).toEqual(['state:pe/actor']);
  });

  it('should not give a noun trigger the subject of the verb it is the object of', () => {
    const doc = extractTexts('Ghana condemned the attack on Mali.');
    expect(doc.events.map((e) => e.type)).toEqual(['condemnation']);
  });

  it('should not read "evade sanctions" or "to impose sanctions" as sanctions imposed', () => {
    const doc = extractTexts('Iran helped Russia evade sanctions. Mexico wants to impose sanctions on Cuba.');
    expect(doc.events.filter((e) => e.type === 'sanction')).toEqual([]);
  });

  it('should keep a planned event ("are due to meet")', () => {
    const doc = extractTexts('The presidents of Brazil and Argentina are due to meet in June.');
    expect(doc.events.some((e) => e.type === 'meeting')).toBe(true);
  });

  it('should resolve "He" to the previous sentence subject outside its quotation', () => {
    const doc = extractTexts(
      '"We will not yield," Greek Prime Minister Nikos Varelas said. He accused Turkey of provocations.',
    );
    expect(participants(doc, 'accusation')).toEqual([
      'person:nikos-varelas/actor',
      'state:tr/target',
      'state:gr/actor',
    ]);
  });

  it('should not resolve "It" to a coordinated group', () => {
    const doc = extractTexts('Chile and Peru voted against the text. It urges Bolivia to act.');
    expect(doc.events.filter((e) => e.type === 'appeal')).toEqual([]);
  });

  it('should not read a verb form used as a noun as an event ("artillery shells")', () => {
    const doc = extractTexts('Russia received artillery shells from Iran.');
    expect(doc.events.filter((e) => e.type === 'strike')).toEqual([]);
  });

  it('should not take the agent of another participle as the actor ("ships seized by")', () => {
    const doc = extractTexts('Oman warned of attacks on ships seized by the Houthis.');
    expect(participants(doc, 'warning')?.filter((p) => p.endsWith('/actor'))).toEqual(['state:om/actor']);
  });

  it('should not make an apposition describing a name an event ("a treaty ally")', () => {
    const doc = extractTexts('Japan, a treaty ally of Australia, condemned the launch.');
    expect(doc.events.map((e) => e.type)).toEqual(['condemnation']);
  });

  it('should add an accusation event for a reported wrongdoing with no accusation verb', () => {
    const doc = extractTexts('Kenya said al-Shabaab fighters had massacred civilians in the town.');
    expect(participants(doc, 'accusation')).toEqual(['state:ke/actor', 'org:al-shabaab/target']);
  });

  it('should not take a party named in a reason or a reported clause as the target of a sanction', () => {
    for (const text of [
      'Washington sanctioned two Chinese companies for supplying Russia with drone engines.',
      'The United States imposed sanctions on three Iranian firms it said supplied drone parts to Russia.',
    ]) {
      const doc = extractTexts(text);
      expect(doc.relations.filter((r) => r.type === 'SANCTIONS' && r.target === 'state:ru')).toEqual([]);
    }
  });

  it('should read event nouns across domains: drills, ceasefires, labour strikes, reports, stated concern', () => {
    const types = (text: string): string[] => extractTexts(text).events.map((e) => e.type);
    expect(types('Turkey began naval drills near Cyprus on Sunday.')).toEqual(['exercise']);
    expect(types('Ethiopia and Eritrea agreed a 48-hour truce.')).toEqual(['ceasefire']);
    expect(types('The Transport Workers Union staged a 24-hour strike over pensions.')).toEqual(['labour_strike']);
    expect(types('A report by Amnesty International found that Chilean police had beaten detainees.')).toEqual([
      'report',
    ]);
    expect(types('Norway and Denmark voiced concern over the vote.')).toEqual(['statement']);
  });

  it('should not read a ceasefire that is broken as one agreed ("violated the truce")', () => {
    const doc = extractTexts('Armenia said Azerbaijan violated the truce.');
    expect(doc.events.filter((e) => e.type === 'ceasefire')).toEqual([]);
  });

  it('should give an act of law enforcement by an unnamed organ ("a jury convicted X") to the state', () => {
    const doc = extractTexts('Canada is divided. A jury in Toronto on Friday convicted Paul Renaud of bribery.');
    expect(participants(doc, 'verdict')).toEqual(['state:ca/actor', 'person:paul-renaud/target']);
    const charged = extractTexts(
      'Spain is tense. Prosecutors in Seville charged the former mayor, Juan Ortega, with fraud.',
    );
    expect(participants(charged, 'charge')).toEqual(['state:es/actor', 'person:juan-ortega/target']);
  });

  it('should not take the subject of a verb a noun trigger depends on through a preposition ("comment on the attack")', () => {
    const doc = extractTexts('Sweden did not comment on the attack.');
    expect(doc.events).toEqual([]);
  });

  it('should skip a verb coordinated with an infinitive ("plans to seize and hold")', () => {
    const doc = extractTexts('Ecuador wants to question and investigate Peru over the border dispute.');
    expect(doc.events.filter((e) => e.type === 'investigation')).toEqual([]);
  });

  it('should read a possessive pronoun before a noun trigger as its owner, not the speaker', () => {
    const doc = extractTexts('Lucia Ferraro was arrested in May. Her trial opens in September.');
    expect(participants(doc, 'trial')).toEqual(['person:lucia-ferraro/target']);
    const said = extractTexts('Marco Bianchi spoke on Monday. He says her life sentence is unjust.');
    expect(said.events.filter((e) => e.type === 'verdict')).toEqual([]);
  });

  it('should join a definite noun naming an event again with no one new ("his detention") to the first', () => {
    const doc = extractTexts(
      'Police in Belarus detained Ales Karpenko on Sunday. His detention drew criticism from the European Union.',
    );
    const arrests = doc.events.filter((e) => e.type === 'arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0]!.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it('should read an attack noun as the subject of a verb of impact ("the hack hit X") with its targets', () => {
    const doc = extractTexts('The ransomware attack crippled the computer systems of the World Health Organization.');
    expect(participants(doc, 'cyberattack')).toEqual(['org:who/target']);
  });

  it('should let the body or state a spokesman or ministry speaks for take part in its event', () => {
    const doc = extractTexts(
      "Chile's foreign ministry condemned the raid. Spokesman Ana Ruiz said Peru must withdraw.",
    );
    expect(participants(doc, 'condemnation')).toContain('state:cl/actor');
    expect(participants(doc, 'statement')).toContain('org:cl-foreign-ministry/actor');
  });

  it('should read "among those arrested was X" as X arrested', () => {
    const doc = extractTexts('Mexico is tense. Among those arrested was Carlos Mendez, a former police chief.');
    expect(participants(doc, 'arrest')).toEqual(['state:mx/actor', 'person:carlos-mendez/target']);
  });

  it('should read an apology as an event', () => {
    const doc = extractTexts('Chile apologised to Peru on Monday.');
    expect(participants(doc, 'apology')).toEqual(['state:cl/actor', 'state:pe/recipient']);
  });

  it('should point "the trust" at the trust the article has named', () => {
    const doc = extractTexts(
      'The Halden Hospitals Trust said its systems were hit. The trust rejected the criticism on Monday.',
    );
    expect(participants(doc, 'denial')).toEqual(['org:halden-hospitals-trust/actor']);
  });

  it('should not read a habit of speech or action as an event ("has repeatedly said", "has long accused")', () => {
    const doc = extractTexts(
      'Peru has repeatedly said that Chile backs the rebels. Bolivia has long accused Chile of spying.',
    );
    expect(doc.events).toEqual([]);
  });

  it('should read guilty pleas, settlements, summoned ambassadors and product recalls', () => {
    const types = (text: string): string[] => extractTexts(text).events.map((e) => e.type);
    expect(types('Laura Kettering pleaded guilty to conspiracy last year.')).toEqual(['guilty_plea']);
    expect(types('Brantley Biotech settled the case in January.')).toEqual(['settlement']);
    expect(types("Manila summoned China's ambassador on Monday.")).toEqual(['diplomatic_protest']);
    expect(types('Chile recalled its ambassador from Peru.')).toEqual(['diplomatic_protest']);
  });

  it('should read not-guilty pleas, refusals to accept a result, fines, sentences, reviews and won seats', () => {
    const types = (text: string): string[] => extractTexts(text).events.map((e) => e.type);
    expect(types('Former minister Ravi Kesar pleaded not guilty on Monday.')).toEqual(['plea']);
    expect(types('Opposition leader Ana Duarte has refused to accept the results.')).toEqual(['denial']);
    expect(types('The Lindar Commission imposed a record fine on the Orvane Group.')).toEqual(['fine']);
    expect(types('The Supreme Court upheld the sentence of Luis Pena.')).toEqual(['verdict']);
    expect(types('The Trade Office opened a review of the rules.')).toEqual(['investigation']);
    expect(types('The seat was won by Imran Qadir of the Vale Independents.')).toEqual(['election']);
  });

  it('should give the subject of "faces trial" or "received a prison sentence" the noun as its target', () => {
    const doc = extractTexts('Chile is tense. Ana Ruiz received a five-year prison sentence. Luis Pena faces trial.');
    expect(participants(doc, 'verdict')).toEqual(['state:cl/actor', 'person:ana-ruiz/target']);
    expect(participants(doc, 'trial')).toEqual(['state:cl/actor', 'person:luis-pena/target']);
  });

  it('should let the state a vote is held in take part in it ("voters in Chile went to the polls")', () => {
    expect(participants(extractTexts('Voters in Ireland went to the polls on Friday.'), 'election')).toEqual([
      'state:ie/actor',
    ]);
    expect(participants(extractTexts('The presidential election in Peru was marred by violence.'), 'election')).toEqual(
      ['state:pe/actor'],
    );
  });

  it('should keep apart two events of one kind an article reports on two days, or marks as another ("also")', () => {
    const count = (text: string): number => extractTexts(text).events.filter((e) => e.type === 'sanction').length;
    expect(count('Chile sanctioned Peru on Monday. Chile sanctioned Peru on June 3.')).toBe(2);
    expect(count('Chile sanctioned Peru on Monday. Chile also sanctioned Peru over the border dispute.')).toBe(2);
    expect(count('Chile sanctioned Peru on Monday. The sanctions against Peru drew criticism.')).toBe(1);
  });

  it("should record a speaker's later words when the sentence reports them by name, not a quotation or a pronoun", () => {
    const doc = extractTexts(
      'Chile sanctioned Peru on Monday. Foreign Minister Luis Pena of Peru said the sanctions were unjust. ' +
        'Luis Pena said Peru would take the dispute to the Andean Court. "We will not bow," Luis Pena said. ' +
        'He said the talks were over.',
    );
    const evidence = doc.events.filter((e) => e.type === 'statement').flatMap((e) => e.evidence.map((x) => x.text));
    expect(evidence.map((text) => text.slice(0, 20)).sort()).toEqual(['Foreign Minister Lui', 'Luis Pena said Peru ']);
  });

  it('should take the name before a described apposition as the speaker of a closing attribution', () => {
    const doc = extractTexts('"We will not accept this," Luis Pena, the foreign minister, told a news conference.');
    expect(participants(doc, 'statement')).toEqual(['person:luis-pena/actor']);
  });

  it('should find the speaker after a fronted phrase with no party in it ("In Lima, Foreign Minister X said")', () => {
    const doc = extractTexts('In Lima, Foreign Minister Luis Pena said the border would stay open.');
    expect(participants(doc, 'statement')).toEqual(['person:luis-pena/actor']);
  });

  it('should read the doubled past forms of "acquit" and "expel"', () => {
    expect(participants(extractTexts('A jury in Lima acquitted Luis Pena of fraud.'), 'verdict')).toEqual([
      'person:luis-pena/target',
    ]);
    expect(participants(extractTexts('Peru expelled Luis Pena on Monday.'), 'dismissal')).toEqual([
      'state:pe/actor',
      'person:luis-pena/target',
    ]);
  });

  it('should take the name before the nouns an apposition describes as the subject ("the X mission, led by Y, said")', () => {
    const doc = extractTexts('The Organization of American States mission, led by Ana Ruiz, said voting was calm.');
    expect(participants(doc, 'statement')?.[0]).toBe('org:organization-of-american-states/actor');
  });

  it('should record a named speaker\'s hedged words as a statement ("X said the talks may resume")', () => {
    const doc = extractTexts('Foreign Minister Luis Pena of Peru said the border talks may resume next week.');
    expect(participants(doc, 'statement')?.[0]).toBe('person:luis-pena/actor');
  });
});
