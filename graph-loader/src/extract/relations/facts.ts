/*
 * Relations that events imply between their parties (event types with a `relation` in events.yaml): the actors of
 * an attack ATTACK its targets, of an arrest DETAIN them, of a meeting MEET the others. An arrest, charge, verdict
 * or fine stated with no one doing it ("X was arrested", "the company was fined") was done by the court the
 * article names, else by the state it is about.
 */
import type { Knowledge } from '../knowledge.ts';
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { isCompoundModifier } from '../mentions.ts';
import type { RelationType } from '../../contract.ts';
import { triggerCandidates } from '../events.ts';
import { BE_FORMS } from '../participants.ts';
import type { RelationContext } from './context.ts';

/** Relations of law enforcement, whose targets are people and bodies. */
const LAW_ACTS = new Set<RelationType>(['DETAINS', 'CHARGES', 'FINES']);

/** Event types done by a state's courts or police when the sentence names no one doing them. */
const STATE_ACTS = new Set(['arrest', 'charge', 'verdict', 'fine', 'trial']);

/** The relations the events of one sentence imply. */
export function factRelations(ctx: RelationContext, index: number, court: string | undefined): void {
  const a = ctx.analyses[index]!;
  for (const c of triggerCandidates(a, ctx.analyses[index - 1], ctx.knowledge)) {
    const relation = c.info.relation;
    if (!relation) continue;
    let actors = c.event.participants.filter((p) => p.role === 'actor').map((p) => p.key);
    let others = c.event.participants.filter((p) => p.role !== 'actor').map((p) => p.key);
    // "X was charged with fraud by the Y Bureau": in the passive, the agent after the act's object, and its subject
    // the target.
    const passive = BE_FORMS.has(a.tokens[c.at - 1]?.norm ?? '');
    const agent = passive && LAW_ACTS.has(relation) ? agentAfter(a, c.end) : undefined;
    if (agent) {
      others = [...actors, ...others].filter((key) => key !== agent.key);
      actors = [agent.key];
    }
    if (actors.length === 0 && STATE_ACTS.has(c.info.type)) {
      const implied = (c.info.type === 'verdict' || c.info.type === 'fine') && court ? court : ctx.mainState;
      actors = implied ? [implied] : [];
    }
    // "a United Nations-backed cease-fire", "the U.S.-led coalition": a party named only as a compound's modifier
    // takes no part in the act.
    actors = actors.filter((key) => !modifierOnly(a, key));
    others = others.filter((key) => !modifierOnly(a, key));
    // "arrested X, a member of the Y Front": the law acts on the person, not on the body that describes them.
    if (LAW_ACTS.has(relation)) others = others.filter((key) => !describesTarget(a, key, others));
    // A person and the state or body they speak for are one side ("Putin and Russia"), never a pair.
    const sides = (x: string, y: string): boolean => ctx.owners.get(x) !== y && ctx.owners.get(y) !== x;
    if (symmetric(relation)) {
      if (unrealised(a, c.at, c.end, ctx.knowledge)) continue;
      for (let i = 1; i < actors.length; i++)
        if (sides(actors[0]!, actors[i]!)) ctx.add(relation, actors[0]!, actors[i]!, a.sentence.index);
      continue;
    }
    // "arrested X on corruption charges": the arrest charges them too.
    const charged = relation === 'DETAINS' && onCharges(a, c.end);
    for (const actor of actors)
      for (const other of others) {
        // No state is arrested, charged or fined ("X was charged, Peru said" names the state as no target).
        if (!sides(actor, other) || (LAW_ACTS.has(relation) && other.startsWith('state:'))) continue;
        ctx.add(relation, actor, other, a.sentence.index);
        if (charged) ctx.add('CHARGES', actor, other, a.sentence.index);
      }
  }
}

/** Whether every mention of entity `key` in the sentence is joined by a hyphen to the word after it ("UN-backed"). */
function modifierOnly(a: SentenceAnalysis, key: string): boolean {
  const named = a.mentions.filter((m) => m.key === key);
  return named.length > 0 && named.every((m) => isCompoundModifier(a, m));
}

/** How many words may open an apposition before the body it names ("a senior member of the"). */
const APPOSED_REACH = 6;

/**
 * Whether every mention of body `key` stands in an apposition to a person among `targets` ("X, a member of the Y
 * Front", "X, the leader of Y"): after the person and a comma, over lower-case words only.
 */
