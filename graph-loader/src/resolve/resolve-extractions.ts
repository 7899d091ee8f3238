/*
 * Resolve stage: gives every entity, event, allegation and relation one canonical id across
 * sentences and articles, and assembles the ExtractionDocument (the JSON contract).
 *
 * - Entities merge by key (gazetteer ids, `person:<slug of full name>`); a person known in some
 *   article only by one name ("Putin") joins the one person of the document whose full name has
 *   that word first or last; role references ("the Russian leader") join the person the document
 *   records as that state's leader.
 * - Event ids hash the type, the sorted actors and other participants and the date (to the month),
 *   so one event reported by several articles is one Event with all the evidence.
 * - Allegation ids hash the category and the accused (a person standing for a state counts as
 *   the state), so the same allegation across articles merges; its status comes from all statements. An allegation
 *   against a party the article names only by a description ("a 29-year-old man") has no accused and merges with none.
 * - Relation ids are type + source + target (sorted for symmetric types).
 */
import type {
  AllegationEvidence,
  ExtractedAllegation,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedRelation,
  ExtractionDocument,
  SplitArticle,
} from '../contract.ts';
import type { ArticleExtraction, LocalEvidence } from '../extract/types.ts';
import { EXTRACTOR } from '../extract/extractor-info.ts';
import { shortHash, slugify } from '../extract/ids.ts';
import { statusOf } from '../extract/allegations.ts';

const SYMMETRIC = new Set(['ALLIED_WITH', 'COOPERATES_WITH', 'OPPOSES']);

function evidenceOf(
  extraction: ArticleExtraction,
  local: LocalEvidence,
  known?: (key: string) => string | undefined,
): AllegationEvidence {
  const sentence = extraction.sentences[local.sentence];
  return {
    article: extraction.articleId,
    sentence: local.sentence,
    text: sentence?.text ?? '',
    ...(local.stance !== undefined && { stance: local.stance }),
    ...(local.by !== undefined &&
      known && { by: [...new Set(local.by.map(known).filter((k): k is string => Boolean(k)))] }),
  };
}

function pushEvidence<T extends AllegationEvidence>(list: T[], item: T): void {
  if (!list.some((e) => e.article === item.article && e.sentence === item.sentence && e.stance === item.stance))
    list.push(item);
}

/** Person keys with one word ("person:putin") mapped to the full-name person they stand for, if unique. */
function shortNameMap(extractions: ArticleExtraction[]): Map<string, string> {
  const full = new Set<string>();
  for (const x of extractions)
    for (const m of x.mentions)
      if (m.type === 'Person' && m.key.startsWith('person:') && m.key.includes('-')) full.add(m.key);
  const byPart = new Map<string, Set<string>>();
  for (const key of full) {
    const parts = key.slice('person:'.length).split('-');
    for (const part of [parts[0]!, parts.at(-1)!]) {
      if (!byPart.has(part)) byPart.set(part, new Set());
      byPart.get(part)!.add(key);
    }
  }
  const map = new Map<string, string>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.type !== 'Person' || !m.key.startsWith('person:') || m.key.includes('-')) continue;
      const candidates = byPart.get(m.key.slice('person:'.length));
      if (candidates?.size === 1) map.set(m.key, [...candidates][0]!);
    }
  }
  return map;
}

/**
 * Demonyms are not names: an entity only ever written as a demonym ("Kenyan", "Europeans") stays out of the
 * document unless it takes part in an event, an allegation or a relation ("Ugandan forces" accused of an attack).
 */
function dropUnnamedEntities(
  entities: Map<string, ExtractedEntity>,
  extractions: ArticleExtraction[],
  canonical: (key: string) => string | undefined,
  events: Map<string, ExtractedEvent>,
  allegations: Map<string, ExtractedAllegation>,
  relations: Map<string, ExtractedRelation>,
): void {
  const kept = new Set<string>();
  for (const x of extractions) for (const m of x.mentions) if (m.kind !== 'demonym') kept.add(canonical(m.key) ?? '');
  for (const e of events.values()) {
    for (const p of e.participants) kept.add(p.entity);
    if (e.place) kept.add(e.place);
  }
  for (const a of allegations.values())
    for (const k of [...a.allegers, ...a.accused, ...a.deniedBy, ...a.confirmedBy]) kept.add(k);
  for (const r of relations.values()) kept.add(r.source).add(r.target);
  for (const id of [...entities.keys()]) if (!kept.has(id)) entities.delete(id);
}

/**
 * An entity's aliases are the other surfaces it was named by, never its own name and never another
 * entity's name: the state that "Baku" stands for as an actor ("Baku denied") does not take "Baku" as
 * an alias when Baku the city is an entity too ("talks in Baku"), so each name leads to one entity.
 */
