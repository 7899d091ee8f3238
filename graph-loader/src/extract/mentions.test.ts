import { describe, expect, it } from 'vitest';
import { entity, extractTexts } from './test-helpers.ts';

describe('entity mentions', () => {
  it('should read one common word, "of" and words ending in an organisation head as one body ("House of Lords")', () => {
    const doc = extractTexts(
      'Finance minister Tessa Grove told the House of Lords on Monday that the levy would stay.',
    );
    expect(entity(doc, 'org:house-of-lords')?.type).toBe('Organisation');
    const apart = extractTexts('Dana Pell of Corvane Holdings said the plant would close.');
    expect(entity(doc, 'person:tessa-grove')?.type).toBe('Person');
    expect(entity(apart, 'person:dana-pell')?.type).toBe('Person');
    expect(entity(apart, 'org:corvane-holdings')?.type).toBe('Organisation');
  });

  it('should read a capital after a verb of travel and "to" or "for" as the place, not the state', () => {
    const doc = extractTexts('Kenya hosted the talks. The envoy flew to Nairobi on Monday and left for Moscow.');
    expect(entity(doc, 'place:nairobi')?.type).toBe('Place');
    expect(entity(doc, 'state:ke')?.aliases ?? []).not.toContain('Nairobi');
    expect(entity(doc, 'state:ru')).toBeUndefined();
  });

  it('should not read a possessive name after a place preposition as the place ("at Kerubo\'s training camp")', () => {
    const doc = extractTexts(
      "Ruth Kerubo won the race in May. The sample was collected at Kerubo's training camp in Iten. The agency said Kerubo had used a banned substance.",
    );
    expect(entity(doc, 'place:kerubo')).toBeUndefined();
    expect(doc.allegations.map((a) => a.accused)).toEqual([['person:ruth-kerubo']]);
  });

  it('should read a word of a person\'s full name after a place preposition as that person ("a letter to Kerubo")', () => {
    const doc = extractTexts(
      'Ruth Kerubo won the race in May. The federation sent a letter to Kerubo on Monday. The agency said Kerubo had used a banned substance.',
    );
    expect(entity(doc, 'place:kerubo')).toBeUndefined();
    expect(doc.allegations.map((a) => a.accused)).toEqual([['person:ruth-kerubo']]);
  });

  it('should resolve "the Kremlin" and a capital to the Russian state', () => {
    const doc = extractTexts('The Kremlin said on Monday that Moscow would respond.');
    const russia = entity(doc, 'state:ru');
    expect(russia?.type).toBe('State');
    expect(russia?.mentions.map((m) => m.text)).toEqual(['Kremlin', 'Moscow']);
  });

  it('should count a demonym as a mention of a state the article names', () => {
    const doc = extractTexts('Officials found North Korean missiles near the border. North Korea denied it.');
    expect(entity(doc, 'state:kp')?.mentions.map((m) => m.text)).toEqual(['North Korean', 'North Korea']);
  });

  it('should leave out a state only written as a demonym, unless it takes part in a fact', () => {
    expect(entity(extractTexts('Traffic in the Kenyan capital was calm on Monday.'), 'state:ke')).toBeUndefined();
    expect(entity(extractTexts('Ugandan forces attacked the town on Monday.'), 'state:ug')).toBeDefined();
  });

  it('should read abbreviations with dots and acronyms', () => {
    const doc = extractTexts('The U.S. and the DPRK met at the U.N. in New York.');
    expect(entity(doc, 'state:us')).toBeDefined();
    expect(entity(doc, 'state:kp')).toBeDefined();
    expect(entity(doc, 'org:un')).toBeDefined();
  });

  it('should keep a courtesy title out of the name, with its dot or without ("Dr Ana Ruiz", "Mrs. Lee")', () => {
    const doc = extractTexts('Dr Ana Ruiz told Mrs. Grace Lee and Mr Tomas Berg that the clinic would close.');
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Ana Ruiz', 'Grace Lee', 'Tomas Berg']);
  });

  it('should keep a title after a capitalised word the scan does not name out of the name ("Republican Senator X")', () => {
    const doc = extractTexts(
      'The bill was opposed by Republican Senator Dora Quill. House Speaker Tomas Berg said the vote was close.',
    );
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Dora Quill', 'Tomas Berg']);
  });

  it('should give a titled person a role and a leadership relation', () => {
    const doc = extractTexts('French President Emmanuel Macron arrived in Berlin on Tuesday.');
    const macron = entity(doc, 'person:emmanuel-macron');
    expect(macron?.type).toBe('Person');
    expect(macron?.roles).toEqual(['President of France']);
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'LEADER_OF',
      'person:emmanuel-macron',
      'state:fr',
    ]);
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

  it('should make one entity of a name typed two ways by equal evidence, with the type of its first mention', () => {
    const doc = extractTexts(
      'Regulators fined a haulage company, Tembo Carriers, for overloading trucks. Tembo Carriers said it would appeal.',
    );
    expect(doc.entities.filter((e) => e.name === 'Tembo Carriers').map((e) => e.type)).toEqual(['Organisation']);
    expect(entity(doc, 'org:tembo-carriers')?.mentions).toHaveLength(2);
  });

  it('should type unknown names by a head word for a place or an outlet, or a noun for a brand', () => {
    const doc = extractTexts(
      'Snow closed roads in the Dravik Range on Monday. The Northern Ledger Chronicle said the outdoor brand Felsgrat had cancelled a race.',
    );
    expect(entity(doc, 'place:dravik-range')?.type).toBe('Place');
    expect(entity(doc, 'org:northern-ledger-chronicle')?.type).toBe('Organisation');
    expect(entity(doc, 'org:felsgrat')?.type).toBe('Organisation');
  });

  it('should keep religious and police titles and "MEP" out of a name', () => {
    const doc = extractTexts(
      'Archbishop Tomas Elvaro urged calm. Danish MEP Sofie Lind visited the camp. Police Officer Dale Renner was suspended.',
    );
    expect(entity(doc, 'person:tomas-elvaro')?.type).toBe('Person');
    expect(entity(doc, 'person:sofie-lind')?.type).toBe('Person');
    expect(entity(doc, 'person:dale-renner')?.type).toBe('Person');
  });

  it('should keep a compass word and a demonym inside the name of a body ("Southern African Development Community")', () => {
    const doc = extractTexts(
      'Monitors from the Southern African Fisheries Community criticised Lisbon. Northern Syria was calm.',
    );
    expect(entity(doc, 'org:southern-african-fisheries-community')?.type).toBe('Organisation');
    expect(entity(doc, 'state:sy')?.type).toBe('State');
  });

  it('should read a name after a locative preposition as a place although an apposition follows it', () => {
    const doc = extractTexts('Shares of Orvane fell 3% in trading in San Calvo, a drop analysts blamed on the fine.');
    expect(entity(doc, 'place:san-calvo')?.type).toBe('Place');
  });

  it('should not take sentence-initial common words, months or holidays for names', () => {
    const doc = extractTexts(
      'Conversely, during March the ministry marked Independence Day. Citing sources, nobody agreed.',
    );
    expect(doc.entities).toEqual([]);
  });

  it('should find mentions at the very start and end of the text', () => {
    const doc = extractTexts('Ukraine thanked Poland');
    const [ukraine, poland] = [entity(doc, 'state:ua'), entity(doc, 'state:pl')];
    expect(ukraine?.mentions[0]).toMatchObject({ start: 0, end: 7, text: 'Ukraine' });
    expect(poland?.mentions[0]).toMatchObject({ start: 16, end: 22, text: 'Poland' });
  });
});

