/*
 * The graph model's closed lists, free of any dependency so the loader, the API and the browser
 * share one definition (see docs/graph-model.md).
 */

export const ENTITY_TYPES = ['Person', 'State', 'Organisation', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relationship types between entities. The writer only creates these (Cypher cannot parameterise a type). */
export const RELATION_TYPES = [
  'LEADER_OF',
  'OFFICIAL_OF',
  'MEMBER_OF',
  'PART_OF',
  'ALLIED_WITH',
  'COOPERATES_WITH',
  'OPPOSES',
  'AFFILIATED_WITH',
  'LOCATED_IN',
  'SPOKESPERSON_OF',
  'FOUNDER_OF',
  'BASED_IN',
  'CITIZEN_OF',
  'SPOUSE_OF',
  'LAWYER_OF',
  'REPORTS_TO',
  'TRADES_WITH',
  'ATTACKS',
  'CONDEMNS',
  'SANCTIONS',
  'DETAINS',
  'CHARGES',
  'FINES',
  'IMPOSES_TARIFF_ON',
  'DEPLOYS_TROOPS_TO',
  'MEETS',
  'SIGNS_TREATY_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const ALLEGATION_STATUSES = ['alleged', 'denied', 'confirmed', 'disputed'] as const;
export type AllegationStatus = (typeof ALLEGATION_STATUSES)[number];

/** Labels with a uniqueness constraint on `id` (cypher/schema.cypher): a node found by id through these uses an index. */
export const ID_LABELS = ['Entity', 'Event', 'Allegation', 'Article', 'Sentence'] as const;

/** The labels an entity of each type carries: people and states are also Actors. */
export const ENTITY_LABELS: Record<EntityType, readonly string[]> = {
  Person: ['Entity', 'Person', 'Actor'],
  State: ['Entity', 'State', 'Actor'],
  Organisation: ['Entity', 'Organisation'],
  Place: ['Entity', 'Place'],
};

/**
 * The parties of an allegation, each read in the direction of its arrow: the alleger ALLEGES it,
 * it TARGETS the accused, a denier DENIES it, a confirmer CONFIRMS it.
 */
export const ALLEGATION_PARTY_TYPES = ['ALLEGES', 'DENIES', 'CONFIRMS', 'TARGETS'] as const;
export type AllegationPartyType = (typeof ALLEGATION_PARTY_TYPES)[number];

/**
 * Relationships besides provenance past which a node is a hub: the explorer ranks its neighbours from
 * the best ones it stores (`topNeighbours`, `topScores`) instead of reading them all.
 */
export const HUB_DEGREE = 5_000;

/** How many best neighbours a hub stores: the largest page (or depth-2 ring) its stored ranking answers. */
export const RANKED_NEIGHBOURS = 500;