function dropAliasesNamingOthers(entities: Map<string, ExtractedEntity>): void {
  const names = new Map<string, string>();
  for (const entity of entities.values()) names.set(entity.name.toLowerCase(), entity.id);
  for (const entity of entities.values())
    entity.aliases = entity.aliases.filter((alias) => (names.get(alias.toLowerCase()) ?? entity.id) === entity.id);
}

/** Builds the ExtractionDocument from the articles and what was extracted from each. */
export function resolveExtractions(articles: SplitArticle[], extractions: ArticleExtraction[]): ExtractionDocument {
  const shortNames = shortNameMap(extractions);
  // Leaders the document states (LEADER_OF from a title), for role references.
  const leaders = new Map<string, string>();
  const canonical0 = (key: string): string => shortNames.get(key) ?? key;
  for (const x of extractions) {
    for (const r of x.relations) {
      if (r.type === 'LEADER_OF' && !r.source.startsWith('role:') && !leaders.has(r.target))
        leaders.set(r.target, canonical0(r.source));
    }
  }
  const canonical = (key: string): string | undefined => {
    if (key.startsWith('role:')) {
      const owner = key.split(':').slice(2).join(':');
      return leaders.get(owner);
    }
    return canonical0(key);
  };

  const entities = new Map<string, ExtractedEntity>();
  for (const extraction of extractions) {
    for (const mention of extraction.mentions) {
      const id = canonical(mention.key);
      if (!id) continue;
      let entity = entities.get(id);
      if (!entity) {
        entity = { id, type: mention.type, name: mention.name, aliases: [], mentions: [] };
        if (mention.country) entity.country = mention.country;
        entities.set(id, entity);
      }
      if (
        mention.key === id &&
        (mention.kind === 'name' || mention.kind === undefined) &&
        entity.name.startsWith('role:')
      )
        entity.name = mention.name;
      if (mention.key !== id && id === mention.key) entity.name = mention.name;
      for (const role of mention.roles ?? []) {
        entity.roles ??= [];
        if (!entity.roles.includes(role)) entity.roles.push(role);
      }
      for (const surface of [mention.surface, mention.alias])
        if (surface && surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
      entity.mentions.push({
        article: extraction.articleId,
        sentence: mention.sentence,
        start: mention.start,
        end: mention.end,
        text: mention.surface,
      });
    }
  }
  // A full name seen anywhere is the entity's name; a one-word name becomes an alias.
  for (const x of extractions) {
    for (const m of x.mentions) {
      const entity = entities.get(canonical(m.key) ?? '');
      if (
        entity &&
        m.key === entity.id &&
        m.kind === 'name' &&
        entity.type === 'Person' &&
        m.name !== entity.name &&
        entity.name.split(' ').length < m.name.split(' ').length
      ) {
        if (!entity.aliases.includes(entity.name)) entity.aliases.push(entity.name);
        entity.name = m.name;
      }
    }
  }
  dropAliasesNamingOthers(entities);
  const known = (key: string): string | undefined => {
    const id = canonical(key);
    return id && entities.has(id) ? id : undefined;
  };
  const stateOf = new Map<string, string>();

  const relations = new Map<string, ExtractedRelation>();
  for (const x of extractions) {
    for (const r of x.relations) {
      const source = known(r.source);
      const target = known(r.target);
      if (!source || !target || source === target) continue;
      const [a, b] = SYMMETRIC.has(r.type) && source > target ? [target, source] : [source, target];
      const id = `rel:${r.type.toLowerCase()}:${a}->${b}`;
      let relation = relations.get(id);
      if (!relation) {
        relation = { id, type: r.type, source: a, target: b, evidence: [] };
        if (r.detail) relation.detail = r.detail;
        relations.set(id, relation);
      }
      for (const e of r.evidence) pushEvidence(relation.evidence, evidenceOf(x, e));
      if ((r.type === 'LEADER_OF' || r.type === 'OFFICIAL_OF') && b.startsWith('state:') && !stateOf.has(a))
        stateOf.set(a, b);
    }
  }

  const events = new Map<string, ExtractedEvent>();
  for (const x of extractions) {
    // The extractor has already joined an article's mentions of one event (joinRepeatedEvents): two events it kept
    // apart stay apart even when their ids agree (the same parties on two days of one month, "also struck").
    const ownIds = new Set<string>();
    for (const e of x.events) {
      const participants: { entity: string; role: string }[] = [];
      for (const p of e.participants) {
        const entity = known(p.key);
        if (entity && !participants.some((q) => q.entity === entity)) participants.push({ entity, role: p.role });
      }
      // An event that names no one ("a tanker was struck by a drone boat") is kept, one to its article; one whose
      // participants all fell away is not.
      if (participants.length === 0 && e.participants.length > 0) continue;
      const actors = participants
        .filter((p) => p.role === 'actor')
        .map((p) => p.entity)
        .sort();
      const others = participants
        .filter((p) => p.role !== 'actor')
        .map((p) => p.entity)
        .sort();
      const dateKey =
        e.date === null ? 'undated' : e.datePrecision === 'year' ? e.date.slice(0, 4) : e.date.slice(0, 7);
      const unnamed = participants.length === 0 ? [x.articleId] : [];
      const base = `event:${e.type}:${shortHash([e.type, actors.join(','), others.join(','), dateKey, ...unnamed])}`;
      let id = base;
      for (let n = 2; ownIds.has(id); n++) id = `${base}-${n}`;
      ownIds.add(id);
      let event = events.get(id);
      if (!event) {
        event = {
          id,
          type: e.type,
          category: e.category,
          ...(e.plover !== undefined && { plover: e.plover }),
          ...(e.cameo !== undefined && { cameo: e.cameo }),
          date: e.date,
          datePrecision: e.datePrecision,
          participants,
          place: e.place === null ? null : (known(e.place) ?? null),
          evidence: [],
        };
        events.set(id, event);
      } else if (e.datePrecision === 'day' && event.datePrecision !== 'day') {
        event.date = e.date;
        event.datePrecision = e.datePrecision;
      }
      for (const ev of e.evidence) pushEvidence(event.evidence, evidenceOf(x, ev));
    }
  }

  const allegations = new Map<string, ExtractedAllegation>();
  for (const x of extractions) {
    for (const a of x.allegations) {
      const accused = [...new Set(a.accused.map(known).filter((k): k is string => Boolean(k)))];
      // A claim against a party named only by a description ("a 29-year-old man") is kept with no accused.
      if (accused.length === 0 && !(a.accusedUnnamed && a.accused.length === 0)) continue;
      // No one named is the same party in two claims: such a claim is its own, in its article's sentence.
      const parties =
        accused.length > 0
          ? [...new Set(accused.map((k) => stateOf.get(k) ?? k))].sort()
          : [`unnamed:${x.articleId}:${a.evidence[0]?.sentence ?? 0}`];
      // The same claim against the same accused by the same source is one allegation, across articles too.
      const sources = [...new Set(a.allegers.map((k) => known(k) ?? k))].sort().join(',') || 'unnamed';
      const id = `allegation:${slugify(a.category)}:${shortHash([a.category, parties.join(','), sources, a.cue ?? a.claim])}`;
      const ids = (list: string[]) => [...new Set(list.map(known).filter((k): k is string => Boolean(k)))];
      let allegation = allegations.get(id);
      if (!allegation) {
        allegation = {
          id,
          claim: a.claim,
          category: a.category,
          status: a.status,
          allegers: [],
          ...(a.allegerDescription !== undefined && { allegerDescription: a.allegerDescription }),
          accused: [],
          deniedBy: [],
          confirmedBy: [],
          evidence: [],
        };
        allegations.set(id, allegation);
      }
      for (const [target, source] of [
        [allegation.allegers, ids(a.allegers)],
        [allegation.accused, accused],
        [allegation.deniedBy, ids(a.deniedBy)],
        [allegation.confirmedBy, ids(a.confirmedBy)],
      ] as const) {
        for (const k of source) if (!target.includes(k)) target.push(k);
      }
      if (
        allegation.allegerDescription === undefined &&
        a.allegerDescription !== undefined &&
        allegation.allegers.length === 0
      ) {
        allegation.allegerDescription = a.allegerDescription;
      }
      for (const ev of a.evidence) pushEvidence(allegation.evidence, evidenceOf(x, ev, known));
      // A verdict confirms a claim with no one confirming it ("X was convicted of").
      const verdict = allegation.evidence.some((e) => e.stance === 'confirms');
      allegation.status = statusOf(allegation.deniedBy.length > 0, allegation.confirmedBy.length > 0 || verdict);
    }
  }
  for (const allegation of allegations.values())
    if (allegation.allegers.length > 0) delete allegation.allegerDescription;
  dropUnnamedEntities(entities, extractions, canonical, events, allegations, relations);

  return {
    extractor: { ...EXTRACTOR },
    articles: articles.map(({ id, title, source, url, publishedAt, file }) => ({
      id,
      title,
      source,
      url,
      publishedAt,
      file,
    })),
    entities: [...entities.values()],
    events: [...events.values()],
    allegations: [...allegations.values()],
    relations: [...relations.values()],
    warnings: extractions.flatMap((e) => e.warnings.map((message) => ({ article: e.articleId, message }))),
  };
}
