/*
 * The extractor's knowledge, loaded once per process: one compiler per data file (knowledge/*.ts) turns
 * world-countries and data/gazetteer/*.yaml into lookup tables. No code here names a real-world entity: all
 * of it is data, which users extend.
 */
import { compileEntries, type GazetteerEntry, type PhraseTarget } from './knowledge/entries.ts';
import { compileTitles, type TitleInfo } from './knowledge/titles.ts';
import { compileEvents, type EventTypeInfo, type TriggerInfo } from './knowledge/events.ts';
import { compileAllegations, type AllegationCues } from './knowledge/allegations.ts';
import { compileRelationCues, type RelationCues } from './knowledge/relations.ts';
import { compileLexicon, type Lexicon } from './knowledge/lexicon.ts';
import { compromiseClassifier, type LexiconClass } from './knowledge/word-classes.ts';
import { compileReports, type ReportWords } from './knowledge/reports.ts';
import type { PhraseTable } from './knowledge/phrase-table.ts';

export type { GazetteerEntry, PhraseTarget, SurfaceKind } from './knowledge/entries.ts';
export type { TitleInfo } from './knowledge/titles.ts';
export type { EventTypeInfo, TriggerInfo } from './knowledge/events.ts';
export type { LexiconClass } from './knowledge/word-classes.ts';
export type { PhraseTable } from './knowledge/phrase-table.ts';
export { phraseKey } from './knowledge/phrase-table.ts';
export { verbForms } from './knowledge/events.ts';

export interface Knowledge {
  entries: Map<string, GazetteerEntry>;
  /** Gazetteer surfaces: names, aliases, demonyms, metonyms and capitals. */
  surfaces: PhraseTable<PhraseTarget>;
  titles: PhraseTable<TitleInfo>;
  eventTypes: Map<string, EventTypeInfo>;
  triggers: PhraseTable<TriggerInfo>;
  allegation: AllegationCues;
  relationCues: RelationCues;
  lexicon: Lexicon;
  reports: ReportWords;
  /** The class of a lower-case word: compromise's lexicon, and the words for unnamed sources as common. */
  classifyWord(word: string): LexiconClass | undefined;
}

/** Builds the knowledge from the data package and the gazetteer files (no caching). */
export function buildKnowledge(): Knowledge {
  const { entries, surfaces } = compileEntries();
  const { eventTypes, triggers } = compileEvents();
  const reports = compileReports();
  const lexiconClass = compromiseClassifier();
  return {
    entries,
    surfaces,
    titles: compileTitles(),
    eventTypes,
    triggers,
    allegation: compileAllegations(),
    relationCues: compileRelationCues(),
    lexicon: compileLexicon(),
    reports,
    // Words for unnamed sources ("Witnesses said", "Villagers say") are common nouns, even first in a sentence.
    classifyWord: (word) => (reports.unnamedSources.has(word) ? 'common' : lexiconClass(word)),
  };
}

let cached: Knowledge | undefined;

/** Loads the knowledge (built once per process, then cached). */
export function loadKnowledge(): Knowledge {
  cached ??= buildKnowledge();
  return cached;
}
