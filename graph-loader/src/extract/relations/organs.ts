/*
 * A state's organs named without their state ("the National Intelligence Service said", "the Department of Foreign
 * Affairs summoned ..."): an organisation whose name is headed by a word for an organ of a state (stateOrganHeads in
 * relations.yaml), has no word of a local reach before its head (localOrganOpeners) nor opens with a place the article names, and
 * that nothing else ties to a state or body, belongs to the state the article reports from when that is also the
 * state it names most, or to the state it names most when it opens on no state.
 */
import type { LocalRelation } from '../types.ts';
import { homeState, mainStateOf, type RelationContext } from './context.ts';
import { divisions } from './places.ts';

/** The relations that place a body in or under something: an organ with one is no guess's. */
const SEATS = new Set(['PART_OF', 'BASED_IN', 'AFFILIATED_WITH', 'LOCATED_IN']);

/**
 * Whether a name is a state organ's: headed by an organ's noun (the word before "of", "Department of X", else the
 * last word), with no word of a local reach before its head ("Kibera Magistrates' Court", "Harris County Court") and
 * not opening with the name of a place the article names ("Victoria Police").
 */
function organName(name: string, places: string[], ctx: RelationContext): boolean {
  const { stateOrganHeads, localOrganOpeners } = ctx.knowledge.relationCues;
  const words = name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  const head = of > 0 ? of - 1 : words.length - 1;
  return (
    stateOrganHeads.has(words[head] ?? '') &&
    !words.slice(0, head).some((w) => localOrganOpeners.has(w)) &&
    !places.some((p) => name.startsWith(`${p} `))
  );
}

/** PART_OF relations for the state organs `relations` leave unplaced. */
export function stateOrgans(ctx: RelationContext, relations: LocalRelation[]): LocalRelation[] {
  // The state the article reports from, when it is also the one it names most, or the one it names most when it
  // opens on no state: an organ's state is only a guess.
  const home = mainStateOf(ctx.analyses);
  const opening = homeState(ctx.analyses, ctx.knowledge, true);
  if (!home || (opening !== undefined && opening !== home)) return [];
  const placed = new Set(relations.filter((r) => SEATS.has(r.type)).map((r) => r.source));
  const found: LocalRelation[] = [];
  const seen = new Set<string>();
  const places = ctx.analyses.flatMap((a) => a.mentions.filter((m) => m.type === 'Place').map((m) => m.name));
  for (const a of ctx.analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Organisation' || m.kind !== 'name' || seen.has(m.key)) continue;
      seen.add(m.key);
      const entry = ctx.knowledge.entries.get(m.key);
      // A body the gazetteer holds with no state is international ("the European Commission").
      if (placed.has(m.key) || (entry && !entry.country) || !organName(m.name, places, ctx)) continue;
      found.push({ type: 'PART_OF', source: m.key, target: home, evidence: [{ sentence: a.sentence.index }] });
    }
  }
  return found;
}

/**
 * PART_OF relations for the places named as a state's divisions ("in Kivu province", "in Unity and Jonglei states")
 * that `relations` leave unplaced: they lie in the state the article is about.
 */
export function stateDivisions(ctx: RelationContext, relations: LocalRelation[]): LocalRelation[] {
  const home = mainStateOf(ctx.analyses);
  if (!home || homeState(ctx.analyses, ctx.knowledge, true) !== home) return [];
  const placed = new Set(relations.filter((r) => SEATS.has(r.type)).map((r) => r.source));
  const found: LocalRelation[] = [];
  for (const a of ctx.analyses) {
    // A sentence that names another state may place its divisions there ("Kyiv said Russia shelled Kherson region").
    if (a.mentions.some((m) => m.type === 'State' && m.kind === 'name' && m.key !== home)) continue;
    for (const d of divisions(ctx, a))
      for (const m of d.places)
        if (!placed.has(m.key) && !ctx.knowledge.entries.has(m.key)) {
          placed.add(m.key);
          found.push({ type: 'PART_OF', source: m.key, target: home, evidence: [{ sentence: a.sentence.index }] });
        }
  }
  return found;
}
