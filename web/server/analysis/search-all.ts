/*
 * One search over everything: entities by name and alias, events by type, party and date,
 * allegations by claim, and sentences by their text, grouped by kind with how many match, all in
 * one read transaction. The user's words become an escaped Lucene query (lucene.ts).
 */
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import type { PlainNode } from '../../../graph-store/db/to-plain.ts';
import type { SearchHit } from '#model/api-types.ts';
import type { FactHit, SearchAllResponse, SearchGroup, SentenceHit } from '#model/analyst-api.ts';
import { ENTITY_TYPES } from '#model/graph-model.ts';
import { nameOf } from '#model/kinds.ts';
import { nodeKey } from '#model/subgraph.ts';
import { withReads, searchHitOf, type Reader } from '../explorer-queries.ts';
import { splitSearchText } from '../lucene.ts';

/** Matches counted per kind; more is reported as "1000+". */
const COUNT_CAP = 1000;

interface GroupRow<T> {
  total: number;
  hits: T[];
}

const EMPTY = { total: 0, capped: false, hits: [] };

function group<T, H>(row: GroupRow<T> | undefined, hit: (row: T) => H): SearchGroup<H> {
  if (!row) return EMPTY;
  return { total: row.total, capped: row.total >= COUNT_CAP, hits: row.hits.map(hit) };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** What to show beside an Event or Allegation: the event's date, the allegation's status. */
export function factDetail(node: PlainNode): string | null {
  return text(node.labels.includes('Event') ? node.properties.date : node.properties.status);
}

/** An Event or Allegation found by search. */
function factHitOf({ node, score }: { node: PlainNode; score: number }): FactHit {
  const isEvent = node.labels.includes('Event');
  return {
    key: nodeKey(node),
    kind: isEvent ? 'Event' : 'Allegation',
    name: nameOf(node.properties, nodeKey(node)),
    detail: factDetail(node),
    text: text(isEvent ? node.properties.type : node.properties.claim),
    articleCount: Number(node.properties.articleCount ?? 0),
    score,
  };
}

/** Which groups a kinds filter asks for, and which entity labels. Empty means everything. */
export function groupsFor(kinds: string[]): {
  entityKinds: string[] | null;
  events: boolean;
  allegations: boolean;
  sentences: boolean;
  entities: boolean;
} {
  const all = kinds.length === 0;
  const entityKinds = kinds.filter((k) => (ENTITY_TYPES as readonly string[]).includes(k));
  return {
    entities: all || entityKinds.length > 0,
    entityKinds: all ? null : entityKinds,
    events: all || kinds.includes('Event'),
    allegations: all || kinds.includes('Allegation'),
    sentences: all || kinds.includes('Sentence'),
  };
}

async function searchEvents(read: Reader, query: string | null, dates: string[], limit: number) {
  if (query === null && dates.length === 0) return undefined;
  const name = query === null ? 'search-events-by-date' : 'search-all-events';
  const [row] = await read<GroupRow<{ node: PlainNode; score: number }>>(name, { query, dates, limit });
  return row;
}

/** Searches every kind (or those in `kinds`: entity types, Event, Allegation, Sentence) for `text`. */
export function searchAll(db: GraphDatabase, text: string, kinds: string[], limit: number): Promise<SearchAllResponse> {
  const { query, dates } = splitSearchText(text);
  const want = groupsFor(kinds);
  return withReads(db, async (read) => {
    const byQuery = async <T>(on: boolean, name: string, params: Record<string, unknown> = {}) =>
      on && query !== null ? (await read<GroupRow<T>>(name, { query, limit, ...params }))[0] : undefined;
    const entities = await byQuery<{ node: PlainNode; score: number }>(want.entities, 'search-all-entities', {
      kinds: want.entityKinds,
    });
    const events = want.events ? await searchEvents(read, query, dates, limit) : undefined;
    const allegations = await byQuery<{ node: PlainNode; score: number }>(want.allegations, 'search-all-allegations');
    const sentences = await byQuery<SentenceHit>(want.sentences, 'search-all-sentences');
    return {
      query: text,
      entities: group<{ node: PlainNode; score: number }, SearchHit>(entities, (h) => searchHitOf(h.node, h.score)),
      events: group(events, factHitOf),
      allegations: group(allegations, factHitOf),
      sentences: group(sentences, (h) => h),
    };
  });
}
