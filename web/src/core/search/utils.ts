/*
 * The search results as the search box lists them: one flat list of options in group order
 * (entities, events, allegations, sentences) for the arrow keys, what picking each one does, and
 * where the typed words occur in a sentence (to mark them). Pure.
 */
import type { EvidenceMention } from '#model/api-types.ts';
import { SEARCH_GROUPS, type SearchAllResponse, type SearchGroupName } from '#model/analyst-api.ts';

export const GROUP_TITLES: Record<SearchGroupName, string> = {
  entities: 'Entities',
  events: 'Events',
  allegations: 'Allegations',
  sentences: 'Sentences',
};

/** The search's type filter value that shows only one group (entities: every entity type). */
export const GROUP_KIND: Record<SearchGroupName, string> = {
  entities: '',
  events: 'Event',
  allegations: 'Allegation',
  sentences: 'Sentence',
};

/** What picking an option does: open a node (entity, event, allegation) or a sentence. */
export type SearchPick = { type: 'node'; key: string } | { type: 'sentence'; id: string };

export interface SearchOption {
  group: SearchGroupName;
  id: string;
  kind: string;
  label: string;
  detail: string;
  pick: SearchPick;
}

/** Every hit of an answer as an option, group by group. */
export function searchOptions(answer: SearchAllResponse): SearchOption[] {
  const out: SearchOption[] = [];
  for (const hit of answer.entities.hits) {
    const aliases = hit.aliases.length > 0 ? ` · ${hit.aliases.slice(0, 2).join(', ')}` : '';
    out.push({
      group: 'entities',
      id: hit.key,
      kind: hit.kind,
      label: hit.name,
      detail: `${hit.kind} · ${hit.mentionCount} mentions${aliases}`,
      pick: { type: 'node', key: hit.key },
    });
  }
  for (const group of ['events', 'allegations'] as const)
    for (const hit of answer[group].hits)
      out.push({
        group,
        id: hit.key,
        kind: hit.kind,
        label: hit.name,
        detail: [hit.detail, hit.kind === 'Allegation' ? hit.text : null].filter(Boolean).join(' · '),
        pick: { type: 'node', key: hit.key },
      });
  for (const hit of answer.sentences.hits)
    out.push({
      group: 'sentences',
      id: hit.id,
      kind: 'Sentence',
      label: hit.text,
      detail: [hit.article.title ?? hit.article.id, hit.article.outlet, hit.article.publishedAt]
        .filter(Boolean)
        .join(' · '),
      pick: { type: 'sentence', id: hit.id },
    });
  return out;
}

/** The groups of an answer that have hits, in order, with their counts ("1000+" when capped). */
export function groupCounts(answer: SearchAllResponse): { group: SearchGroupName; count: string }[] {
  return SEARCH_GROUPS.filter((g) => answer[g].total > 0).map((group) => ({
    group,
    count: answer[group].capped ? `${answer[group].total}+` : String(answer[group].total),
  }));
}

/** Where the typed words occur in a text (as words or word starts, like the search's prefixes), as marks. */
export function wordMarks(text: string, typed: string): EvidenceMention[] {
  const words = typed
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((w) => w.length >= 2 && !/^\d{4}/.test(w));
  if (words.length === 0) return [];
  const marks: EvidenceMention[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLowerCase();
    if (words.some((w) => word.startsWith(w)))
      marks.push({ start: match.index, end: match.index + match[0].length, surface: match[0], key: '' });
  }
  return marks;
}
