/*
 * Compiler for data/gazetteer/lexicon.yaml: word lists for recognising and typing names the gazetteer does
 * not know (organisation and place head words, connectors, name particles...) and definite descriptions.
 */
import { addPhrase, emptyTable, lowerSet, phraseKey, tableOf, type PhraseTable } from './phrase-table.ts';
import { readGazetteer } from './gazetteer-file.ts';

export interface Lexicon {
  notNames: Set<string>;
  notEntityHeads: Set<string>;
  organisationHeads: Set<string>;
  nameConnectors: Set<string>;
  placePrepositions: Set<string>;
  speechVerbs: Set<string>;
  nameParticles: Set<string>;
  compassWords: Set<string>;
  placeHeads: PhraseTable<true>;
  organisationNouns: PhraseTable<true>;
  vesselPrefixes: Set<string>;
  plannedBefore: Set<string>;
  /** "the army": phrases that stand for the article's one organisation whose name holds one of the heads. */
  descriptions: PhraseTable<string[]>;
}

type LexiconFile = Record<string, string[]> & { descriptions?: { words: string[]; heads: string[] }[] };

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
  return {
    notNames: lowerSet(data.notNames),
    notEntityHeads: lowerSet(data.notEntityHeads),
    organisationHeads: lowerSet(data.organisationHeads),
    nameConnectors: lowerSet(data.nameConnectors),
    placePrepositions: lowerSet(data.placePrepositions),
    speechVerbs: lowerSet(data.speechVerbs),
    nameParticles: lowerSet(data.nameParticles),
    compassWords: lowerSet(data.compassWords),
    placeHeads: tableOf(data.placeHeads),
    organisationNouns: tableOf(data.organisationNouns),
    vesselPrefixes: new Set(data.vesselPrefixes ?? []),
    plannedBefore: lowerSet(data.plannedBefore),
    descriptions,
  };
}
