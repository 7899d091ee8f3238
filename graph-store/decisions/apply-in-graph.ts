/*
 * A decision applied to the graph at once, on the analyst's explicit action (the loader applies the
 * same rule on every later load, graph-loader/src/resolve/apply-decisions.ts), and undone exactly.
 * Every write is a fixed, parameterised query in cypher/decisions/, in one write transaction;
 * relationship types and labels are filled from the model's closed lists only.
 *   merge  moves every relationship of `from` to `into` (a relationship `into` already has gains
 *          the provenance), adds `from`'s name and aliases to `into`'s, and deletes `from`;
 *   split  moves the mentions written as the alias, and each relationship whose every sentence
 *          names the entity only in those words, to the entity `into` (made if need be).
 * What was moved, created or added is kept as a JSON snapshot on a (:Decision) node. Undo puts
 * everything back exactly from the snapshot while it still holds (what it moved is still where it
 * went); after a reload re-extracted those articles (the loader applied the rule), undo goes by the
 * words instead: the mentions written as the merged entity's names (or as the split alias) go back,
 * with the facts stated only in those words, as the loader would have attributed them without the rule.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, RELATION_TYPES, type EntityType } from '#model/graph-model.ts';
import { CO_MENTIONED, RELATIONSHIP_TYPES } from '#model/filters.ts';
import { sameWords, type EntityRule, type MergeRule, type SplitRule } from '#model/decisions.ts';
import { InputError, NotFoundError } from '#model/errors.ts';
import { kindOf } from '#model/kinds.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { ChangedNeighbours, rankAfterAdditions, rankAfterRemovals } from '../db/neighbour-ranking.ts';
import { cypherQuery, fillCypher } from '../db/cypher-files.ts';
import { toPlain, type PlainNode } from '../db/to-plain.ts';
import { toDriverValue } from '../saved-queries/run-query.ts';

/** The relationship types a decision may move (anything else on an entity stops it with a clear error). */
export const MOVABLE_TYPES: readonly string[] = ['MENTIONS', ...RELATIONSHIP_TYPES.filter((t) => t !== CO_MENTIONED)];

/** One relationship of an entity, as read and as put back. */
export interface RelSpec {
  type: string;
  out: boolean;
  other: string;
  properties: Record<string, unknown>;
}

/** What moving one relationship did at the entity it moved to. */
export interface MoveRecord {
  spec: RelSpec;
  how: 'created' | 'unioned' | 'dropped';
  added: { articleIds: string[]; sentenceIds: string[] };
}

interface EntityState {
  labels: string[];
  properties: Record<string, unknown>;
  rels: RelSpec[];
}

interface MergeSnapshot {
  action: 'merge';
  from: { labels: string[]; properties: Record<string, unknown> };
  moved: MoveRecord[];
  addedAliases: string[];
}

interface SplitSnapshot {
  action: 'split';
  createdInto: boolean;
  moved: MoveRecord[];
  /** The entity's aliases before the split, in order (one of them was split off). */
  aliasesBefore: string[];
  addedAliases: string[];
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const decisionQuery = (name: string): string => cypherQuery('decisions', name);

/** Runs one query of cypher/decisions/ (plain values converted for the driver) and returns its rows as plain data. */
async function run<T>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const result = await tx.run(cypher, toDriverValue(params) as Record<string, unknown>);
  return result.records.map((r) => toPlain(r.toObject()) as T);
}

async function readEntity(tx: ManagedTransaction, id: string): Promise<EntityState | null> {
  const [row] = await run<{ e: PlainNode; rels: RelSpec[] }>(tx, decisionQuery('entity-with-relationships'), { id });
  return row ? { labels: row.e.labels, properties: row.e.properties, rels: row.rels } : null;
}

/** Whether two relationships are the same one (type, direction, other end, role, mention offset). */
function sameRel(a: RelSpec, b: RelSpec): boolean {
  return (
    a.type === b.type &&
    a.out === b.out &&
    a.other === b.other &&
    (a.properties.role ?? null) === (b.properties.role ?? null) &&
    (a.properties.start ?? null) === (b.properties.start ?? null)
  );
}

/** A query row for a relationship: its other end, direction, key properties and provenance. */
function rowOf(
  spec: RelSpec,
  provenance = { articleIds: ids(spec.properties.articleIds), sentenceIds: ids(spec.properties.sentenceIds) },
) {
  return {
    other: spec.other,
    out: spec.out,
    role: spec.properties.role ?? null,
    start: spec.properties.start ?? null,
    properties: spec.properties,
    ...provenance,
  };
}

