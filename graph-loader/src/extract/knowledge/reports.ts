/* Compiler for data/gazetteer/reports.yaml: the verbs that report speech, and the words for unnamed sources. */
import { lowerSet, tableOf, type PhraseTable } from './phrase-table.ts';
import { readGazetteer } from './gazetteer-file.ts';

export interface ReportWords {
  /** Lemmas of reporting verbs ("say", "tell", "warn"). */
  verbs: Set<string>;
  /** Lemmas of verbs whose object is who is told ("tell", "inform"). */
  told: Set<string>;
  /** Words for an unnamed source ("officials", "critics"). */
  unnamedSources: Set<string>;
  /** Words for the officials of a party named after them ("prosecutors in Peru", "officials of the bank"). */
  officials: Set<string>;
  /** Roles of people who comment on the news rather than act in it ("Analyst", "Professor"). */
  commentators: Set<string>;
  according: PhraseTable<true>;
  /** Words that leave what is reported uncertain ("may have", "reportedly"). */
  hedges: PhraseTable<true>;
}

/** The reporting words. */
export function compileReports(): ReportWords {
  const data = readGazetteer<Record<string, string[]>>('reports.yaml', {});
  return {
    verbs: lowerSet(data.verbs),
    told: lowerSet(data.told),
    unnamedSources: lowerSet(data.unnamedSources),
    officials: lowerSet(data.officials),
    commentators: lowerSet(data.commentators),
    according: tableOf(data.according),
    hedges: tableOf(data.hedges),
  };
}
