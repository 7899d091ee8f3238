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

  it('should allege the wrong named after "described ... as" against its doer after "by"', () => {
    const doc = extractTexts('Chile described the border closure as an act of aggression by Peru.');
    expect(doc.allegations[0]).toMatchObject({ allegers: ['state:cl'], accused: ['state:pe'], category: 'aggression' });
  });

  it('should take a party inside the phrase after "as" as the accused ("a Peruvian proxy war")', () => {
    const doc = extractTexts('Chile has portrayed the conflict as a Peruvian proxy war against Bolivia.');
    expect(doc.allegations[0]).toMatchObject({ allegers: ['state:cl'], accused: ['state:pe'] });
  });

  it('should not take support pledged for a wrong as a claim against its doer', () => {
    const doc = extractTexts(
      "Ghana's president pledged his full support for Togo's annexation of the island, Ghana said.",
    );
    expect(doc.allegations).toEqual([]);
  });

  it('should not take a supplier speaking of weapons it supplied as alleging an arms transfer', () => {
    const doc = extractTexts(
      'Japan said Estonian units may use Japanese-supplied weapons to strike targets in Latvia.',
    );
    expect(doc.allegations).toEqual([]);
  });

  it('should accuse whoever was accused of an attack just before when a party condemns "the attack"', () => {
    const doc = extractTexts('Chad accused Sudan of shelling the town. Niger condemned the attack on Tuesday.');
    expect(doc.allegations.find((a) => a.allegers.includes('state:ne'))).toMatchObject({ accused: ['state:sd'] });
  });

  it('should read "the government" in a first sentence as the state that sentence names', () => {
    const doc = extractTexts('Rebels in Chad are accusing the government of violating the cease-fire.');
    expect(doc.allegations[0]).toMatchObject({ accused: ['state:td'], category: 'aggression' });
  });

  it('should allege what a party is urged or called on to stop, against that party, by the one who urges', () => {
    const doc = extractTexts(
      'The Foreign Ministry of Peru urged Bolivia to stop arming the rebel group. Chile called on Argentina to end its blockade of the port. Chile urged Argentina to sign the accord.',
    );
    expect(doc.allegations.map((a) => `${a.allegers.join()} -> ${a.accused.join()}`)).toEqual([
      'org:foreign-ministry-of-peru -> state:bo',
      'state:cl -> state:ar',
    ]);
  });

  it('should let a specific wrong after a generic one decide the category ("violating the law by trading arms")', () => {
    const doc = extractTexts(
      'Chile and Peru accused Bolivia of violating international law by trading arms with rebels.',
    );
    expect(doc.allegations[0]).toMatchObject({ category: 'arms transfer', accused: ['state:bo'] });
  });

  it('should read past a possessive pronoun to the person accused ("accused his former deputy X")', () => {
    const doc = extractTexts('President Ana Silva accused her former deputy Jorge Lima of plotting a coup.');
    expect(doc.allegations[0]).toMatchObject({ allegers: ['person:ana-silva'], accused: ['person:jorge-lima'] });
  });

  it('should take an unnamed group heading the subject as the source and a state adjective as the attacker', () => {
    const doc = extractTexts('Kurdish forces say they came under Turkish attack near the border.');
    expect(doc.allegations[0]).toMatchObject({ allegers: [], allegerDescription: 'forces', accused: ['state:tr'] });
  });

  it('should take a denial by an official named in apposition, speaking of "the Himalayan kingdom"', () => {
    const doc = extractTexts(
      "Nepal accused Bhutan of shelling a border post. Bhutan rejected the claim. Bhutan's ambassador, Karma Dorji, told reporters the Himalayan kingdom did not shell any post.",
    );
    expect(doc.allegations[0]).toMatchObject({ accused: ['state:bt'], status: 'denied' });
    expect(doc.relations.map((r) => `${r.type} ${r.source} ${r.target}`)).toContain(
      'OFFICIAL_OF person:karma-dorji state:bt',
    );
  });

  it('should not take a speaker\'s own body, named by its title earlier, as accused by a later "he"', () => {
    const doc = extractTexts(
      "Ghana accused Togo of deliberately shelling the depot. Togo's ambassador, Kofi Mensah, rejected the claim. He said that calling the shelling deliberate was absurd.",
    );
    expect(doc.allegations.filter((a) => a.allegers.includes('person:kofi-mensah'))).toEqual([]);
  });

  it('should read a counter-claim about "the organization\'s reports" as a denial and a claim of its own', () => {
    const doc = extractTexts(
      "Harbor Watch says ministers in Peru took kickbacks on logging contracts. The Peruvian Embassy in Madrid, where Harbor Watch is based, posted comments saying the group's reports were full of malicious lies.",
    );
    expect(doc.allegations.map((a) => [a.allegers.join(), a.accused.join(), a.status])).toEqual([
      ['org:harbor-watch', 'state:pe', 'denied'],
      ['org:pe-embassy', 'org:harbor-watch', 'alleged'],
    ]);
  });

  it('should take a verdict that names the wrong as confirming it against the convicted, past an apposition', () => {
    const doc = extractTexts(
      'A jury in Boston convicted John Harlow, the former head of Norvia Labs, of wire fraud for deceiving lenders.',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ accused: ['person:john-harlow'], status: 'confirmed' });
    expect(doc.allegations[0]?.claim).toBe('of wire fraud for deceiving lenders');
  });

  it('should take a sentence only with the wrong it punishes, and no participle before a noun, as a verdict', () => {
    expect(
      extractTexts('The judge sentenced Maria Lopes to four years for embezzling funds.').allegations,
    ).toHaveLength(1);
    expect(extractTexts('The court sentenced Maria Lopes to life in prison.').allegations).toHaveLength(0);
    expect(extractTexts('Rouhani said he would work to free two other jailed Americans.').allegations).toHaveLength(0);
  });

  it('should allege a wrong laid at the door of a party after "attributed ... to", not a neutral link', () => {
    const doc = extractTexts('Greenpoint Labs attributed the breach to a group it tracks as Silver Owl.');
    expect(doc.allegations.map((a) => [a.allegers, a.accused])).toEqual([
      [['org:greenpoint-labs'], ['org:silver-owl']],
    ]);
    expect(extractTexts('Analysts linked the rally to the new policy of Chile.').allegations).toHaveLength(0);
  });

  it('should read "a claim X called a fabrication" as X denying the claim, not as X making it', () => {
    const doc = extractTexts(
      'The Navy said the Peruvian trawler had "deliberately rammed" a patrol boat, a claim the Peruvian Coast Guard called "a fabrication."',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ status: 'denied', deniedBy: ['org:pe-coast-guard'] });
    expect(doc.allegations[0]?.accused).toContain('state:pe');
  });

  it('should read lying and abusing as wrongs a party is said to do', () => {
    const abusing = extractTexts("Peru's foreign ministry said Chile was abusing its trade powers.");
    expect(abusing.allegations[0]).toMatchObject({ accused: ['state:cl'] });
    const lying = extractTexts('"Maria Lopes lied to her donors for years," prosecutor Ana Ruiz said.');
    expect(lying.allegations[0]).toMatchObject({ allegers: ['person:ana-ruiz'], accused: ['person:maria-lopes'] });
  });

  it('should read "dismissed the claims as baseless" as a denial and a counter-claim against who made them', () => {
    const doc = extractTexts(
      'Greenpoint Labs accused Chile of hacking the ministries of Peru. The Chilean embassy in Lima dismissed the claims as "baseless" and "part of a smear campaign."',
    );
    expect(doc.allegations.map((a) => [a.allegers, a.accused, a.status])).toEqual([
      [['org:greenpoint-labs'], ['state:cl'], 'denied'],
      [['org:cl-embassy'], ['org:greenpoint-labs'], 'alleged'],
    ]);
    // A dismissal in words that name no wrong is a denial only: never a claim of his against anyone (what he denies is
    // kept as a denied allegation against him, as for any named denier whose claim the rules did not read).
    const dismissal = extractTexts('Mr Lopes dismissed the allegations as "sour grapes."');
    expect(dismissal.allegations.map((a) => [a.allegers, a.accused, a.status])).toEqual([
      [[], ['person:lopes'], 'denied'],
    ]);
  });

  it('should read "described Norwegian claims as unfounded" as the named claimant\'s claim, denied, and a counter-claim', () => {
    const doc = extractTexts(
      'The Peruvian embassy in Oslo has described Norwegian claims about Peruvian-based hacking as "unfounded and politically motivated".',
    );
    expect(doc.allegations.map((a) => [a.allegers, a.accused, a.status])).toEqual([
      [['org:pe-embassy'], ['state:no'], 'alleged'],
      [['state:no'], ['org:pe-embassy', 'state:pe'], 'denied'],
    ]);
    // Claims the article has already stated are answered, not stated again.
    const told = extractTexts(
      'Norway accused Peru of hacking. The Peruvian embassy in Oslo has described Norwegian claims about the hacking as "unfounded".',
    );
    expect(told.allegations.map((a) => [a.allegers, a.accused, a.status])).toEqual([
      [['state:no'], ['state:pe'], 'denied'],
      [['org:pe-embassy'], ['state:no'], 'alleged'],
    ]);
  });

  it("should take a charge called false by a third party as the state's, not the last speaker's claim", () => {
    const doc = extractTexts(
      'Peru charged the reporter Maria Soto with treason on Monday. "Peru has tortured journalists," said activist Ana Ruiz. Rights group Free Voice said the charge was "grotesque".',
    );
    expect(doc.allegations.at(-1)).toMatchObject({ allegers: ['org:free-voice'], accused: ['state:pe'] });
  });

  it('should accuse the subject of "faces accusations of", "came under fire for" and "was hit with a lawsuit"', () => {
    for (const text of [
      'Norvale Inc faces accusations of price gouging.',
      'Norvale Inc came under fire for its handling of the leak.',
      'Norvale Inc was hit with a lawsuit accusing it of fraud.',
    ])
      expect(extractTexts(text).allegations.map((a) => a.accused)).toEqual([['org:norvale-inc']]);
  });

  it('should accuse the body a possessive pronoun before its people points at ("accused its staff of"), not who is told', () => {
    const staff = extractTexts('Norvale Inc opened the Kessel mine in 2019. Ana Ruiz accused its staff of lying.');
    expect(staff.allegations.map((a) => [a.allegers, a.accused])).toEqual([[['person:ana-ruiz'], ['org:norvale-inc']]]);
    const told = extractTexts(
      'Peru expelled two aid workers on Monday. A spokesman for the Tarvik Group told Reuters the government accused its staff of bribing officials.',
    );
    expect(told.allegations.map((a) => [a.allegers, a.accused])).toEqual([[['state:pe'], ['org:tarvik-group']]]);
  });

  it('should read words of blame in a named speaker\'s words as a claim ("acted recklessly", "neglected")', () => {
    const reckless = extractTexts('"Norvale Inc acted recklessly and put lives at risk," union leader Ana Ruiz said.');
    expect(reckless.allegations.map((a) => [a.allegers, a.accused])).toEqual([
      [['person:ana-ruiz'], ['org:norvale-inc']],
    ]);
    const neglect = extractTexts('Peru held elections in May. Ana Ruiz said the government had neglected the miners.');
    expect(neglect.allegations.map((a) => [a.allegers, a.accused])).toEqual([[['person:ana-ruiz'], ['state:pe']]]);
  });

  it('should take "they" opening a quotation that goes on as the party the speaker\'s quotation named before', () => {
    const doc = extractTexts(
      '"Norvale Inc falsified its safety reports," Ana Ruiz said. "They lied to regulators for years."',
    );
    expect(doc.allegations.map((a) => [a.allegers, a.accused, a.category])).toEqual([
      [['person:ana-ruiz'], ['org:norvale-inc'], 'health and safety'],
      [['person:ana-ruiz'], ['org:norvale-inc'], 'misconduct'],
    ]);
  });

  it('should read "has long accused Y of" though the tagger takes the participle for a noun', () => {
    const doc = extractTexts('Chile has long accused Peru of backing the rebels, a charge Lima denies.');
    expect(doc.allegations.map((a) => [a.allegers, a.accused, a.status])).toEqual([
      [['state:cl'], ['state:pe'], 'denied'],
    ]);
  });

  it('should keep as denied claims "said it had done nothing wrong", "denies backing ...", "would fight the charges"', () => {
    for (const [text, key] of [
      ['Norvale Inc said it had done nothing wrong.', 'org:norvale-inc'],
      ['Peru denies backing the rebels.', 'state:pe'],
      ['Norvale Inc said it would fight the charges.', 'org:norvale-inc'],
    ] as const)
      expect(extractTexts(text).allegations.map((a) => [a.accused, a.status, a.deniedBy])).toEqual([
        [[key], 'denied', [key]],
      ]);
  });

  it('should read an accusation noun with its accuser and target ("repeated its accusations against Y")', () => {
    for (const text of [
      'Chile repeated its accusations against Peru on Monday.',
      "Chile's accusations against Peru have strained ties.",
    ])
      expect(extractTexts(text).allegations.map((a) => [a.allegers, a.accused])).toEqual([
        [['state:cl'], ['state:pe']],
      ]);
    // "alleged dumping" is no one's accusation.
    expect(extractTexts('Chile is investigating alleged dumping of Peruvian steel.').allegations).toHaveLength(0);
  });

  it('should read a closing attribution to a document ("..., the indictment says") as its claim', () => {
    for (const text of [
      'Norvale Inc lied to its investors, the indictment says.',
      'Norvale Inc lied to its investors, the lawsuit alleges.',
    ])
      expect(extractTexts(text).allegations.map((a) => [a.allegers, a.accused])).toEqual([[[], ['org:norvale-inc']]]);
  });

  it('should accuse a gang named by one word before "gang" ("was blamed on the Qilmar gang")', () => {
    const doc = extractTexts('That attack was blamed on the Qilmar gang.');
    expect(doc.allegations.map((a) => a.accused)).toEqual([['org:qilmar']]);
  });

  it('should confirm the claim against a group named as what it calls itself ("a gang calling itself X")', () => {
    const doc = extractTexts('A ransomware gang calling itself RedOwl has claimed responsibility.');
    expect(doc.allegations.map((a) => [a.accused, a.status])).toEqual([[['org:redowl'], 'confirmed']]);
  });

  it('should keep denials in quoted or set words as denied claims ("nothing to do with", "a political vendetta")', () => {
    for (const [text, key] of [
      ['Peru said it had "nothing to do" with the attack.', 'state:pe'],
      ['Jorge Salas told reporters the charges were "a political vendetta".', 'person:jorge-salas'],
      ['A Norvale Inc spokeswoman said the company "has always complied with the law".', 'org:norvale-inc'],
      ['"These accusations are completely false," said Jorge Salas.', 'person:jorge-salas'],
    ] as const)
      expect(extractTexts(text).allegations.map((a) => [a.accused, a.status])).toEqual([[[key], 'denied']]);
  });

  it('should let only a negation near the wrong deny it, and no condition state one', () => {
    const far = extractTexts(
      'Ana Ruiz said there was no doubt that, after two years of delays and several rounds of failed talks, Peruvian soldiers had tortured the prisoners.',
    );
    expect(far.allegations.map((a) => [a.allegers, a.accused])).toEqual([[['person:ana-ruiz'], ['state:pe']]]);
    expect(
      extractTexts('Ana Ruiz said there was no sign that Peruvian soldiers had tortured the prisoners.').allegations,
    ).toEqual([]);
    expect(
      extractTexts('"If we do nothing, Peruvian soldiers will torture more prisoners," Ana Ruiz said.').allegations,
    ).toEqual([]);
  });

  it('should accuse the party of "the charges against Y" and "Y is on trial for"', () => {
    for (const text of [
      'The charges against Jorge Salas include fraud and money laundering.',
      'Jorge Salas is on trial for fraud.',
    ])
      expect(extractTexts(text).allegations.map((a) => [a.accused, a.category])).toEqual([
        [['person:jorge-salas'], 'corruption'],
      ]);
    // A denial of the charges against the denier is one denied claim.
    expect(
      extractTexts('Jorge Salas denied the charges against him.').allegations.map((a) => [a.accused, a.status]),
    ).toEqual([[['person:jorge-salas'], 'denied']]);
  });

  it('should accuse the agent of a wrong or weapon said to be used in the passive ("was launched by Y")', () => {
    const doc = extractTexts(
      'Major Ruiz said the drone had been launched by the Sendero Rojo from hills north of the town.',
    );
    expect(doc.allegations.map((a) => [a.allegers, a.accused])).toEqual([[['person:ruiz'], ['org:sendero-rojo']]]);
    expect(extractTexts('Major Ruiz said the bridge was built by the Sendero Rojo.').allegations).toHaveLength(0);
    expect(
      extractTexts('Major Ruiz said the bombing was not carried out by the Sendero Rojo.').allegations,
    ).toHaveLength(0);
  });

  it('should read backing a party with weapons as an arms transfer, denied by "a charge X denies"', () => {
    const doc = extractTexts(
      'Chile has long said Bolivia backs the Sendero Rojo with weapons and fighters, a charge Bolivia denies.',
    );
    expect(doc.allegations[0]).toMatchObject({ allegers: ['state:cl'], category: 'arms transfer', status: 'denied' });
    expect(doc.allegations[0]?.accused).toContain('state:bo');
    expect(extractTexts('Chile said Bolivia backs the new trade pact.').allegations).toHaveLength(0);
  });

  it('should allege the wrong a party is arrested for only when a wrong is named; a charge or a fine names one', () => {
    const accused = (text: string): string[][] => extractTexts(text).allegations.map((a) => a.accused);
    expect(accused('Prosecutors charged Maria Lopes with fraud.')).toEqual([['person:maria-lopes']]);
    expect(accused('The Treasury sanctioned Norvia Labs for supplying drone engines to Iran.')).toEqual([
      ['org:norvia-labs'],
    ]);
    expect(accused('The regulator fined Norvia Labs for polluting the river.')).toEqual([['org:norvia-labs']]);
    expect(accused('Maria Lopes was arrested on suspicion of bribery.')).toEqual([['person:maria-lopes']]);
    expect(accused('Police arrested Maria Lopes on Monday.')).toEqual([]);
    expect(accused('The ministry fined Norvia Labs for late filings.')).toEqual([['org:norvia-labs']]);
  });

  it('should accuse the maker named after "by" of a product said to be contaminated', () => {
    const doc = extractTexts('The agency said the syrup made by Norvia Labs was contaminated.');
    expect(doc.allegations.map((a) => [a.accused, a.category])).toEqual([[['org:norvia-labs'], 'health and safety']]);
  });

  it('should lay "the attack" at the door of the last claim of an act, not of a counter-claim that claims are false', () => {
    const doc = extractTexts(
      'Greenpoint Labs accused Chile of hacking the ministries of Peru. The Chilean embassy dismissed the claims as "baseless." Peru said it had shared technical details of the attack with Brazil.',
    );
    expect(doc.allegations.map((a) => [a.allegers, a.accused])).toEqual([
      [['org:greenpoint-labs'], ['state:cl']],
      [['org:cl-embassy'], ['org:greenpoint-labs']],
      [['state:pe'], ['state:cl']],
    ]);
  });

  it('should keep a denial that answers no claim the rules read as a denied allegation against the denier', () => {
    const doc = extractTexts(
      'Harbour officials traced the oil slick along the coast to a tanker. Norvik Shipping denied any wrongdoing on Tuesday.',
    );
    const denied = doc.allegations.find((a) => a.deniedBy.length > 0);
    expect(denied).toMatchObject({ allegers: [], status: 'denied', claim: 'any wrongdoing on Tuesday' });
    expect(denied?.accused).toEqual(denied?.deniedBy);
  });

  it('should clear the body a spokesperson speaks for and its state, and read no claim in a rejected proposal or a denied visa', () => {
    const cleared = extractTexts(
      "Ecuador's foreign ministry spokesman Pablo Ruiz denied that troops had crossed the border.",
    );
    expect(cleared.allegations).toHaveLength(1);
    expect(cleared.allegations[0]).toMatchObject({
      accused: ['org:ec-foreign-ministry', 'state:ec'],
      status: 'denied',
    });
    expect(extractTexts('Peru rejected the proposal for a joint patrol.').allegations).toEqual([]);
    expect(extractTexts('Chile denied a visa to the Bolivian delegation.').allegations).toEqual([]);
  });

  it('should let a person deny charges laid by the state her former title names', () => {
    const doc = extractTexts(
      'Police in Peru say former president Ana Lucero was detained on a charge of bribery. Ms. Lucero denied the charges.',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ accused: ['person:ana-lucero'], status: 'denied' });
  });

  it('should accuse the party after "on" in "blamed the intrusion on", and the object of "held Y responsible"', () => {
    const blamed = extractTexts('Czech officials blamed the intrusion on a hacking group that analysts tie to Russia.');
    expect(blamed.allegations[0]).toMatchObject({ allegers: ['state:cz'], accused: ['state:ru'] });
    const held = extractTexts('Peru holds Chile responsible for the deaths of three fishermen.');
    expect(held.allegations[0]).toMatchObject({ allegers: ['state:pe'], accused: ['state:cl'] });
    expect(extractTexts('The court held a hearing on the case.').allegations).toEqual([]);
  });

  it('should read "pleaded not guilty" as the accused denying the charge just laid, or one of its own', () => {
    const charged = extractTexts('Tomas Ruiz was charged with fraud. He pleaded not guilty.');
    expect(charged.allegations).toHaveLength(1);
    expect(charged.allegations[0]).toMatchObject({ accused: ['person:tomas-ruiz'], status: 'denied' });
    const alone = extractTexts('Tomas Ruiz pleaded not guilty to charges of money laundering.');
    expect(alone.allegations[0]).toMatchObject({ accused: ['person:tomas-ruiz'], status: 'denied' });
  });

  it('should accuse the subject of a passive penalty of the wrong named past an amount or a time', () => {
    const fined = extractTexts('Orvane Mining was fined $2 million for polluting the river.');
    expect(fined.allegations[0]).toMatchObject({
      accused: ['org:orvane-mining'],
      claim: 'Orvane Mining was fined $2 million for polluting the river',
    });
    expect(extractTexts('Orvane Mining was fined $2 million last year.').allegations).toEqual([]);
  });

  it('should read the demonyms news uses for Kyrgyzstan and Tajikistan, and selling below cost as a wrong', () => {
    const clash = extractTexts('Kyrgyz officials said Tajik soldiers opened fire first.');
    expect(clash.allegations[0]).toMatchObject({ allegers: ['state:kg'], accused: ['state:tj'] });
    const trade = extractTexts('Brazilian steelmakers complained that Chinese producers sell wire below cost.');
    expect(trade.allegations[0]?.accused).toEqual(['state:cn']);
  });

  it('should not accuse the parties around an attack already reported, when no one was accused of it before', () => {
    const doc = extractTexts(
      'Hackers shut down the ticket systems of Velmora Rail on Sunday. ' +
        'The national cyber agency said it was helping the company and had shared details of the attack with banks.',
    );
    expect(doc.allegations).toEqual([]);
  });

  it('should read an action against a party past an amount or a day before its wrong ("fined Y $3 million for")', () => {
    const doc = extractTexts(
      'Ortiva Mining runs the pit. The Water Agency fined the company $3 million on Friday for dumping waste into the river.',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ allegers: ['org:water-agency'], accused: ['org:ortiva-mining'] });
  });

  it('should take "on suspicion of" as naming a wrong, and a name qualifying the object as the accused', () => {
    const doc = extractTexts('Chilean police arrested two Ortiva Mining managers on suspicion of manslaughter.');
    expect(doc.allegations[0]).toMatchObject({ allegers: ['state:cl'], accused: ['org:ortiva-mining'] });
  });

  it('should read what a party is said to "allege" as a claim against the party that opens the clause', () => {
    const doc = extractTexts(
      'Peruvian prosecutors allege that Dario Paz steered road contracts to firms owned by his cousins. ' +
        'Critics have not alleged that Paz kept any money.',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ accused: ['person:dario-paz'], status: 'alleged' });
  });

  it('should accuse the party detained "for allegedly" doing something, not the one detaining it', () => {
    const doc = extractTexts('Troops detained three Ortiva Party activists for allegedly burning ballots.');
    expect(doc.allegations.map((a) => a.accused)).toEqual([['org:ortiva-party']]);
  });

  it('should read wrongs written as verbs and wrongs that open with a negation ("had not paid", "without charge")', () => {
    const doc = extractTexts(
      'The union said Ortiva Textiles had not paid its workers for months. ' +
        'Critics say Tarvik Foods bribed officials to win the contract. ' +
        'Residents said Ortiva Chemicals had concealed the leak. ' +
        'The union said Ortiva Textiles would never withhold wages.',
    );
    expect(doc.allegations.map((a) => [a.accused, a.category])).toEqual([
      [['org:ortiva-textiles'], 'labour abuse'],
      [['org:tarvik-foods'], 'corruption'],
      [['org:ortiva-chemicals'], 'misconduct'],
    ]);
  });

  it('should read "found Y guilty of" as a verdict, and not count a later verdict that names no wrong twice', () => {
    const doc = extractTexts(
      'A court in Chile found Dana Brell guilty of fraud on Monday. Jurors found Brell, 54, guilty on four counts.',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ accused: ['person:dana-brell'], status: 'confirmed' });
  });

  it('should read "was ordered to pay ... for polluting" as an action against its subject for a wrong', () => {
    const doc = extractTexts('Ortiva Mining was ordered to pay $5 million in compensation for polluting the river.');
    expect(doc.allegations[0]).toMatchObject({ accused: ['org:ortiva-mining'], category: 'environmental harm' });
  });

  it('should take the party named before for "accusing it" when "it" was taken for the accuser', () => {
    const doc = extractTexts(
      'The Farmers Union filed a complaint against Ortiva Mining, accusing it of poisoning wells.',
    );
    expect(doc.allegations[0]).toMatchObject({ allegers: ['org:farmers-union'], accused: ['org:ortiva-mining'] });
  });

  it('should read an accused named with its owner ("accused Kenya\'s electoral commission of")', () => {
    const doc = extractTexts("The Renewal Party accused Kenya's electoral commission of rigging the count.");
    expect(doc.allegations[0]?.accused).toContain('org:ke-election-commission');
  });

  it('should accuse the subject of "was behind the attack", an attack the article has already reported', () => {
    const doc = extractTexts(
      'A court jailed Dana Brell for fraud. The Renewal Party said the Velmora Front was behind the attack.',
    );
    expect(doc.allegations.map((a) => a.accused)).toEqual([['person:dana-brell'], ['org:velmora-front']]);
  });

  it('should read "According to X, ..." opening a sentence as X reporting what follows', () => {
    const doc = extractTexts(
      'According to the Farmers Union, Ortiva Mining had dumped waste into the river. ' +
        'According to the indictment, Dana Brell paid bribes to three ministers.',
    );
    expect(doc.allegations.map((a) => [a.allegers, a.accused])).toEqual([
      [['org:farmers-union'], ['org:ortiva-mining']],
      [[], ['person:dana-brell']],
    ]);
  });
});