/** Runs a templated relationship query once per type, with the rows of that type. */
async function perType(
  tx: ManagedTransaction,
  name: string,
  entity: string,
  rows: { type: string; row: object }[],
): Promise<void> {
  for (const type of new Set(rows.map((r) => r.type))) {
    if (!MOVABLE_TYPES.includes(type)) throw new InputError(`decision: relationships of type ${type} cannot be moved`);
    const cypher = fillCypher(decisionQuery(name), { type: [type] });
    await run(tx, cypher, { entity, rows: rows.filter((r) => r.type === type).map((r) => r.row) });
  }
}

/** Moves relationships from entity `from` to entity `to` (whose current ones are `existing`); returns what it did. */
async function moveRels(
  tx: ManagedTransaction,
  from: string,
  to: string,
  specs: RelSpec[],
  existing: RelSpec[],
): Promise<MoveRecord[]> {
  const records: MoveRecord[] = specs.map((spec) => {
    if (spec.other === to) return { spec, how: 'dropped', added: { articleIds: [], sentenceIds: [] } };
    const same = existing.find((e) => sameRel(e, spec));
    if (!same)
      return {
        spec,
        how: 'created',
        added: { articleIds: ids(spec.properties.articleIds), sentenceIds: ids(spec.properties.sentenceIds) },
      };
    const missing = (key: 'articleIds' | 'sentenceIds') =>
      ids(spec.properties[key]).filter((x) => !ids(same.properties[key]).includes(x));
    return { spec, how: 'unioned', added: { articleIds: missing('articleIds'), sentenceIds: missing('sentenceIds') } };
  });
  const byHow = (how: MoveRecord['how']) => records.filter((r) => r.how === how);
  await perType(
    tx,
    'rels-create',
    to,
    byHow('created').map((r) => ({ type: r.spec.type, row: rowOf(r.spec) })),
  );
  await perType(
    tx,
    'rels-add-provenance',
    to,
    byHow('unioned').map((r) => ({ type: r.spec.type, row: rowOf(r.spec, r.added) })),
  );
  await perType(
    tx,
    'rels-delete',
    from,
    specs.map((spec) => ({ type: spec.type, row: rowOf(spec) })),
  );
  return records;
}

/** Moves relationships back from `to` to `from`, as `records` say they went. */
async function unmoveRels(tx: ManagedTransaction, from: string, to: string, records: MoveRecord[]): Promise<void> {
  const byHow = (how: MoveRecord['how']) => records.filter((r) => r.how === how);
  await perType(
    tx,
    'rels-delete',
    to,
    byHow('created').map((r) => ({ type: r.spec.type, row: rowOf(r.spec) })),
  );
  await perType(
    tx,
    'rels-remove-provenance',
    to,
    byHow('unioned').map((r) => ({ type: r.spec.type, row: rowOf(r.spec, r.added) })),
  );
  await perType(
    tx,
    'rels-create',
    from,
    records.map((r) => ({ type: r.spec.type, row: rowOf(r.spec) })),
  );
}

async function setAliases(tx: ManagedTransaction, id: string, aliases: string[]): Promise<void> {
  await run(tx, decisionQuery('entity-aliases'), { id, aliases });
}

/**
 * Counts of the entities, statuses and counts of the facts, and rankings of the hubs (the entities
 * and the other ends of their relationships, graph-store/db/neighbour-ranking.ts) the moved
 * relationships touch.
 */
async function recompute(tx: ManagedTransaction, entityIds: string[], records: MoveRecord[]): Promise<void> {
  await run(tx, cypherQuery('write', 'recompute-entities'), { entityIds });
  const facts = records.filter(
    (r) => r.spec.type !== 'MENTIONS' && !(RELATION_TYPES as readonly string[]).includes(r.spec.type),
  );
  await run(tx, cypherQuery('write', 'recompute-facts'), { factIds: [...new Set(facts.map((r) => r.spec.other))] });
  const changed = new ChangedNeighbours();
  for (const r of records) if (r.spec.type !== 'MENTIONS') for (const id of entityIds) changed.add(id, r.spec.other);
  // Relationships went from one entity and came to the other: rankings may have lost a member and gained others.
  await rankAfterRemovals(tx, changed);
  await rankAfterAdditions(tx, changed);
}

async function createEntity(
  tx: ManagedTransaction,
  type: EntityType,
  properties: Record<string, unknown>,
): Promise<void> {
  await run(tx, fillCypher(decisionQuery('entity-create'), { labels: ENTITY_LABELS[type] }), { properties });
}

const typeOf = (labels: string[]): EntityType => kindOf(labels) as EntityType;

async function mustRead(tx: ManagedTransaction, id: string, what: string): Promise<EntityState> {
  const state = await readEntity(tx, id);
  if (!state) throw new NotFoundError(`${what}: no entity has the id "${id}"`);
  return state;
}

