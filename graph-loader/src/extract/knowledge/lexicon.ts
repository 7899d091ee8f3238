/*
 * Compiler for data/gazetteer/lexicon.yaml: word lists for recognising and typing names the gazetteer does
 * not know (organisation and place head words, connectors, name particles...) and definite descriptions.
 */
import { addPhrase, emptyTable, lowerSet, phraseKey, tableOf, type PhraseTable } from './phrase-table.ts';
import { readGazetteer } from './gazetteer-file.ts';

/** An institution of a state written in lower case after it ("the Nigerien army"). */
export interface StateBody {
  /** Canonical name ("Armed Forces"); the organisation is "<name> of <state>". */
  name: string;
  /** Nouns for its members that stand for it when the article names it ("Israeli forces"). */
  members: PhraseTable<true>;
  /** How it relates to its state: PART_OF (an institution), or BASED_IN ("the ruling party"). */
  relation: 'PART_OF' | 'BASED_IN';
}

export interface Lexicon {
  notNames: Set<string>;
  notEntityHeads: Set<string>;
  organisationHeads: Set<string>;
  /** Sports, which before a state's name name its governing body ("Athletics Kenya"). */
  sports: Set<string>;
  nameConnectors: Set<string>;
  placePrepositions: Set<string>;
  speechVerbs: Set<string>;
  nameParticles: Set<string>;
  compassWords: Set<string>;
  /** Words that, before a state's or place's name, name another place ("New Mexico"). */
  renamingWords: Set<string>;
  placeHeads: PhraseTable<true>;
  /** Capitalised last words that make a name a place ("Raja County"). */
  placeNameHeads: Set<string>;
  /** Place words that may open a place name before "of" ("Gulf of ..."). */
  placeOpeners: Set<string>;
  /** Nouns for a route or a border, after which hyphened names are its ends ("the Nashik-Dhule highway"). */
  routeNouns: PhraseTable<true>;
  /** Lower-case administrative nouns that belong to an unknown place's name ("the X region"). */
  placeNameNouns: Set<string>;
  /** Head words of a town's own bodies ("Police Department", "City Council"): the words before them name the town. */
  townBodies: Set<string>;
  organisationNouns: PhraseTable<true>;
  /** Nouns that, as a sentence's first word, type the name after them and stay out of it ("Regulator X said"). */
  openingNouns: Set<string>;
  vesselPrefixes: Set<string>;
  /** Nouns for a ship ("the tanker X", "a Liberian-flagged bulk carrier X"): the name after them is no entity. */
  vesselNouns: PhraseTable<true>;
  /** Nouns for peoples ("ethnic group", "tribe"): the capitalised word before them names no entity. */
  peopleNouns: PhraseTable<true>;
  stateBodies: PhraseTable<StateBody>;
  /** The member nouns of every state body ("troops", "drones"): after a demonym they are the state's agents. */
  bodyMembers: PhraseTable<true>;
  /** Words that refer back to an entity (coreference): lexicon.yaml references. */
  references: {
    personPronouns: Set<string>;
    femalePronouns: Set<string>;
    malePronouns: Set<string>;
    femaleMarkers: Set<string>;
    maleMarkers: Set<string>;
    groupPronouns: Set<string>;
    pluralPronouns: Set<string>;
    organisationWords: Set<string>;
    genericOrganisationWords: Set<string>;
    /** Words for a body's people, before which a possessive pronoun points back ("its staff"). */
    memberWords: Set<string>;
    /** Descriptions of a business ("the company") and of a public body ("the regulator"), and the last words of the names of public and civic bodies. */
    companyWords: Set<string>;
    publicBodyWords: Set<string>;
    publicBodyHeads: Set<string>;
    stateWords: Set<string>;
    /** Nouns for an unnamed individual ("a 29-year-old man"): after one, "he" or "she" points at no named person. */
    unnamedPersonWords: Set<string>;
    /** "the two countries", "both leaders": a word for two, then plural nouns for states and for people. */
    pairWords: Set<string>;
    pairStateWords: PhraseTable<true>;
    pairPersonWords: PhraseTable<true>;
    /** "the two sides", "both companies": any two parties (states, bodies or people; organisations for bodies). */
    pairPartyWords: PhraseTable<true>;
    stateOrgans: PhraseTable<true>;
  };
  plannedBefore: Set<string>;
  /** Words before a trigger that mark an event as another one of its kind ("also struck", "a second strike"). */
  anotherEvent: Set<string>;
  /** Where a capital or seat of government names the place: see lexicon.yaml. */
  locativePrepositions: Set<string>;
  locativeModifiers: Set<string>;
  reportingFrom: Set<string>;
  /** Verbs of travel after which "to" or "for" and a capital name the place ("flew to Abuja"). */
  travelVerbs: Set<string>;
  locativeVerbs: Set<string>;
  /** Verbs whose object is a place, never a person ("reaching X"). */
  placeObjectVerbs: Set<string>;
  /** "the army": phrases that stand for the article's one organisation whose name holds one of the heads. */
  descriptions: PhraseTable<string[]>;
  /** Lower-case nouns for a place's people and public bodies: a name right before one is a place ("X voters"). */
  localNouns: Set<string>;
  /** Lower-case nouns for a company's shares and people: a name right before one is a company ("X shareholders"). */
  companyNouns: Set<string>;
  /** Capitalised words that qualify a title after them and belong to it ("State Sen.", "County Commissioner"). */
  titleModifiers: Set<string>;
  /** Singular nouns for one of a place's people: a name between "a" and one is a place ("a Dunmore man"). */
  inhabitantNouns: Set<string>;
}