function describesTarget(a: SentenceAnalysis, key: string, targets: string[]): boolean {
  const { tokens, mentions, mentionAt } = a;
  const people = mentions.filter((m) => m.type === 'Person' && targets.includes(m.key));
  const named = mentions.filter((m) => m.key === key && m.type === 'Organisation');
  if (people.length === 0 || named.length === 0) return false;
  return named.every((o) =>
    people.some((p) => {
      if (p.last >= o.first || o.first - p.last > APPOSED_REACH) return false;
      if (!/^,\s*$/.test(a.sentence.text.slice(p.end, tokens[p.last]!.start))) return false;
      for (let k = p.last; k < o.first; k++) {
        if (tokens[k]!.cap || mentionAt[k]! >= 0 || a.pos[k] === 'VERB') return false;
        if (k > p.last && /[,;:]/.test(a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
      }
      return !/[,;:]/.test(a.sentence.text.slice(tokens[o.first - 1]!.end, o.start));
    }),
  );
}

/** How far after a law's act its agent may be named ("charged with money laundering by the X"). */
const AGENT_REACH = 8;

/** The state or body named after "by" within reach of token `end`, before any clause break. */
function agentAfter(a: SentenceAnalysis, end: number): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  for (let k = end; k < Math.min(tokens.length, end + AGENT_REACH); k++) {
    if (k > end && /[,;:]/.test(a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return undefined;
    if (tokens[k]!.norm !== 'by') continue;
    const j = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
    const m = mentions[mentionAt[j] ?? -1];
    return m && (m.type === 'Organisation' || m.type === 'State') && m.kind !== 'reference' && m.kind !== 'demonym'
      ? m
      : undefined;
  }
  return undefined;
}

/** How far after an arrest its charges may be named ("arrested the former minister on Monday on fraud charges"). */
const CHARGES_REACH = 10;

/** "on (fraud) charges", "on charges of", "and charged with": the charges of an arrest ending at `end`. */
function onCharges(a: SentenceAnalysis, end: number): boolean {
  const { tokens } = a;
  for (let k = end; k < Math.min(tokens.length, end + CHARGES_REACH); k++) {
    // "was arrested in Lima and charged with fraud".
    if (['charged', 'indicted'].includes(tokens[k]!.norm) && tokens[k - 1]?.norm === 'and') return true;
    if (tokens[k]!.norm !== 'on') continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++)
      if (tokens[j]!.norm === 'charges' || tokens[j]!.norm === 'charge') return true;
  }
  return false;
}

/** How far before a meeting's trigger a word may leave it unrealised, and how far after its auxiliary may stand. */
const UNREALISED_BEFORE = 4;
const UNREALISED_AFTER = 10;

/**
 * Whether the meeting or signing whose trigger spans tokens `at`..`end` is only planned or alleged: "will meet",
 * "plans to meet", "ahead of talks", "accused X of meeting" (a word of unrealisedBefore in its clause, in lower case),
 * or "talks between A and B are scheduled to begin" (an auxiliary and a word of unrealisedAfter later in its clause).
 */
function unrealised(a: SentenceAnalysis, at: number, end: number, knowledge: Knowledge): boolean {
  const { tokens } = a;
  const { unrealisedBefore, unrealisedAfter } = knowledge.relationCues;
  const gap = (k: number): string => a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  for (let k = at - 1; k >= Math.max(0, at - UNREALISED_BEFORE); k--) {
    if (/[,;:"“”]/.test(gap(k + 1))) break;
    if (!tokens[k]!.cap && unrealisedBefore.has(tokens[k]!.norm)) return true;
  }
  for (let k = end; k < Math.min(tokens.length, end + UNREALISED_AFTER); k++) {
    if (k > end && /[,;:"“”]/.test(gap(k))) break;
    if (unrealisedAfter.has(tokens[k]!.norm) && BE_FORMS.has(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

function symmetric(relation: RelationType): boolean {
  return relation === 'MEETS' || relation === 'SIGNS_TREATY_WITH';
}

/** The court the article names (an organisation whose name holds "Court" or "Tribunal"), if one. */
export function articleCourt(analyses: SentenceAnalysis[], knowledge: Knowledge): string | undefined {
  void knowledge;
  for (const a of analyses)
    for (const m of a.mentions) if (m.type === 'Organisation' && /\b(?:Court|Tribunal)\b/.test(m.name)) return m.key;
  return undefined;
}