async function applyMerge(tx: ManagedTransaction, rule: MergeRule): Promise<MergeSnapshot> {
  if (rule.from.id === rule.into.id) throw new InputError('merge: an entity cannot be merged into itself');
  const from = await mustRead(tx, rule.from.id, 'merge');
  const into = await mustRead(tx, rule.into.id, 'merge');
  const moved = await moveRels(tx, rule.from.id, rule.into.id, from.rels, into.rels);
  const intoAliases = ids(into.properties.aliases);
  const addedAliases = [String(from.properties.name ?? ''), ...ids(from.properties.aliases)].filter(
    (a, i, all) => a !== '' && a !== into.properties.name && !intoAliases.includes(a) && all.indexOf(a) === i,
  );
  await setAliases(tx, rule.into.id, [...intoAliases, ...addedAliases]);
  await run(tx, decisionQuery('entity-delete'), { id: rule.from.id });
  await recompute(tx, [rule.into.id], moved);
  return { action: 'merge', from: { labels: from.labels, properties: from.properties }, moved, addedAliases };
}

/** Whether a snapshot still holds: every relationship it created or added to is still there. */
function stillHolds(moved: MoveRecord[], target: EntityState | null): boolean {
  if (!target) return false;
  return moved.filter((m) => m.how !== 'dropped').every((m) => target.rels.some((r) => sameRel(r, m.spec)));
}

/** Moves the relationships that go with `words` from entity `from` to entity `to` (no snapshot needed). */
async function moveWords(tx: ManagedTransaction, from: EntityState, fromId: string, toId: string, words: string[]) {
  const specs = relsOfWords(from.rels, words);
  const to = await readEntity(tx, toId);
  const moved = await moveRels(tx, fromId, toId, specs, to?.rels ?? []);
  const aliases = ids(from.properties.aliases);
  await setAliases(
    tx,
    fromId,
    aliases.filter((a) => !words.some((w) => sameWords(a, w))),
  );
  return moved;
}

async function undoMerge(tx: ManagedTransaction, rule: MergeRule, snapshot: MergeSnapshot | null): Promise<void> {
  const into = await readEntity(tx, rule.into.id);
  const type = snapshot ? typeOf(snapshot.from.labels) : typeOf(into?.labels ?? ['Entity', 'Person']);
  await createEntity(tx, type, snapshot?.from.properties ?? { id: rule.from.id, name: rule.from.name, aliases: [] });
  let moved: MoveRecord[];
  if (snapshot && stillHolds(snapshot.moved, into)) {
    await unmoveRels(tx, rule.from.id, rule.into.id, snapshot.moved);
    moved = snapshot.moved;
    if (into)
      await setAliases(
        tx,
        rule.into.id,
        ids(into.properties.aliases).filter((a) => !snapshot.addedAliases.includes(a)),
      );
  } else {
    const names = [rule.from.name, ...ids(snapshot?.from.properties.aliases)];
    moved = into ? await moveWords(tx, into, rule.into.id, rule.from.id, names) : [];
  }
  await recompute(tx, [rule.from.id, rule.into.id], moved);
}

/**
 * The relationships that go with some words: the mentions written in them, and the relationships
 * whose every sentence names the entity only in those words.
 */
export function relsOfWords(rels: RelSpec[], words: string[]): RelSpec[] {
  const mentions = rels.filter((r) => r.type === 'MENTIONS' && !r.out);
  const moving = mentions.filter((m) => words.some((w) => sameWords(String(m.properties.surface ?? ''), w)));
  const onlyAlias = new Set(moving.map((m) => m.other));
  for (const m of mentions) if (!moving.includes(m)) onlyAlias.delete(m.other);
  const facts = rels.filter((r) => {
    const sentences = ids(r.properties.sentenceIds);
    return r.type !== 'MENTIONS' && sentences.length > 0 && sentences.every((s) => onlyAlias.has(s));
  });
  return [...moving, ...facts];
}

async function applySplit(tx: ManagedTransaction, rule: SplitRule): Promise<SplitSnapshot> {
  const entity = await mustRead(tx, rule.entity.id, 'split');
  const specs = relsOfWords(entity.rels, [rule.alias]);
  if (!specs.some((s) => s.type === 'MENTIONS'))
    throw new InputError(`split: "${rule.entity.name}" is never mentioned as “${rule.alias}”`);
  const existing = await readEntity(tx, rule.into.id);
  if (!existing)
    await createEntity(tx, rule.into.type, { id: rule.into.id, name: rule.into.name, aliases: [], aliasText: '' });
  const moved = await moveRels(tx, rule.entity.id, rule.into.id, specs, existing?.rels ?? []);
  const aliases = ids(entity.properties.aliases);
  await setAliases(
    tx,
    rule.entity.id,
    aliases.filter((a) => !sameWords(a, rule.alias)),
  );
  const intoAliases = ids(existing?.properties.aliases);
  const surfaces = [...new Set(specs.filter((s) => s.type === 'MENTIONS').map((s) => String(s.properties.surface)))];
  const addedAliases = surfaces.filter((s) => !sameWords(s, rule.into.name) && !intoAliases.includes(s));
  await setAliases(tx, rule.into.id, [...intoAliases, ...addedAliases]);
  await recompute(tx, [rule.entity.id, rule.into.id], moved);
  return { action: 'split', createdInto: !existing, moved, aliasesBefore: aliases, addedAliases };
}