type LexiconFile = Record<string, string[]> & {
  descriptions?: { words: string[]; heads: string[] }[];
  stateBodies?: { words: string[]; name: string; members?: string[]; relation?: 'PART_OF' | 'BASED_IN' }[];
  references?: Record<string, string[]>;
};

/** The lexicon. */
export function compileLexicon(): Lexicon {
  const data = readGazetteer<LexiconFile>('lexicon.yaml', {});
  const descriptions = emptyTable<string[]>();
  for (const d of data.descriptions ?? [])
    for (const w of d.words)
      addPhrase(
        descriptions,
        w,
        d.heads.map((h) => phraseKey(h)),
      );
  const stateBodies = emptyTable<StateBody>();
  const bodyMembers = tableOf((data.stateBodies ?? []).flatMap((b) => b.members ?? []));
  for (const b of data.stateBodies ?? []) {
    const body = { name: b.name, members: tableOf(b.members), relation: b.relation ?? 'PART_OF' };
    for (const w of b.words) addPhrase(stateBodies, w, body);
  }
  const refs = data.references ?? {};
  return {
    stateBodies,
    bodyMembers,
    references: {
      personPronouns: lowerSet(refs.personPronouns),
      femalePronouns: lowerSet(refs.femalePronouns),
      malePronouns: lowerSet(refs.malePronouns),
      femaleMarkers: lowerSet(refs.femaleMarkers),
      maleMarkers: lowerSet(refs.maleMarkers),
      groupPronouns: lowerSet(refs.groupPronouns),
      pluralPronouns: lowerSet(refs.pluralPronouns),
      organisationWords: lowerSet(refs.organisationWords),
      genericOrganisationWords: lowerSet(refs.genericOrganisationWords),
      memberWords: lowerSet(refs.memberWords),
      companyWords: lowerSet(refs.companyWords),
      publicBodyWords: lowerSet(refs.publicBodyWords),
      publicBodyHeads: lowerSet(refs.publicBodyHeads),
      stateWords: lowerSet(refs.stateWords),
      unnamedPersonWords: lowerSet(refs.unnamedPersonWords),
      pairWords: lowerSet(refs.pairWords),
      pairStateWords: tableOf(refs.pairStateWords),
      pairPersonWords: tableOf(refs.pairPersonWords),
      pairPartyWords: tableOf(refs.pairPartyWords),
      stateOrgans: tableOf(refs.stateOrgans),
    },
    notNames: lowerSet(data.notNames),
    notEntityHeads: lowerSet(data.notEntityHeads),
    organisationHeads: lowerSet(data.organisationHeads),
    sports: lowerSet(data.sports),
    nameConnectors: lowerSet(data.nameConnectors),
    placePrepositions: lowerSet(data.placePrepositions),
    speechVerbs: lowerSet(data.speechVerbs),
    nameParticles: lowerSet(data.nameParticles),
    compassWords: lowerSet(data.compassWords),
    renamingWords: lowerSet(data.renamingWords),
    placeHeads: tableOf(data.placeHeads),
    placeNameHeads: lowerSet(data.placeNameHeads),
    placeOpeners: lowerSet(data.placeOpeners),
    placeNameNouns: lowerSet(data.placeNameNouns),
    routeNouns: tableOf(data.routeNouns),
    townBodies: lowerSet(data.townBodies),
    organisationNouns: tableOf(data.organisationNouns),
    openingNouns: lowerSet(data.openingNouns),
    vesselPrefixes: new Set(data.vesselPrefixes ?? []),
    vesselNouns: tableOf(data.vesselNouns),
    peopleNouns: tableOf(data.peopleNouns),
    plannedBefore: lowerSet(data.plannedBefore),
    anotherEvent: lowerSet(data.anotherEvent),
    locativePrepositions: lowerSet(data.locativePrepositions),
    locativeModifiers: lowerSet(data.locativeModifiers),
    reportingFrom: lowerSet(data.reportingFrom),
    travelVerbs: lowerSet(data.travelVerbs),
    locativeVerbs: lowerSet(data.locativeVerbs),
    placeObjectVerbs: lowerSet(data.placeObjectVerbs),
    descriptions,
    localNouns: lowerSet(data.localNouns),
    companyNouns: lowerSet(data.companyNouns),
    titleModifiers: lowerSet(data.titleModifiers),
    inhabitantNouns: lowerSet(data.inhabitantNouns),
  };
}