describe('claims without "accuse": reporting frames, links, admissions, charges and verdicts', () => {
  const first = (text: string) => extractTexts(text).allegations[0];

  it('should read "alleged that" as a claim even where the tagger takes "alleged" for an adjective', () => {
    expect(first('Human Rights Watch alleged that Ethiopian troops executed civilians in Tigray.')).toMatchObject({
      allegers: ['org:human-rights-watch'],
      accused: ['state:et'],
    });
  });

  it('should keep a subject with modifiers ("Prosecutors in Peru", "Officials in Kenya") as the alleger', () => {
    expect(
      first('Prosecutors in Peru allege that former President Pedro Castillo took bribes from construction firms.'),
    ).toMatchObject({ allegers: ['state:pe'], accused: ['person:pedro-castillo'] });
    expect(first('Officials in Kenya said al-Shabab was behind the attack on the hotel.')).toMatchObject({
      allegers: ['state:ke'],
      accused: ['org:al-shabaab'],
    });
  });

  it('should accuse the subject linked to a wrong, and the party the doers of a wrong are tied to', () => {
    expect(first("Sudan's army is linked to the killings of civilians in Darfur.")?.accused).toContain(
      'org:sd-armed-forces',
    );
    expect(first('Researchers said the hackers have ties to Russian military intelligence.')?.accused).toEqual([
      'state:ru',
    ]);
    expect(first("The attack bore the hallmarks of Yemen's Houthi movement, a security firm said.")?.accused).toContain(
      'org:houthis',
    );
  });

  it("should read an admission of one's own wrong as confirmed, not another party's act", () => {
    expect(first('Boeing acknowledged that it had failed to disclose safety problems.')).toMatchObject({
      accused: ['org:boeing'],
      status: 'confirmed',
      confirmedBy: ['org:boeing'],
    });
    expect(extractTexts('Ukraine acknowledged that Russian missiles had destroyed the dam.').allegations).toEqual([]);
  });

  it('should read what prosecutors say a party did as a claim whatever its words', () => {
    expect(
      first('Prosecutors say Carl Mendes diverted millions of dollars from the charity to his own accounts.'),
    ).toMatchObject({ accused: ['person:carl-mendes'], allegerDescription: 'Prosecutors' });
  });

  it("should read an accuser's later statement of what the accused did, not what it will do, as a further claim", () => {
    const more = extractTexts(
      'The European Commission fined Google for abusing its dominance. The Commission said Google had paid phone makers to install its search app.',
    );
    expect(more.allegations.map((a) => a.evidence.map((e) => e.sentence))).toEqual([[0], [1]]);
    const will = extractTexts(
      'The European Commission fined Google for abusing its dominance. The Commission said Google would appeal.',
    );
    expect(will.allegations).toHaveLength(1);
  });

  it('should read a charge or a penalty as a claim whatever the words of its wrong, and a sentence as confirming it', () => {
    expect(
      first('The Securities and Exchange Commission charged Tesla chief executive Elon Musk with securities fraud.'),
    ).toMatchObject({
      accused: ['person:elon-musk'],
    });
    expect(first('Alphabet Inc. was fined 4 billion euros in 2018 over its Android system.')?.accused).toEqual([
      'org:alphabet-inc',
    ]);
    expect(
      first('Former Prime Minister Imran Khan was sentenced to 10 years in prison for leaking state secrets.'),
    ).toMatchObject({
      accused: ['person:imran-khan'],
      status: 'confirmed',
    });
    expect(first('The marathon runner Ruth Jelagat was suspended after testing positive for EPO.')?.accused).toEqual([
      'person:ruth-jelagat',
    ]);
    const conditional = extractTexts(
      'Leyla Mammadli was charged with treason. If convicted, Mammadli faces up to life in prison.',
    );
    expect(conditional.allegations.map((a) => a.status)).toEqual(['alleged']);
  });

  it('should accuse the party an attack is blamed on, and the state whose unnamed organs did wrong', () => {
    expect(first('The attack was blamed on Hezbollah.')?.accused).toEqual(['org:hezbollah']);
    const organs = extractTexts(
      'Kenya held elections in August. The opposition said police had beaten protesters in Nairobi.',
    );
    expect(organs.allegations[0]?.accused).toEqual(['state:ke']);
  });
});