async function undoSplit(tx: ManagedTransaction, rule: SplitRule, snapshot: SplitSnapshot | null): Promise<void> {
  const before = await readEntity(tx, rule.into.id);
  let moved: MoveRecord[] = [];
  if (snapshot && stillHolds(snapshot.moved, before)) {
    await unmoveRels(tx, rule.entity.id, rule.into.id, snapshot.moved);
    moved = snapshot.moved;
  } else if (before) {
    if (!(await readEntity(tx, rule.entity.id)))
      await createEntity(tx, typeOf(before.labels), { id: rule.entity.id, name: rule.entity.name, aliases: [] });
    moved = await moveWords(tx, before, rule.into.id, rule.entity.id, [rule.alias]);
  }
  const entity = await readEntity(tx, rule.entity.id);
  const now = ids(entity?.properties.aliases);
  const restored = snapshot?.aliasesBefore ?? [...now, rule.alias];
  if (entity) await setAliases(tx, rule.entity.id, [...restored, ...now.filter((a) => !restored.includes(a))]);
  const into = await readEntity(tx, rule.into.id);
  if (into && (snapshot?.createdInto ?? true) && into.rels.length === 0)
    await run(tx, decisionQuery('entity-delete'), { id: rule.into.id });
  else if (into && snapshot)
    await setAliases(
      tx,
      rule.into.id,
      ids(into.properties.aliases).filter((a) => !snapshot.addedAliases.includes(a)),
    );
  await recompute(tx, [rule.entity.id, rule.into.id], moved);
}

/** The entity with this id, as a decision names it (id, name, type); NotFoundError when there is none. */
export async function entityRef(
  db: GraphDatabase,
  id: string,
): Promise<{ id: string; name: string; type: EntityType; aliases: string[] }> {
  const state = await db.executeRead((tx) => readEntity(tx, id));
  if (!state) throw new NotFoundError(`decision: no entity has the id "${id}"`);
  return {
    id,
    name: String(state.properties.name ?? id),
    type: typeOf(state.labels),
    aliases: ids(state.properties.aliases),
  };
}

/**
 * Applies a rule to the graph in one write transaction and keeps its snapshot; `commit` runs last,
 * inside the transaction (it records the rule in the decisions file), so a failure leaves neither.
 */
export async function applyRuleInGraph(
  db: GraphDatabase,
  rule: EntityRule,
  commit: () => void = () => {},
): Promise<void> {
  await db.executeWrite(async (tx) => {
    const snapshot = rule.action === 'merge' ? await applyMerge(tx, rule) : await applySplit(tx, rule);
    await run(tx, decisionQuery('decision-save'), {
      id: rule.id,
      action: rule.action,
      snapshot: JSON.stringify(snapshot),
      appliedAt: new Date().toISOString(),
    });
    commit();
  });
}

/**
 * Undoes a rule in the graph: exactly from its snapshot while that holds, else by the words (see
 * the banner). Returns whether the exact snapshot was used. `commit` runs last, inside the
 * transaction (it moves the rule to the undone ones in the decisions file).
 */
export async function undoRuleInGraph(
  db: GraphDatabase,
  rule: EntityRule,
  commit: () => void = () => {},
): Promise<boolean> {
  return db.executeWrite(async (tx) => {
    const [row] = await run<{ snapshot: string }>(tx, decisionQuery('decision-read'), { id: rule.id });
    const snapshot = row ? (JSON.parse(row.snapshot) as MergeSnapshot | SplitSnapshot) : null;
    const moved = snapshot?.action === rule.action ? snapshot.moved : null;
    const exact = moved !== null && stillHolds(moved, await readEntity(tx, rule.into.id));
    if (rule.action === 'merge') await undoMerge(tx, rule, snapshot?.action === 'merge' ? snapshot : null);
    else await undoSplit(tx, rule, snapshot?.action === 'split' ? snapshot : null);
    if (row) await run(tx, decisionQuery('decision-delete'), { id: rule.id });
    commit();
    return exact;
  });
}