describe('entity mentions in wire copy about any conflict', () => {
  const keys = (text: string): string[] => extractTexts(text).entities.map((e) => `${e.type}:${e.id}`);

  it('should keep the mentions of a dateline but not make them participants', () => {
    const doc = extractTexts('KYIV, March 3 (Reuters) - Poland condemned Belarus on Monday.');
    // The capital a story is filed from is the place, not the state.
    expect(entity(doc, 'place:kyiv')).toMatchObject({ type: 'Place', name: 'Kyiv' });
    expect(entity(doc, 'place:kyiv')?.mentions.map((m) => m.text)).toEqual(['KYIV']);
    expect(entity(doc, 'state:ua')).toBeUndefined();
    expect(entity(doc, 'org:reuters')).toBeDefined();
    const condemnation = doc.events.find((e) => e.type === 'condemnation');
    expect(condemnation?.participants.filter((p) => p.role === 'actor').map((p) => p.entity)).toEqual(['state:pl']);
    // A dateline may give the year after the day.
    const dated = extractTexts('NAIROBI, Sept 22, 2026 - Kenya said on Tuesday it had arrested two officers.');
    expect(entity(dated, 'place:nairobi')?.mentions.map((m) => m.text)).toEqual(['NAIROBI']);
  });

  it('should read a dateline in capitals closed by a colon at the start of a story ("PUNE: ")', () => {
    const doc = extractTexts('PUNE: Former minister Ravi Kesar pleaded not guilty on Monday.');
    expect(entity(doc, 'place:pune')).toMatchObject({ type: 'Place', name: 'Pune' });
    expect(doc.entities.some((e) => e.type === 'Organisation')).toBe(false);
  });

  it('should read a dateline whose state is written in title case, and a short name of that state after it', () => {
    const doc = extractTexts(
      'BUKAVU, Democratic Republic of Congo — Fighting in eastern Congo forced 2,000 people from their homes.',
    );
    expect(entity(doc, 'place:bukavu')).toMatchObject({ type: 'Place', name: 'Bukavu' });
    expect(entity(doc, 'state:cd')?.mentions.map((m) => m.text)).toEqual(['Democratic Republic of Congo', 'Congo']);
    expect(entity(doc, 'state:cg')).toBeUndefined();
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'LOCATED_IN',
      'place:bukavu',
      'state:cd',
    ]);
    // A list of names before a dash is no dateline; "Sudan" beside "South Sudan" is Sudan.
    expect(keys('NATO, Russia and China — all three sent envoys.')).toContain('Organisation:org:nato');
    expect(keys('South Sudan accused Sudan of bombing the border.')).toContain('State:state:sd');
  });

  it('should read a dateline with the year in its date as a dateline ("QUITO, May 2, 2025 -")', () => {
    const doc = extractTexts('QUITO, May 2, 2025 - Peru condemned Chile on Friday.');
    expect(entity(doc, 'place:quito')?.type).toBe('Place');
    expect(entity(doc, 'state:ec')).toBeUndefined();
  });

  it('should name a body after the state that owns it, written possessive or as a demonym', () => {
    const doc = extractTexts(
      "Kenya's Interior Ministry said on Monday it would act. The Kenyan Interior Ministry later denied it.",
    );
    const ministry = doc.entities.filter((e) => e.type === 'Organisation');
    expect(ministry.map((e) => e.id)).toEqual(['org:ke-interior-ministry']);
    expect(ministry[0]?.name).toBe('Interior Ministry of Kenya');
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'PART_OF',
      'org:ke-interior-ministry',
      'state:ke',
    ]);
  });

  it('should read "of the <state>" inside an organisation name and make it part of that state', () => {
    const doc = extractTexts('The Armed Forces of Ukraine said the bridge was hit.');
    expect(entity(doc, 'org:armed-forces-of-ukraine')?.type).toBe('Organisation');
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'PART_OF',
      'org:armed-forces-of-ukraine',
      'state:ua',
    ]);
  });

  it('should read an organisation whose head word comes first ("Board of Governors") and one opening a sentence', () => {
    expect(keys('Officials said the Council of Ministers met on Friday.')).toContain(
      'Organisation:org:council-of-ministers',
    );
    expect(keys('Justice Ministry officials said the law was passed.')).toContain('Organisation:org:justice-ministry');
  });

  it('should keep name particles inside a person name', () => {
    expect(keys('Interior Minister Ahmed al-Sharif visited the border.')).toContain('Person:person:ahmed-al-sharif');
  });

  it('should read a state name after a title and before another name as part of the person name', () => {
    const doc = extractTexts('Defence Minister Jordan Hale said the drills would go on.');
    expect(entity(doc, 'person:jordan-hale')?.type).toBe('Person');
    expect(entity(doc, 'state:jo')).toBeUndefined();
  });

  it('should type a name as a place from a place noun after it or before "of"', () => {
    expect(keys('Shelling hit the Varko district overnight.')).toContain('Place:place:varko');
    expect(keys('Troops entered the village of Ostrivka Nova.')).toContain('Place:place:ostrivka-nova');
  });

  it('should join a capitalised compass word to the place name after it', () => {
    expect(keys('Clashes broke out in South Kordofan and East Java.')).toEqual(
      expect.arrayContaining(['Place:place:south-kordofan', 'Place:place:east-java']),
    );
  });

  it('should read "New" before a state\'s name as another place, and leave names the gazetteer holds whole', () => {
    expect(keys('A court in New Jersey charged two men; voters in New Mexico agreed.')).toEqual([
      'Place:place:new-jersey',
      'Place:place:new-mexico',
    ]);
    expect(keys('Talks in New Delhi and New Zealand went on.')).toEqual(['Place:place:new-delhi', 'State:state:nz']);
    expect(keys('New Russian sanctions took effect.')).toEqual(['State:state:ru']);
    expect(keys('The mayor of New Harwick met the envoy.')).toEqual(['Place:place:new-harwick']);
  });

  it("should read a compass word opening an organisation's name as part of that name, not as a place", () => {
    expect(keys('West Tarrow Water Authority said supplies were safe.')).toEqual([
      'Organisation:org:west-tarrow-water-authority',
    ]);
  });

  it("should keep a title word closing a body's name in it, but not a title before a person", () => {
    expect(keys('The Office of the Fair Trade Commissioner opened a review.')).toEqual([
      'Organisation:org:office-of-the-fair-trade-commissioner',
    ]);
    expect(keys('The Ministry of Defence Spokesman Ana Ruiz said so.')).toEqual([
      'Organisation:org:ministry-of-defence',
      'Person:person:ana-ruiz',
    ]);
  });

  it('should read the last words of a longer name as that person ("Na Bitam" after "Augusto Na Bitam")', () => {
    const doc = extractTexts('President Tomas Da Silva spoke on Monday. Da Silva later left the capital.');
    expect(entity(doc, 'person:tomas-da-silva')?.mentions.map((m) => m.text)).toEqual(['Tomas Da Silva', 'Da Silva']);
    expect(entity(doc, 'person:da-silva')).toBeUndefined();
  });

  it('should read a capitalised title before a lone organisation head as a name ("the General Court")', () => {
    expect(keys('The case went to the General Court on Monday. General Ali Musa said the army was ready.')).toEqual([
      'Organisation:org:general-court',
      'Person:person:ali-musa',
    ]);
  });

  it('should read a name after a locative preposition as a place even before "said", and "X and Y Commission" whole', () => {
    expect(keys('Officials in Port Moresby said the talks had failed.')).toEqual(['Place:place:port-moresby']);
    expect(keys('The Mining and Energy Commission opened a case.')).toEqual([
      'Organisation:org:mining-and-energy-commission',
    ]);
  });

  it('should read names joined by an ampersand as one firm, and no abbreviated month as a name', () => {
    expect(keys('KAMPALA, Sept 22, 2026 - Lawyers at Orrin & Dale said on Sept 9 that Holt & Baye had paid.')).toEqual([
      'Place:place:kampala',
      'Organisation:org:orrin-dale',
      'Organisation:org:holt-baye',
    ]);
  });

  it('should read England, Scotland and Wales as places in the United Kingdom, not as the state', () => {
    const doc = extractTexts('Hospitals in England and Wales cancelled operations, the United Kingdom said.');
    expect(entity(doc, 'place:england')?.type).toBe('Place');
    expect(entity(doc, 'state:gb')?.aliases ?? []).not.toContain('England');
  });

  it('should type a name as an organisation from a noun before it ("rights group")', () => {
    expect(keys('The rights group Memoria said prisoners were beaten.')).toContain('Organisation:org:memoria');
  });

  it('should read "The" inside a sentence as part of the name after it', () => {
    expect(keys('Judges in The Hague ruled on Friday.')).toContain('Place:place:the-hague');
  });

  it('should leave out documents and ships', () => {
    const found = keys('The Lusaka Agreement was signed, and the USS Carney sailed on.');
    expect(found.some((k) => /lusaka|carney/.test(k))).toBe(false);
  });

  it('should give a name typed by default the type another mention of it has from evidence', () => {
    const doc = extractTexts('Residents fled from Zarvin Dol on Monday. Zarvin Dol had no power.');
    expect(doc.entities.filter((e) => e.name === 'Zarvin Dol').map((e) => e.type)).toEqual(['Place']);
  });

  it('should resolve "the army" to the one army the article names', () => {
    const doc = extractTexts(
      'The Malian Armed Forces said the base was safe. Rebels accused the army of killing civilians.',
    );
    expect(entity(doc, 'org:ml-armed-forces')?.mentions.map((m) => m.text)).toEqual(['Malian Armed Forces', 'army']);
  });

  it('should read plural nouns for a people as mentions of their state', () => {
    const doc = extractTexts('Israel and Yemen said protests by Israelis and Yemenis continued on Monday.');
    expect(doc.entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['state:il', ['Israel', 'Israelis']],
      ['state:ye', ['Yemen', 'Yemenis']],
    ]);
  });
});

