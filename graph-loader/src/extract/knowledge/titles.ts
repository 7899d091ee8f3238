/*
 * Compiler for data/gazetteer/titles.yaml: titles that introduce a person ("President", "spokesman"),
 * with the role recorded on the person and the relation to the state or body that qualifies the title.
 * Plurals mark titles too ("the foreign ministers of A and B"), after the singular forms.
 */
import type { RelationType } from '../../contract.ts';
import { addPhrase, emptyTable, phraseKey, type PhraseTable } from './phrase-table.ts';
import { readGazetteer } from './gazetteer-file.ts';

export interface TitleInfo {
  role: string | null;
  relation: RelationType | null;
  /** Written as an abbreviation with its dot ("Sen.", "Gen."): only matches when the dot is there. */
  abbreviation?: boolean;
  /** Where the title belongs when nothing names its owner: an office only a state has, or a local one. */
  held?: TitleScope;
}

/** "state": only a state has the office ("President"); "place": a town or region has it ("Mayor"). */
export type TitleScope = 'state' | 'place';

interface TitleRecord {
  title: string;
  role: string | null;
  relation?: RelationType | null;
  held?: TitleScope;
}

/** The title table. */
export function compileTitles(): PhraseTable<TitleInfo> {
  const titles = emptyTable<TitleInfo>();
  const plurals: [string, TitleInfo][] = [];
  const data = readGazetteer<{ leaders?: TitleRecord[]; officials?: TitleRecord[] }>('titles.yaml', {});
  for (const [list, relation] of [
    [data.leaders ?? [], 'LEADER_OF'],
    [data.officials ?? [], 'OFFICIAL_OF'],
  ] as const) {
    for (const t of list) {
      const info: TitleInfo = {
        role: t.role,
        relation: t.role === null ? null : t.relation !== undefined ? t.relation : relation,
        ...(/\.$/.test(t.title) && { abbreviation: true }),
        ...(t.held && { held: t.held }),
      };
      // "Dr" after "Dr.": the form without the dot also matches (an abbreviation otherwise needs its dot).
      const undotted = !info.abbreviation && titles.map.get(phraseKey(t.title))?.abbreviation === true;
      addPhrase(titles, t.title, info, undotted);
      // Occupations (no relation) get no plural: "Lawyers Committee" stays a name.
      if (/^[a-z -]+[^s.]$/.test(t.title) && !t.title.includes(' of ') && info.relation !== null)
        plurals.push([`${t.title}s`, info]);
    }
  }
  for (const [title, info] of plurals) addPhrase(titles, title, info);
  return titles;
}