describe('claims in participles, quotations and findings', () => {
  it('should take the object of the clause a participle after a comma qualifies as accused ("sued Y, accusing the giant of")', () => {
    const doc = extractTexts(
      'The Justice Department sued Visa on Tuesday, accusing the payments giant of illegally monopolizing the debit card market.',
    );
    expect(doc.allegations[0]).toMatchObject({ allegers: ['org:justice-department'], accused: ['org:visa'] });
  });

  it('should read a quoted "he" as the person named before, not the court', () => {
    const doc = extractTexts(
      'Prosecutor Helen Ashby told Leeds Crown Court that Martin Greaves had created fake invoices. "He abused the trust placed in him," she said.',
    );
    expect(doc.allegations.map((a) => a.accused)).toEqual([['person:martin-greaves'], ['person:martin-greaves']]);
  });

  it('should read what a state determined another party did as a claim', () => {
    expect(
      extractTexts('The United States determined last year that members of the RSF had committed genocide in Darfur.')
        .allegations[0]?.accused,
    ).toEqual(['org:rsf']);
  });

  it('should read "these are absurd claims" as a claim against who made them', () => {
    const doc = extractTexts(
      'Azerbaijan charged the journalist Leyla Mammadli with treason. "These are absurd claims, invented to justify the persecution of journalists," ministry spokeswoman Lusine Harutyunyan told reporters.',
    );
    expect(doc.allegations[1]).toMatchObject({ allegers: ['person:lusine-harutyunyan'], accused: ['state:az'] });
  });
});

