/*
 * Compiler for data/gazetteer/allegations.yaml: the cues that attribute a claim of wrongdoing (active and
 * passive verbs, reporting verbs, unnamed sources, "according to", hedges), denial and confirmation words,
 * and the category keywords.
 */
import { addPhrase, emptyTable, lowerSet, tableOf, type PhraseTable } from './phrase-table.ts';
import { readGazetteer } from './gazetteer-file.ts';

export interface AllegationCues {
  active: PhraseTable<true>;
  /** Active verbs that make a claim of wrongdoing without a category keyword ("accused"). */
  explicit: Set<string>;
  reporting: PhraseTable<true>;
  passive: PhraseTable<true>;
  unnamed: Set<string>;
  /** "according to": the named source after it alleges the claim before it. */
  according: PhraseTable<true>;
  hedges: PhraseTable<true>;
  denial: PhraseTable<true>;
  confirmation: PhraseTable<true>;
  negations: Set<string>;
  categories: PhraseTable<string>;
  /** Categories a plain reporting verb is enough for. */
  outright: Set<string>;
  /** Categories whose accused may be named only as a place. */
  accusedByPlace: Set<string>;
  /** "the accusations", "such claims": a denial's object pointing back at the allegation just made. */
  denialObjects: PhraseTable<true>;
}

interface AllegationFile {
  cues?: {
    active?: string[];
    explicit?: string[];
    reporting?: string[];
    passive?: string[];
    unnamed?: string[];
    according?: string[];
    hedges?: string[];
  };
  outright?: string[];
  accusedByPlace?: string[];
  denialObjects?: string[];
  denial?: string[];
  confirmation?: string[];
  negations?: string[];
  categories?: Record<string, string[]>;
}

/** The allegation cues and categories. */
export function compileAllegations(): AllegationCues {
  const data = readGazetteer<AllegationFile>('allegations.yaml', {});
  const categories = emptyTable<string>();
  for (const [category, words] of Object.entries(data.categories ?? {}))
    for (const w of words) addPhrase(categories, w, category);
  return {
    active: tableOf(data.cues?.active),
    explicit: lowerSet(data.cues?.explicit),
    reporting: tableOf(data.cues?.reporting),
    passive: tableOf(data.cues?.passive),
    unnamed: lowerSet(data.cues?.unnamed),
    according: tableOf(data.cues?.according),
    hedges: tableOf(data.cues?.hedges),
    denial: tableOf(data.denial),
    confirmation: tableOf(data.confirmation),
    negations: lowerSet(data.negations),
    categories,
    outright: new Set(data.outright ?? []),
    accusedByPlace: new Set(data.accusedByPlace ?? []),
    denialObjects: tableOf(data.denialObjects),
  };
}
