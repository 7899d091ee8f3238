/* Compiler for data/gazetteer/relations.yaml: cue words for relations between entities. */
import { lowerSet, tableOf, type PhraseTable } from './phrase-table.ts';
import { readGazetteer } from './gazetteer-file.ts';

export interface RelationCues {
  membership: PhraseTable<true>;
  /** Verbs of working for a body ("writes for", "works for"): the person is its member. */
  workPhrases: PhraseTable<true>;
  alliance: PhraseTable<true>;
  cooperation: PhraseTable<true>;
  opposition: PhraseTable<true>;
  negativeCues: PhraseTable<true>;
  actorNouns: PhraseTable<true>;
  placeNouns: Set<string>;
  /** Nouns for a part of an organisation ("Y, a subsidiary of X"). */
  partWords: Set<string>;
  /** Participles of owning ("acquired by Y", "Y-owned"): the body named with them owns the other. */
  ownedWords: Set<string>;
  /** Verbs of owning ("Y owns X", "Y acquired X"). */
  owningVerbs: Set<string>;
  /** Nouns for a person that, after a state's demonym, make the person its national ("an Azerbaijani journalist"). */
  citizenNouns: PhraseTable<true>;
  /** Head nouns of a state's organs ("National Intelligence Service", "Department of Foreign Affairs"). */
  stateOrganHeads: Set<string>;
  /** First words of a body's name that give it a local reach ("Magistrates' Court", "County Court"). */
  localOrganOpeners: Set<string>;
  /** Nouns for a state's first-level divisions ("province", "states"). */
  divisionNouns: Set<string>;
  /** Words after which a division is where something happens ("in", "across"). */
  divisionOpeners: Set<string>;
  /** Head nouns of a political party or movement: one named after a state is only BASED_IN it. */
  partyHeads: Set<string>;
  /** Participles of support after a hyphen ("Iran-backed", "al-Qaida-linked"): the party named with them is an ally. */
  backingWords: Set<string>;
  /** Those backing words whose party follows "to" or "with" ("linked to Y"), not "by". */
  tieWords: Set<string>;
  /** Verbs of support before a party's possessive ("supported Chile's decision"): the subject is the party's ally. */
  supportVerbs: Set<string>;
  /** Nouns for a rival ("his main rival, X", "X, her arch-rival"): the person so named is the possessor's rival. */
  rivalNouns: Set<string>;
  /** Phrases of running against someone ("X is running against Y"): the subject is the rival of the party after. */
  rivalPhrases: PhraseTable<true>;
  /** Nouns whose possessive stands for the article's state ("the country's interior minister"). */
  countryNouns: Set<string>;
  /** Words before a meeting's or a signing's trigger that leave it unrealised ("will meet", "accused X of meeting"). */
  unrealisedBefore: Set<string>;
  /** Participles after an auxiliary later in the clause that leave it unrealised ("talks ... are scheduled to begin"). */
  unrealisedAfter: Set<string>;
  /** Words that may join a member named before a membership cue to it ("X has long been a member of"). */
  memberLinks: Set<string>;
}

/** The relation cues. */
export function compileRelationCues(): RelationCues {
  const data = readGazetteer<Record<string, string[]>>('relations.yaml', {});
  return {
    membership: tableOf(data.membership),
    workPhrases: tableOf(data.workPhrases),
    alliance: tableOf(data.alliance),
    cooperation: tableOf(data.cooperation),
    opposition: tableOf(data.opposition),
    negativeCues: tableOf(data.negativeCues),
    actorNouns: tableOf(data.actorNouns),
    placeNouns: lowerSet(data.placeNouns),
    partWords: lowerSet(data.partWords),
    ownedWords: lowerSet(data.ownedWords),
    owningVerbs: lowerSet(data.owningVerbs),
    citizenNouns: tableOf(data.citizenNouns),
    stateOrganHeads: lowerSet(data.stateOrganHeads),
    localOrganOpeners: lowerSet(data.localOrganOpeners),
    divisionNouns: lowerSet(data.divisionNouns),
    divisionOpeners: lowerSet(data.divisionOpeners),
    partyHeads: lowerSet(data.partyHeads),
    backingWords: lowerSet(data.backingWords),
    tieWords: lowerSet(data.tieWords),
    supportVerbs: lowerSet(data.supportVerbs),
    countryNouns: lowerSet(data.countryNouns),
    rivalNouns: lowerSet(data.rivalNouns),
    rivalPhrases: tableOf(data.rivalPhrases),
    unrealisedBefore: lowerSet(data.unrealisedBefore),
    unrealisedAfter: lowerSet(data.unrealisedAfter),
    memberLinks: lowerSet(data.memberLinks),
  };
}