describe('stances: claims called false', () => {
  it('should read "called the accusations baseless" as a denial, and "said the accusations were ..." as one too', () => {
    expect(
      extractTexts('The Kremlin called the accusations baseless and politically motivated.').allegations[0],
    ).toMatchObject({
      accused: ['state:ru'],
      status: 'denied',
    });
    const doc = extractTexts(
      'Ukraine accused Russia of shelling Kharkiv. The Kremlin said the accusations were politically motivated.',
    );
    expect(doc.allegations.find((a) => a.accused.includes('state:ru'))?.status).toBe('denied');
    // The accused's answer is a counter-claim against its accuser.
    expect(doc.allegations.find((a) => a.allegers.includes('state:ru'))?.accused).toEqual(['state:ua']);
  });

  it('should read a third party calling the charges absurd as a claim against who brought them, no denial', () => {
    const doc = extractTexts(
      'Azerbaijan charged the journalist Leyla Mammadli with treason. Amnesty International said the charges were grotesque.',
    );
    expect(doc.allegations.map((a) => [a.allegers, a.accused, a.status])).toEqual([
      [['state:az'], ['person:leyla-mammadli'], 'alleged'],
      [['org:amnesty-international'], ['state:az'], 'alleged'],
    ]);
  });

  it("should read a lawyer's word that the client is innocent as the client's denial", () => {
    expect(extractTexts("Daniel Cruz's lawyer said his client is innocent.").allegations[0]).toMatchObject({
      accused: ['person:daniel-cruz'],
      status: 'denied',
    });
  });

  it("should take a named lawyer's denial for the client's, whoever the title or an apposition names", () => {
    const claim = 'Prosecutors say Irma Voss embezzled $3 million from a charity.';
    for (const denial of [
      'Her lawyer, Pavel Orlik, said her client had done nothing wrong.',
      "Voss's attorney, Pavel Orlik, said she had done nothing wrong.",
      'Pavel Orlik, a lawyer for Voss, denied the charges.',
    ]) {
      const doc = extractTexts(`${claim} ${denial}`);
      expect(doc.allegations, denial).toHaveLength(1);
      expect(doc.allegations[0], denial).toMatchObject({ accused: ['person:irma-voss'], status: 'denied' });
    }
  });

  it("should know a lawyer introduced earlier as the client's voice when quoted later by name", () => {
    const doc = extractTexts(
      'Irma Voss was detained on Friday, according to her lawyer, Pavel Orlik. Prosecutors accused Voss of spying for Veltria. "The case is fabricated from beginning to end," Orlik said.',
    );
    expect(doc.allegations.map((a) => [a.accused, a.status])).toEqual([[['person:irma-voss'], 'denied']]);
  });

  it("should read what a lawyer says the client did as the client's defence, unless it admits the wrong", () => {
    const claim = 'Prosecutors accuse Tomas Reed of assaulting a driver during a traffic stop.';
    const status = (text: string) => extractTexts(`${claim} ${text}`).allegations.map((a) => a.status);
    expect(status('His attorney, Ivo Hale, said his client had followed his training.')).toEqual(['denied']);
    expect(status('Ivo Hale, a lawyer for Reed, said Reed would plead guilty.')).toEqual(['alleged']);
    // A lawyer for someone the rules do not know as a party speaks for no one accused.
    expect(status('Ivo Hale, a lawyer for the driver, said his client had suffered a broken jaw.')).toEqual([
      'alleged',
    ]);
  });

  it("should read the accused party's word that it or its people did not do something as its answer to the claim", () => {
    const claim = 'The Varnish army accused the Keltan Front of shelling a clinic in Oros.';
    const status = (text: string) => extractTexts(`${claim} ${text}`).allegations.map((a) => a.status);
    expect(status('The Keltan Front said none of its fighters had entered the town.')).toEqual(['denied']);
    expect(status('The Keltan Front said its units were not in the area at the time.')).toEqual(['denied']);
    // A refusal or a promise answers nothing, nor does a third party's negated word.
    expect(status('The Keltan Front said it would not attend the talks in Oros.')).toEqual(['alleged']);
    expect(status('Amnesty International said it had not been able to reach the clinic.')).toEqual(['alleged']);
  });

  it('should lay a counter-claim at the door of a state it names as well as of those who made the claims', () => {
    const doc = extractTexts(
      "Norwegian intelligence chief Ana Berg said the Chilean embassy had paid two men to spy on activists. Chile rejected the accusations as baseless and said Norway was following Peru's script.",
    );
    const counter = doc.allegations.find((a) => a.allegers.includes('state:cl'));
    expect(counter?.accused).toContain('state:no');
  });

  it('should read a verb of dispute as a denial only when its object is a claim', () => {
    const doc = extractTexts(
      'Regulator Anna Berg said Norvik Holdings had concealed losses. Norvik Holdings disputed the findings.',
    );
    expect(doc.allegations[0]).toMatchObject({ accused: ['org:norvik-holdings'], status: 'denied' });
    const contested = extractTexts(
      'Regulator Anna Berg said Norvik Holdings had concealed losses. Norvik Holdings contested the tender.',
    );
    expect(contested.allegations[0]?.status).toBe('alleged');
  });

  it('should take "we" in a quotation for its speaker, and a dispute reported by a party for that party', () => {
    const quoted = extractTexts(
      'Regulator Anna Berg said Norvik Holdings had concealed losses. "We strongly disagree with these findings," Norvik Holdings said in an emailed statement.',
    );
    expect(quoted.allegations[0]).toMatchObject({ status: 'denied', deniedBy: ['org:norvik-holdings'] });
    const reported = extractTexts(
      'Regulator Anna Berg said Norvik Holdings had concealed losses. Norvik Holdings said in a filing to the Oslo Stock Exchange that its unit follows every law and would contest the findings.',
    );
    expect(reported.allegations).toHaveLength(1);
    expect(reported.allegations[0]).toMatchObject({ status: 'denied', deniedBy: ['org:norvik-holdings'] });
  });

  it('should apply a denial of "X\'s findings" to the claims X made', () => {
    const doc = extractTexts(
      "The Marine Authority said Norvik Holdings had concealed defects. Tomas Lie rejected the Marine Authority's findings.",
    );
    expect(doc.allegations.find((a) => a.accused.includes('org:norvik-holdings'))).toMatchObject({
      status: 'denied',
      deniedBy: ['person:tomas-lie'],
    });
  });

  it("should read a quoted word that the case is false as the speaker's denial", () => {
    const doc = extractTexts(
      'Prosecutors in Veltria accused the reporter Mira Sandor of spying. "The case is fabricated from beginning to end," her lawyer Tomas Lie said.',
    );
    expect(doc.allegations.find((a) => a.accused.includes('person:mira-sandor'))?.status).toBe('denied');
  });

  it('should take "this" in a quoted accusation for what the last claim says', () => {
    const doc = extractTexts(
      'The Trade Department said Halden Metals had shipped Chinese billets through Laos to evade duties. "This is a clear-cut case of cheating," said Carrow chief executive Linn Aas.',
    );
    const quoted = doc.allegations.find((a) => a.evidence.some((e) => e.text.startsWith('"This')));
    expect(quoted?.accused).toContain('org:halden-metals');
  });

  it('should read a report in a relative clause as a claim against the party it qualifies', () => {
    const doc = extractTexts('Investors sued Anna Berg, who prosecutors say embezzled $4 million from the fund.');
    expect(doc.allegations.some((a) => a.accused.includes('person:anna-berg') && a.category === 'corruption')).toBe(
      true,
    );
    expect(extractTexts('The prize went to Anna Berg, who critics say is a fine writer.').allegations).toEqual([]);
  });

  it('should read "the <place>-based company" as the company named before it', () => {
    const doc = extractTexts(
      'Regulators fined Norvale Inc. on Thursday. The commission said the Denver-based company had abused its position.',
    );
    expect(doc.allegations.map((x) => x.accused)).toContainEqual(['org:norvale-inc']);
  });

  it('should read "X and Y accused each other" and "traded accusations" as a claim by each side against the other', () => {
    const pairs = (text: string): string[] =>
      extractTexts(text)
        .allegations.map((x) => `${x.allegers.join()}>${x.accused.join()}`)
        .sort();
    expect(pairs('Chile and Peru blamed each other for the clashes on the border.')).toEqual([
      'state:cl>state:pe',
      'state:pe>state:cl',
    ]);
    expect(
      pairs('Fighting broke out between Chile and Peru. The two countries accused one another of shelling.'),
    ).toEqual(['state:cl>state:pe', 'state:pe>state:cl']);
    expect(pairs('Chile and Peru traded accusations of shelling.')).toHaveLength(2);
    expect(pairs('Chile and Peru praised each other for the agreement.')).toEqual([]);
  });

  it("should read a speaker's word that its own side did not do a wrong as a denial", () => {
    const status = (text: string): string[] => extractTexts(text).allegations.map((x) => x.status);
    expect(
      status(
        'Chile accused the Norvale Mining Company of polluting the river. The company said it had not polluted it.',
      ),
    ).toEqual(['denied']);
    expect(
      status(
        'Chile blamed the Azawad Movement for the attack. "We have never attacked civilians," the movement\'s spokesman Ali Musa said.',
      ),
    ).toEqual(['denied']);
    // Said of another party, a wrong not done is no denial by the speaker.
    expect(
      status(
        'Chile blamed the Azawad Movement for the attack. Peru said the Azawad Movement had not attacked civilians.',
      ),
    ).toEqual(['alleged']);
  });

  it('should read an act a prosecutor or accuser reports of another party as a claim, not what it is doing or plans', () => {
    const accused = (text: string): string[][] => extractTexts(text).allegations.map((x) => x.accused);
    expect(
      accused('A former engineer, Mira Holt, told the court that Norvale Inc. had deleted the test logs.'),
    ).toContainEqual(['org:norvale-inc']);
    expect(accused('Mira Holt said Norvale Inc. was restoring its systems from backups.')).toEqual([]);
    expect(accused('Mira Holt said Norvale Inc. intended to open a plant in Chile.')).toEqual([]);
    expect(accused('Mira Holt said Norvale Inc. met the regulators on Monday.')).toEqual([]);
  });

  it('should take the body whose unnamed members are charged or accused as the accused', () => {
    const accused = (text: string): string[][] => extractTexts(text).allegations.map((x) => x.accused);
    expect(accused('Two employees of Norvale Inc. were accused of falsifying safety records.')).toEqual([
      ['org:norvale-inc'],
    ]);
    expect(accused('Prosecutors charged two senior managers at Norvale Inc. with fraud.')).toEqual([
      ['org:norvale-inc'],
    ]);
  });

  it('should read a quotation that opens with a pronoun for another party and an act it did as a claim against it', () => {
    const accused = (text: string): string[][] => extractTexts(text).allegations.map((x) => x.accused);
    expect(
      accused('Norvale Inc. runs the plant. "They hid the leak for months," said Ana Ruiz, a local farmer.'),
    ).toContainEqual(['org:norvale-inc']);
    expect(
      accused('Norvale Inc. runs the plant. "They are working hard to fix it," said Ana Ruiz, a local farmer.'),
    ).toEqual([]);
  });

  it('should lay a counter-claim at the door of the body the accuser speaks for, beside the accuser', () => {
    const doc = extractTexts(
      'Norvale Group spokeswoman Ana Ruiz accused Peru of spying. Peru called the accusations baseless.',
    );
    const counter = doc.allegations.find((x) => x.allegers.includes('state:pe'));
    expect(counter?.accused).toEqual(expect.arrayContaining(['person:ana-ruiz', 'org:norvale-group']));
  });

  it('should read a charge joined to a passive or to an arrest as a claim against the one charged, not by them', () => {
    const claims = (text: string) =>
      extractTexts(text).allegations.map((x) => ({ by: x.allegers, accused: x.accused }));
    expect(claims('Paul Ndlovu was arrested on Tuesday and charged with corruption.')).toEqual([
      { by: [], accused: ['person:paul-ndlovu'] },
    ]);
    expect(claims('Paul Ndlovu, 54, was detained at the airport and later charged with fraud.')).toEqual([
      { by: [], accused: ['person:paul-ndlovu'] },
    ]);
    expect(claims('Police arrested Jonas Berg and charged him with murder.')).toEqual([
      { by: [], accused: ['person:jonas-berg'] },
    ]);
  });

  it('should take the subject of "stands accused of" and "is wanted for" as the accused', () => {
    const accused = (text: string): string[][] => extractTexts(text).allegations.map((x) => x.accused);
    expect(accused('Marek Dusza, the former treasurer, stands accused of embezzling $3 million.')).toEqual([
      ['person:marek-dusza'],
    ]);
    expect(accused('Jonas Berg is wanted for murder.')).toEqual([['person:jonas-berg']]);
  });

  it('should read a noun of action against a party for a wrong named after it as a claim by the one who acts', () => {
    const claims = (text: string) =>
      extractTexts(text).allegations.map((x) => ({ by: x.allegers, accused: x.accused }));
    expect(claims('The European Union slapped sanctions on Acme Corp. over its role in the war.')).toEqual([
      { by: ['org:eu'], accused: ['org:acme-corp'] },
    ]);
    expect(claims('The regulator opened an investigation into Acme Corp. over suspected price fixing.')).toEqual([
      { by: [], accused: ['org:acme-corp'] },
    ]);
    // No wrong named: a sanction in a year is no claim.
    expect(claims('Washington imposed sanctions on Venezuela in 2019.')).toEqual([]);
  });

  it('should accuse the agent of a wrongful act done in the passive, or the state of an unnamed organ as agent', () => {
    const accused = (text: string): string[][] => extractTexts(text).allegations.map((x) => x.accused);
    expect(
      accused(
        'Protests spread across Zimbabwe on Monday. Justice Watch said two protesters were killed by police gunfire in Harare.',
      ),
    ).toEqual([['state:zw']]);
    expect(accused('Justice Watch said two farmers were beaten by Acme Corp. guards.')).toContainEqual([
      'org:acme-corp',
    ]);
  });

  it('should take soldiers named only as such for the state and its armed forces, when the article names them', () => {
    const doc = extractTexts(
      "Protests spread across Zimbabwe on Monday, and Zimbabwe's army was deployed in Harare. Justice Watch said two protesters were killed by soldiers in Harare.",
    );
    expect(doc.allegations.map((a) => a.accused)).toEqual([['state:zw', 'org:zw-armed-forces']]);
    // Police with no police body named stand for the state alone.
    const police = extractTexts(
      "Protests spread across Zimbabwe on Monday, and Zimbabwe's army was deployed in Harare. Justice Watch said two protesters were killed by police gunfire in Harare.",
    );
    expect(police.allegations.map((a) => a.accused)).toEqual([['state:zw']]);
  });

  it('should read a participle after the object of a lawsuit or a penalty as the claim it is brought for', () => {
    const sued = extractTexts(
      'Ecuador sued Peru on Monday, alleging that Peruvian troops had crossed into its territory.',
    );
    expect(sued.allegations).toHaveLength(1);
    expect(sued.allegations[0]).toMatchObject({
      allegers: ['state:ec'],
      accused: ['state:pe'],
      claim: 'Peruvian troops had crossed into its territory',
    });
    const complaint = extractTexts(
      'Human Rights Watch filed a complaint against Nigeria, saying soldiers had fired on peaceful protesters.',
    );
    expect(complaint.allegations[0]).toMatchObject({
      allegers: ['org:human-rights-watch'],
      accused: ['state:ng'],
      claim: 'soldiers had fired on peaceful protesters',
    });
  });

  it('should take a denial by a member or an official of a body for a denial by that body as well', () => {
    const doc = extractTexts(
      'The seat was won by Carlos Mendez of the Colorado Party, who took 4,100 votes. Mr Mendez rejected the allegations and said he had won fairly.',
    );
    expect(doc.allegations[0]).toMatchObject({
      status: 'denied',
      accused: ['person:carlos-mendez', 'org:colorado-party'],
    });
  });

  it('should read "charges of X against Y" as a claim against Y, with the wrong between the noun and "against"', () => {
    const doc = extractTexts(
      'The district court framed charges of bribery and forgery against Tomas Brandt on Monday.',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ accused: ['person:tomas-brandt'], category: 'corruption' });
    // A comma or a verb ends the clause: "charges of ..., he said, against" is not one phrase.
    const apart = extractTexts('The charges of bribery were dropped, and a case against Tomas Brandt was opened.');
    expect(apart.allegations.filter((a) => a.category === 'corruption')).toHaveLength(0);
  });

  it('should take the subject of the clause as accused of the allegations it is set amid or over', () => {
    const amid = extractTexts('Tomas Brandt resigned as mayor on Friday amid allegations of bribery.');
    expect(amid.allegations[0]).toMatchObject({ allegers: [], accused: ['person:tomas-brandt'] });
    const over = extractTexts(
      'The Halvorsen Group was suspended from the exchange over allegations that it falsified its accounts.',
    );
    expect(over.allegations[0]).toMatchObject({ allegers: [], accused: ['org:halvorsen-group'] });
  });

  it('should read "the suspect" as the person the authorities accused just before, not one the other side accused', () => {
    const doc = extractTexts(
      'Prosecutors charged Tomas Brandt with arson on Monday. The suspect is also accused of stealing a van.',
    );
    expect(doc.allegations.flatMap((a) => a.evidence.map((e) => [e.sentence, a.accused.join()]))).toContainEqual([
      1,
      'person:tomas-brandt',
    ]);
    const other = extractTexts(
      'Opposition leader Maria Lopez accused President Carlos Ruiz of rigging the vote. Police said the suspects had looted shops in the capital.',
    );
    expect(other.allegations.flatMap((a) => a.evidence.map((e) => e.sentence))).not.toContain(1);
  });

  it('should accuse the subject of a claim stated after "that", not the party its verb is done to', () => {
    const doc = extractTexts('The regulator rejected the suggestion that it was singling out American companies.');
    expect(doc.allegations.filter((a) => a.accused.includes('state:us'))).toHaveLength(0);
    const amid = extractTexts(
      'The vote was held amid allegations that Ruritanian agents had bribed Moldovan officials.',
    );
    expect(amid.allegations.flatMap((a) => a.accused)).not.toContain('state:md');
  });

  it('should accuse the person a lede names only by a description once the next sentence names them', () => {
    const doc = extractTexts(
      'A county grand jury on Monday indicted a Millbrook police officer on charges of felonious assault. Officer Dan Whitlow, 29, is accused of hitting a handcuffed teenager.',
    );
    expect(doc.allegations.flatMap((a) => a.evidence.map((e) => [e.sentence, a.accused.join()]))).toContainEqual([
      0,
      'person:dan-whitlow',
    ]);
    const passive = extractTexts(
      'A former hospital administrator was charged on Thursday with stealing medical supplies. Peter Haskins, 61, appeared in court.',
    );
    expect(passive.allegations[0]).toMatchObject({ accused: ['person:peter-haskins'] });
    // The one who speaks next is no suspect, nor is a party the article named before: the claim accuses no one named.
    const speaker = extractTexts(
      'A man was arrested on suspicion of arson after the fire. Detective Inspector Jane Roe said inquiries were continuing.',
    );
    expect(speaker.allegations.map((a) => a.accused)).toEqual([[]]);
    const known = extractTexts(
      'Mayor Ken Adler opened the bridge in May. A contractor was charged with fraud. Ken Adler said the work would go on.',
    );
    expect(known.allegations.map((a) => a.accused)).toEqual([[]]);
  });

  it('should keep a charge against a party named only by a description, with no accused', () => {
    const doc = extractTexts('Police on Friday charged a 34-year-old woman from Harwick with arson.');
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ accused: [], status: 'alleged' });
    // Two such claims in two articles are two allegations.
    const two = extractTexts(
      'Police on Friday charged a 34-year-old woman with arson.',
      'Police on Monday charged a 34-year-old woman with arson.',
    );
    expect(two.allegations).toHaveLength(2);
  });

  it('should lay the claims a spokesperson dismisses at the door of the body she speaks for', () => {
    const doc = extractTexts(
      'The African Union observer mission said it had seen evidence of ballot stuffing in Kasama. Mary Banda, a spokeswoman for the Patriotic Front, dismissed the AU findings as "interference in our internal affairs".',
    );
    const denied = doc.allegations.filter((a) => a.status === 'denied');
    expect(denied.flatMap((a) => a.accused)).toContain('org:patriotic-front');
  });

  it('should read a shooting a source reports as a claim against the shooters, not against the one shot', () => {
    const doc = extractTexts(
      'Amnesty International said Zimbabwean police had shot and wounded two opposition supporters.',
    );
    expect(doc.allegations[0]).toMatchObject({ allegers: ['org:amnesty-international'], accused: ['state:zw'] });
    const victim = extractTexts('Police said John Kamau was shot dead outside his home in Nairobi.');
    expect(victim.allegations.flatMap((a) => a.accused)).not.toContain('person:john-kamau');
  });

  it('should take a denial by the person a description stood for as naming them ("Jane Roe, 57, denied the charges")', () => {
    const doc = extractTexts(
      'A former nurse is accused of poisoning three patients at a care home. Rita Moran, 44, denied the charges on Tuesday.',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]).toMatchObject({ accused: ['person:rita-moran'], status: 'denied' });
    // A preposition after the claim noun opens no claim of its own: the denial answers the accusation before.
    const zambia = extractTexts(
      'Malawi accused Zambia of smuggling maize across the border. Zambia denied the accusation on Tuesday.',
    );
    expect(zambia.allegations).toHaveLength(1);
    expect(zambia.allegations[0]).toMatchObject({ status: 'denied', deniedBy: ['state:zm'] });
  });
});
