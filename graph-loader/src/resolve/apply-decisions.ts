/*
 * Resolve, last step: the analyst's same-or-different decisions (model/decisions.ts), applied to
 * the ExtractionDocument on every load, in the order they were made, so reloading never loses one.
 *   merge  `from` joins `into`: its mentions, aliases and name (as an alias) move over, and every
 *          event, allegation and relation that named `from` names `into` instead;
 *   split  the mentions of `entity` written as `alias` go to `into`, and so does each fact
 *          (event participation or place, allegation party, relation end) whose every sentence
 *          names `entity` only in those words.
 * Event and allegation ids stay as the extractor made them. Pure, apart from reading the rules file.
 */
import type { EntityType } from '#model/graph-model.ts';
import { sameWords, type EntityRule, type MergeRule, type SplitRule } from '#model/decisions.ts';
import { decisionsFile, readRules } from '../../../graph-store/decisions/rules-file.ts';
import type { ExtractedEntity, ExtractionDocument } from '../contract.ts';
import { slugify } from '../extract/ids.ts';

const ID_PREFIX: Record<EntityType, string> = { Person: 'person', State: 'state', Organisation: 'org', Place: 'place' };

/** The id of an entity split off under a new name: `person:<slug of the name>`. */
export function splitEntityId(type: EntityType, name: string): string {
  return `${ID_PREFIX[type]}:${slugify(name) || 'unnamed'}`;
}

/** The rules in the decisions file (NEWSGRAPH_DECISIONS_FILE, else data/decisions/entity-rules.yaml); problems go to `warn`. */
export function loadDecisions(warn: (line: string) => void = () => {}): EntityRule[] {
  const { rules, problems } = readRules(decisionsFile());
  problems.forEach(warn);
  return rules;
}

/** A sentence of an article, as a key. */
const at = (e: { article: string; sentence: number }): string => `${e.article}:${e.sentence}`;

/** Renames entity ids in every fact: `rename(id, evidence)` gives the new id (or the same). */
function renameInFacts(
  doc: ExtractionDocument,
  rename: (id: string, evidence: { article: string; sentence: number }[]) => string,
): void {
  const renameAll = (ids: string[], evidence: { article: string; sentence: number }[]) => [
    ...new Set(ids.map((id) => rename(id, evidence))),
  ];
  for (const event of doc.events) {
    const participants = event.participants.map((p) => ({ ...p, entity: rename(p.entity, event.evidence) }));
    event.participants = participants.filter((p, i) => participants.findIndex((q) => q.entity === p.entity) === i);
    if (event.place !== null) event.place = rename(event.place, event.evidence);
  }
  for (const a of doc.allegations) {
    a.allegers = renameAll(a.allegers, a.evidence);
    a.accused = renameAll(a.accused, a.evidence);
    a.deniedBy = renameAll(a.deniedBy, a.evidence);
    a.confirmedBy = renameAll(a.confirmedBy, a.evidence);
    for (const e of a.evidence) if (e.by) e.by = renameAll(e.by, [e]);
  }
  const relations = new Map<string, ExtractionDocument['relations'][number]>();
  for (const r of doc.relations) {
    const source = rename(r.source, r.evidence);
    const target = rename(r.target, r.evidence);
    if (source === target) continue;
    const same = relations.get(`${r.type}|${source}|${target}`);
    if (same) same.evidence.push(...r.evidence.filter((e) => !same.evidence.some((x) => at(x) === at(e))));
    else relations.set(`${r.type}|${source}|${target}`, { ...r, source, target });
  }
  doc.relations = [...relations.values()];
}

/** The entity `ref` of the document, made (with no mentions) when it is not there yet. */
function entityFor(doc: ExtractionDocument, ref: { id: string; name: string }, type: EntityType): ExtractedEntity {
  let entity = doc.entities.find((e) => e.id === ref.id);
  if (!entity) {
    entity = { id: ref.id, type, name: ref.name, aliases: [], mentions: [] };
    doc.entities.push(entity);
  }
  return entity;
}

function addAliases(entity: ExtractedEntity, names: string[]): void {
  for (const name of names) if (name !== entity.name && !entity.aliases.includes(name)) entity.aliases.push(name);
}

function applyMerge(doc: ExtractionDocument, rule: MergeRule): void {
  const from = doc.entities.find((e) => e.id === rule.from.id);
  if (!from || rule.from.id === rule.into.id) return;
  const into = entityFor(doc, rule.into, rule.into.type);
  into.mentions.push(...from.mentions);
  addAliases(into, [from.name, ...from.aliases]);
  for (const role of from.roles ?? []) if (!(into.roles ??= []).includes(role)) into.roles.push(role);
  doc.entities = doc.entities.filter((e) => e !== from);
  renameInFacts(doc, (id) => (id === rule.from.id ? rule.into.id : id));
}

function applySplit(doc: ExtractionDocument, rule: SplitRule): void {
  const entity = doc.entities.find((e) => e.id === rule.entity.id);
  if (!entity) return;
  const moving = entity.mentions.filter((m) => sameWords(m.text, rule.alias));
  if (moving.length === 0) return;
  // The sentences that name the entity only in the alias's words: facts stated there move too.
  const onlyAlias = new Set(moving.map(at));
  for (const m of entity.mentions) if (!sameWords(m.text, rule.alias)) onlyAlias.delete(at(m));
  const into = entityFor(doc, rule.into, rule.into.type);
  into.mentions.push(...moving);
  addAliases(
    into,
    [...new Set(moving.map((m) => m.text))].filter((t) => !sameWords(t, into.name)),
  );
  entity.mentions = entity.mentions.filter((m) => !moving.includes(m));
  entity.aliases = entity.aliases.filter((a) => !sameWords(a, rule.alias));
  if (entity.mentions.length === 0) doc.entities = doc.entities.filter((e) => e !== entity);
  renameInFacts(doc, (id, evidence) =>
    id === rule.entity.id && evidence.length > 0 && evidence.every((e) => onlyAlias.has(at(e))) ? rule.into.id : id,
  );
}

/** The document with the rules applied, oldest first (a new document; the given one is left as it was). */
export function applyDecisions(document: ExtractionDocument, rules: EntityRule[]): ExtractionDocument {
  if (rules.length === 0) return document;
  const doc = structuredClone(document);
  for (const rule of [...rules].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))) {
    if (rule.action === 'merge') applyMerge(doc, rule);
    else applySplit(doc, rule);
  }
  return doc;
}