describe('names as real news writes them', () => {
  const types = (text: string): string[] => extractTexts(text).entities.map((e) => `${e.type} ${e.name}`);

  it('should read a capital as the place where it locates and as the state where it acts', () => {
    const doc = extractTexts('Envoys met in downtown Nairobi on Monday. Nairobi later rejected the plan.');
    expect(entity(doc, 'place:nairobi')?.mentions.map((m) => m.text)).toEqual(['Nairobi']);
    expect(entity(doc, 'state:ke')?.mentions.map((m) => m.text)).toEqual(['Nairobi']);
  });

  it('should make an institution written in lower case after a state an organisation of that state', () => {
    const doc = extractTexts(
      'The Peruvian army said it had retaken the pass. Peruvian soldiers were seen near the town. Peru denied it.',
    );
    expect(entity(doc, 'org:pe-armed-forces')?.mentions.map((m) => m.text)).toEqual([
      'Peruvian army',
      'Peruvian soldiers',
    ]);
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'PART_OF',
      'org:pe-armed-forces',
      'state:pe',
    ]);
  });

  it("should name a possessive state's lower-case ministry by its own words", () => {
    const doc = extractTexts("Chile's foreign ministry did not reply. The Chilean president was away.");
    expect(entity(doc, 'org:cl-foreign-ministry')).toMatchObject({ name: 'Foreign Ministry of Chile' });
    expect(entity(doc, 'org:cl-foreign-ministry')?.mentions.map((m) => m.text)).toEqual(['foreign ministry']);
  });

  it('should type unknown names from their place words and keep the whole span', () => {
    expect(types('Floods hit Loma County and the Gulf of Tarsa coast.')).toEqual([
      'Place Loma County',
      'Place Gulf of Tarsa',
    ]);
    expect(types('Fighting spread to the Varna region.')).toEqual(['Place Varna region']);
  });

  it('should give every mention of a name the sense its best evidence gives', () => {
    const doc = extractTexts('Villagers oppose the Don Velo dam. They say the Don Velo project must stop.');
    expect(doc.entities.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(['Place Don Velo 2']);
  });

  it('should join a body named without its state to the one named with it, and an acronym to its name', () => {
    const doc = extractTexts(
      "Chile's Mining Ministry opened an inquiry. The Mining Ministry said it would report. " +
        'The Movement for Rural Justice welcomed it, and the MRJ urged calm.',
    );
    expect(entity(doc, 'org:cl-mining-ministry')?.mentions.map((m) => m.text)).toEqual([
      'Mining Ministry',
      'Mining Ministry',
    ]);
    expect(entity(doc, 'org:movement-for-rural-justice')?.mentions.map((m) => m.text)).toEqual([
      'Movement for Rural Justice',
      'MRJ',
    ]);
  });

  it('should read a company named again without the head words of its name as that company', () => {
    const doc = extractTexts(
      'Regulators fined Tarvik Pharmaceuticals on Monday. Tarvik said it would appeal. ' +
        "Workers at Olmero Copper Corp. went on strike, and Olmero Copper's managers left.",
    );
    expect(doc.entities.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual([
      'Organisation Tarvik Pharmaceuticals 2',
      'Organisation Olmero Copper Corp. 2',
    ]);
  });

  it('should type a name an organisation when the apposition after it names a kind of organisation', () => {
    expect(
      types('Ortiva Gold, a mining company based in Quito, said Dana Brell, a company executive, had resigned.'),
    ).toEqual(['Organisation Ortiva Gold', 'Place Quito', 'Person Dana Brell']);
  });

  it('should keep a short name that is a part of a person named in full a person', () => {
    const doc = extractTexts('Dana Brell founded Brell Logistics in 2001. Brell said the firm would grow.');
    expect(entity(doc, 'person:dana-brell')?.mentions.map((m) => m.text)).toEqual(['Dana Brell', 'Brell']);
  });

  it('should split a person from the body after "of the", and read a portfolio after a title', () => {
    expect(types('Analyst Maria Lopez of the Harbor Institute said the deal was weak.')).toEqual([
      'Person Maria Lopez',
      'Organisation Harbor Institute',
    ]);
    const doc = extractTexts('U.N. Assistant Secretary-General for Refugee Affairs Ivan Petrov said aid was short.');
    expect(entity(doc, 'person:ivan-petrov')?.type).toBe('Person');
  });

  it('should keep an apostrophe inside a name and a nickname in quotes', () => {
    expect(types('President Amadou N\'Diaye met Yasmin "Yas" Karimi on Monday.')).toEqual([
      "Person Amadou N'Diaye",
      'Person Yasmin "Yas" Karimi',
    ]);
  });

  it("should not take a people's adjective or a word for unnamed people as a name", () => {
    expect(types('Kurdish fighters held the ridge, and Flemish nationalists marched in Brussels.')).toEqual([
      'Place Brussels',
    ]);
    expect(types('Villagers said the water had risen overnight.')).toEqual([]);
  });

  it('should make a state body named only by its description an organisation of the state', () => {
    const doc = extractTexts(
      "Ghana's ruling party won the vote. The election commission said turnout was high in Ghana.",
    );
    expect(entity(doc, 'org:gh-ruling-party')?.name).toBe('Ruling Party of Ghana');
    expect(entity(doc, 'org:gh-election-commission')?.mentions.map((m) => m.text)).toEqual(['election commission']);
    const relations = doc.relations.map((r) => `${r.type} ${r.source} ${r.target}`);
    expect(relations).toContain('BASED_IN org:gh-ruling-party state:gh');
    expect(relations).toContain('PART_OF org:gh-election-commission state:gh');
  });

  it('should read no entity in the quoted title of a work, and a name right after a closing quote', () => {
    expect(
      types('In a report called "Roads to Nowhere," the Harbor Institute says the ministry wasted funds.'),
    ).toEqual(['Organisation Harbor Institute']);
  });

  it('should keep a name joined by French or Spanish connectors whole, typed by its opening head word', () => {
    const doc = extractTexts('The rocket was fired by the Mouvement pour la Renaissance du Kivu, officials said.');
    expect(doc.entities.map((e) => [e.name, e.type])).toContainEqual([
      'Mouvement pour la Renaissance du Kivu',
      'Organisation',
    ]);
  });

  it('should type companies and parties by head words of trade and politics, and split two names joined by "and"', () => {
    const doc = extractTexts(
      'The exporters Binh Duong Metalworks and Sunrise Aluminium shipped billets, Greenpoint Security said, and the Moorland Independents agreed.',
    );
    const types = Object.fromEntries(doc.entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      'Binh Duong Metalworks': 'Organisation',
      'Sunrise Aluminium': 'Organisation',
      'Greenpoint Security': 'Organisation',
      'Moorland Independents': 'Organisation',
    });
  });

  it('should name a body of a state both with and without its state', () => {
    const doc = extractTexts(
      "Peru's foreign ministry summoned the envoy. The Chilean trade ministry said it would respond.",
    );
    expect(entity(doc, 'org:pe-foreign-ministry')?.aliases).toEqual(['foreign ministry', "Peru's foreign ministry"]);
    expect(entity(doc, 'org:cl-commerce-ministry')?.aliases).toEqual(['Chilean trade ministry', 'trade ministry']);
  });

  it("should read a known body's name and an organisation head after it as an organ of the body", () => {
    const doc = extractTexts('The chairman of the African Union Commission, Ana Ruiz, called for calm.');
    expect(entity(doc, 'org:african-union-commission')?.type).toBe('Organisation');
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'LEADER_OF',
      'person:ana-ruiz',
      'org:african-union-commission',
    ]);
    const both = extractTexts('The African Union Commission said the African Union would meet.');
    expect(both.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'PART_OF',
      'org:african-union-commission',
      'org:african-union',
    ]);
  });

  it('should type names ending in Global, Digital, Sports, Athletics or Operations as organisations', () => {
    const doc = extractTexts('Officials at Kestrel Global said output fell, and Varda Sports denied it.');
    expect(entity(doc, 'org:kestrel-global')?.type).toBe('Organisation');
    expect(entity(doc, 'org:varda-sports')?.type).toBe('Organisation');
  });

  it("should read a ship's name after a flag compound or a noun for a ship as no entity, in the whole article", () => {
    const doc = extractTexts(
      'The Liberian-flagged Kestrel Dawn was hit near the port. The firm said the Kestrel Dawn had called at a port.',
      'The tanker Varda Star caught fire.',
    );
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it("should read an acronym in brackets after a body's name as that body, there and later", () => {
    const doc = extractTexts(
      'Ana Ruiz was detained by officers of the State Security Service (DTX) on Friday. The DTX declined to comment.',
    );
    expect(doc.entities.filter((e) => e.type === 'Organisation').map((e) => [e.name, e.aliases])).toEqual([
      ['State Security Service', ['DTX']],
    ]);
    const said = extractTexts(
      'Ana Ruiz, a spokeswoman for the Varda Security Service (VSD), said the border was closed.',
    );
    expect(said.events.some((e) => e.participants.some((p) => p.entity === 'org:varda-security-service'))).toBe(true);
  });

  it('should keep initials in a person\'s name ("T.N. Varadkar", "P. D. Ostrander", "A. R. Sethi")', () => {
    const doc = extractTexts(
      'Police said T.N. Varadkar was held in Nashik. The report by P. D. Ostrander was leaked. A. R. Sethi resigned.',
    );
    expect(entity(doc, 'person:t-n-varadkar')?.mentions.map((m) => m.text)).toEqual(['T.N. Varadkar']);
    expect(entity(doc, 'person:p-d-ostrander')?.mentions.map((m) => m.text)).toEqual(['P. D. Ostrander']);
    expect(entity(doc, 'person:a-r-sethi')?.type).toBe('Person');
  });

  it('should read a sport before a state\'s name as its governing body ("Netball Kenya", "Rowing Canada")', () => {
    const doc = extractTexts(
      "Netball Kenya suspended two players on Monday. The players appealed to Rowing Canada and to Kenya's sports ministry.",
    );
    expect(entity(doc, 'org:netball-kenya')?.type).toBe('Organisation');
    expect(entity(doc, 'org:rowing-canada')?.type).toBe('Organisation');
    expect(entity(doc, 'state:ca')).toBeUndefined();
  });

  it('should keep a plural possessive inside a body\'s name ("Kelvindale Magistrates\' Court")', () => {
    const doc = extractTexts("He appeared at Kelvindale Magistrates' Court on Friday. The Nurses' Union said nothing.");
    expect(entity(doc, 'org:kelvindale-magistrates-court')?.mentions.map((m) => m.text)).toEqual([
      "Kelvindale Magistrates' Court",
    ]);
    expect(entity(doc, 'org:nurses-union')?.type).toBe('Organisation');
  });

  it('should read an unknown name of two words after a verb that takes a place as the place ("reaching Port Veldt")', () => {
    const doc = extractTexts(
      'Missiles capable of reaching Port Veldt were found. Troops entered Kafr Semel on Monday. Scouts reaching John Marlow were sent back.',
    );
    expect(entity(doc, 'place:port-veldt')?.type).toBe('Place');
    expect(entity(doc, 'place:kafr-semel')?.type).toBe('Place');
    expect(entity(doc, 'person:john-marlow')?.type).toBe('Person');
  });

  it('should read an unknown word before a member\'s title and a name as a body ("Tavora candidate Ana Ruiz")', () => {
    const doc = extractTexts(
      'The board declared Tavora candidate Ana Ruiz the winner. Mirelco analyst Tom Berg said the count was fair.',
    );
    expect(entity(doc, 'org:tavora')?.type).toBe('Organisation');
    expect(entity(doc, 'org:mirelco')?.type).toBe('Organisation');
    expect(entity(doc, 'person:tavora')).toBeUndefined();
  });

  it('should keep the courtesy of "Officer" out of a police officer\'s name', () => {
    const doc = extractTexts(
      'Officer Dale Prentiss was suspended. "Officer Prentiss followed his training," his lawyer said.',
    );
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Dale Prentiss']);
  });

  it('should read the name before a town\'s own body as the town ("Oakvale" of "the Oakvale Police Department")', () => {
    const doc = extractTexts(
      'An Oakvale police officer was charged on Monday. The Oakvale Police Department said Oakvale officers would cooperate.',
    );
    expect(entity(doc, 'place:oakvale')?.type).toBe('Place');
    expect(entity(doc, 'org:oakvale-police-department')?.mentions.map((m) => m.text)).toEqual([
      'Oakvale Police Department',
    ]);
  });

  it('should read "the electoral commission" as the commission the article names, before or after', () => {
    const doc = extractTexts(
      "Kenya's opposition said the vote was rigged by the electoral commission. The Federal Elections Commission declared the results on Sunday.",
    );
    expect(doc.entities.map((e) => e.name)).not.toContain('Election Commission of Kenya');
    expect(entity(doc, 'org:federal-elections-commission')?.type).toBe('Organisation');
  });

  it('should read a noun for a kind of body opening a sentence as no part of the name after it ("Regulator Osvane")', () => {
    const doc = extractTexts(
      'Regulator Osvane opened a probe on Monday. Drugmaker Kelbrin Pharma said it would appeal.',
    );
    expect(entity(doc, 'org:osvane')?.type).toBe('Organisation');
    expect(entity(doc, 'org:kelbrin-pharma')?.type).toBe('Organisation');
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('should read a state\'s name before a place word ending the name as a place of its own ("the Niger Delta")', () => {
    const doc = extractTexts('Gunmen attacked pipelines in the Niger Delta. Loggers cleared land in the Congo Basin.');
    expect(entity(doc, 'place:niger-delta')?.type).toBe('Place');
    expect(entity(doc, 'place:congo-basin')?.type).toBe('Place');
    expect(entity(doc, 'state:ne')).toBeUndefined();
  });

  it('should read the first word of one body\'s name, said alone, as that body ("Kelmar" after "Kelmar Nonferrous Group")', () => {
    const doc = extractTexts(
      'Kelmar Nonferrous Group faces the highest duty. Kelmar said it would contest the findings. Securities fraud is rare.',
    );
    expect(entity(doc, 'org:kelmar-nonferrous-group')?.mentions.map((m) => m.text)).toEqual([
      'Kelmar Nonferrous Group',
      'Kelmar',
    ]);
    expect(entity(doc, 'person:kelmar')).toBeUndefined();
  });

  it('should read the name a group is tracked as as an organisation ("a group it tracks as Ember Owl")', () => {
    const doc = extractTexts('The firm attributed the breach to a group it tracks as Ember Owl, which has hit banks.');
    expect(entity(doc, 'org:ember-owl')?.type).toBe('Organisation');
  });

  it('should read "the ruling party" as the body of the state that the article named it for before', () => {
    const doc = extractTexts(
      "Kenya's ruling party denied the vote was rigged. The U.S. State Department and American observers criticised the count. Critics said the ruling party had rigged the vote.",
    );
    expect(doc.entities.filter((e) => e.name.startsWith('Ruling Party')).map((e) => e.name)).toEqual([
      'Ruling Party of Kenya',
    ]);
  });

  it('should read an unknown name before ", which" as a body, unless a place is in sight', () => {
    const doc = extractTexts(
      'Kelmar Freight, which operates six ships, said profits fell. Tavora, which has governed since 1975, denied it. Troops entered Kafr Semel, which lies near the border.',
    );
    expect(entity(doc, 'org:kelmar-freight')?.type).toBe('Organisation');
    expect(entity(doc, 'org:tavora')?.type).toBe('Organisation');
    expect(entity(doc, 'place:kafr-semel')?.type).toBe('Place');
  });

  it('should read hyphened names before a route or border noun as the places at its ends ("the Kivara-Lotoma road")', () => {
    const doc = extractTexts(
      'Bandits stopped two buses on the Kivara-Lotoma road on Sunday. Shelling hit villages along the Israel-Lebanon border.',
    );
    expect(entity(doc, 'place:kivara')?.type).toBe('Place');
    expect(entity(doc, 'place:lotoma')?.type).toBe('Place');
    expect(entity(doc, 'person:kivara-lotoma')).toBeUndefined();
    expect(entity(doc, 'state:il')?.type).toBe('State');
    expect(entity(doc, 'state:lb')?.type).toBe('State');
  });

  it('should read a capital at one end of a route as the city, not its state ("the Nairobi-Mombasa highway")', () => {
    const doc = extractTexts('Trucks were stranded on the Nairobi-Mombasa highway after the floods.');
    expect(entity(doc, 'place:nairobi')?.type).toBe('Place');
    expect(entity(doc, 'place:mombasa')?.type).toBe('Place');
    expect(entity(doc, 'state:ke')).toBeUndefined();
  });

  it('should keep a hyphened first name opening a sentence inside the name ("Jean-Claude Obiri said")', () => {
    const doc = extractTexts('Jean-Claude Obiri said the convoy had turned back.');
    expect(entity(doc, 'person:jean-claude-obiri')?.type).toBe('Person');
    expect(entity(doc, 'person:claude-obiri')).toBeUndefined();
  });

  it('should read a capital or a short place name before an administrative noun as the unit ("Kabul province")', () => {
    const doc = extractTexts(
      'Officials in Kabul province said the road was closed. Turnout was low in Gaza province, a ruling party stronghold.',
    );
    expect(entity(doc, 'place:kabul-province')?.name).toBe('Kabul province');
    expect(entity(doc, 'place:gaza-province')?.name).toBe('Gaza province');
    expect(entity(doc, 'state:af')).toBeUndefined();
    expect(entity(doc, 'place:gaza')).toBeUndefined();
  });

  it("should read a lower-case labour ministry after a possessive state as that state's body", () => {
    const doc = extractTexts("Ghana's labour ministry said the mine had not paid its workers since March.");
    expect(entity(doc, 'org:gh-labour-ministry')?.type).toBe('Organisation');
    expect(entity(doc, 'state:gh')?.type).toBe('State');
  });

  it('should keep a sport\'s body named after a state before a possessive ("Athletics Kenya\'s president")', () => {
    const doc = extractTexts("Cycling Ghana's president, Ama Boateng, said the federation would cooperate.");
    expect(entity(doc, 'org:cycling-ghana')?.type).toBe('Organisation');
  });

  it('should name an unknown place with the lower-case place noun after it ("the Hollins estate", "the B42 motorway")', () => {
    const doc = extractTexts(
      'Canvassers visited homes on the Hollins estate on Monday. A lorry overturned on the B42 motorway near the town.',
    );
    expect(entity(doc, 'place:hollins')?.name).toBe('Hollins estate');
    expect(entity(doc, 'place:b42')?.name).toBe('B42 motorway');
  });

  it('should read a party\'s name in the singular and in the plural as one body ("Social Democrat", "Social Democrats")', () => {
    const doc = extractTexts(
      'The seat went to Ana Ruiz, ahead of Social Democrat candidate Lena Berg. Ruiz accused the Social Democrats of lying.',
    );
    expect(entity(doc, 'org:social-democrats')?.name).toBe('Social Democrats');
    expect(doc.entities.filter((e) => e.type === 'Organisation')).toHaveLength(1);
  });
});
