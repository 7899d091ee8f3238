/*
 * The loader's write queries, by name: each is a file in cypher/write/. All take rows as `$rows`
 * (or ids) and MERGE, so running them twice changes nothing. Labels and relationship types cannot
 * be parameters of an indexed MERGE in Cypher 5.26, so the queries that need one are templates
 * filled from the model's closed lists, never from input text.
 */
import {
  ENTITY_LABELS,
  ENTITY_TYPES,
  RELATION_TYPES,
  type AllegationPartyType,
  type EntityType,
  type RelationType,
} from '#model/graph-model.ts';
import { cypherQuery, fillCypher } from '../../../graph-store/db/cypher-files.ts';

export { ALLEGATION_PARTY_TYPES, type AllegationPartyType } from '#model/graph-model.ts';

const write = (name: string): string => cypherQuery('write', name);

export const LOCK_ARTICLES = write('lock-articles');
export const FIND_EXISTING_ARTICLES = write('find-existing-articles');
export const KNOWN_ARTICLES = write('known-articles');
export const AFFECTED_BY_ARTICLES = write('affected-by-articles');
export const STRIP_PROVENANCE = write('strip-provenance');
export const DELETE_ARTICLES = write('delete-articles');
export const DELETE_UNSUPPORTED_FACTS = write('delete-unsupported-facts');
export const DELETE_UNMENTIONED_ENTITIES = write('delete-unmentioned-entities');
export const WRITE_ARTICLES = write('write-articles');
export const WRITE_SENTENCES = write('write-sentences');
export const WRITE_MENTIONS = write('write-mentions');
export const WRITE_EVENTS = write('write-events');
export const WRITE_PARTICIPANTS = write('write-participants');
export const WRITE_EVENT_PLACES = write('write-event-places');
export const WRITE_ALLEGATIONS = write('write-allegations');
export const RECOMPUTE_ENTITIES = write('recompute-entities');
export const ADD_ENTITY_COUNTS = write('add-entity-counts');
export const RECOMPUTE_FACTS = write('recompute-facts');
export const FIRST_LOADS = write('first-loads');
export const STAMP_LOAD = write('stamp-load');
export const KEEP_FIRST_LOAD = write('keep-first-load');

/** MERGE entities of one type; aliases and roles are unions over all loads. */
export function writeEntitiesQuery(type: EntityType): string {
  if (!ENTITY_TYPES.includes(type)) throw new Error(`writeEntitiesQuery: unknown entity type ${type}`);
  return fillCypher(write('write-entities'), { labels: ENTITY_LABELS[type] });
}

/** MERGE one kind of allegation party: ALLEGES/DENIES/CONFIRMS go entity -> allegation, TARGETS allegation -> accused entity. */
export function writeAllegationPartiesQuery(type: AllegationPartyType): string {
  if (type === 'TARGETS') return write('write-accusations');
  if (!['ALLEGES', 'DENIES', 'CONFIRMS'].includes(type))
    throw new Error(`writeAllegationPartiesQuery: unknown type ${type}`);
  return fillCypher(write('write-allegation-stances'), { type: [type] });
}

/** MERGE entity-to-entity relations of one type. */
export function writeRelationsQuery(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`writeRelationsQuery: unknown relation type ${type}`);
  return fillCypher(write('write-relations'), { type: [type] });
}
