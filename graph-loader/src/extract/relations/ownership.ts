/*
 * Which body owns which (PART_OF, the owned body first):
 * - "X, which was acquired by Y", "X, owned by Y", "X, a carrier controlled by Y": the body before the comma;
 * - "Y, which owns X", "Y acquired X", "Y bought X last year": the body named before the verb owns the one after;
 * - "the Y-owned X", "Y subsidiary X", "Y's unit X": a name right before the compound or part noun owns the name after;
 * - "the EU's General Court", "Y's X": a body's possessive right before another body.
 */
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import type { PhraseTable } from '../knowledge.ts';
import { matchPhrase } from '../tokenize.ts';
import type { RelationContext } from './context.ts';
import { isSeatCompound } from '../mentions/types.ts';

/** How many words may stand between an ownership verb and the body it names ("acquired the drugmaker X"). */
const OWNED_REACH = 4;

/** The ownership relations of one sentence. */
export function ownershipRelations(ctx: RelationContext, a: SentenceAnalysis): void {
  const { tokens } = a;
  const cues = ctx.knowledge.relationCues;
  const add = (part: FoundMention | undefined, whole: FoundMention | undefined): void => {
    if (part && whole && part.key !== whole.key) ctx.add('PART_OF', part.key, whole.key, a.sentence.index);
  };
  for (const m of a.mentions) {
    // "the EU's General Court", "Vexon Group's Orvane Mining": a body of the body named before it.
    const part = isBody(m) && tokens[m.last - 1]!.possessive ? bodyAt(a, m.last) : undefined;
    if (part && part.first === m.last) add(part, m);
    else if (isBody(m) && tokens[m.last - 1]!.possessive) add(apposedPart(a, m, cues.rivalNouns), m);
    // "X, Peru's largest opposition party", "the country's biggest lender, X": a body based in the state.
    // "X, a Peruvian copper producer", "a Peruvian opposition party, X".
    const demonym =
      m.type === 'State' && m.kind === 'demonym' && ['a', 'an', 'the'].includes(tokens[m.first - 1]?.norm ?? '');
    if (demonym || (m.type === 'State' && m.kind !== 'demonym' && tokens[m.last - 1]!.possessive)) {
      const body = apposedPart(a, m, cues.rivalNouns, ctx.knowledge.lexicon.organisationNouns);
      if (body) ctx.add('BASED_IN', body.key, m.key, a.sentence.index);
    }
  }
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]!.norm;
    if (cues.ownedWords.has(word) && tokens[k]!.hyphenBefore) add(bodyAfter(a, k + 1), bodyAt(a, k - 1));
    else if (cues.ownedWords.has(word) && tokens[k + 1]?.norm === 'by') add(ownedBefore(a, k), bodyAfter(a, k + 2));
    else if (cues.owningVerbs.has(word) && a.pos[k] === 'VERB') {
      add(bodyAfter(a, k + 1), owner(a, k));
    } else if (cues.partWords.has(word) && !tokens[k]!.cap) {
      // "Alphabet subsidiary Waymo", "Huaxin's unit Sunrise": a name, a part noun, a name.
      const whole = bodyAt(a, k - 1);
      const part = bodyAt(a, k + 1);
      if (whole && part && part.first === k + 1) add(part, whole);
    }
  }
}

/** How many lower-case words may describe a part after its owner's possessive ("naval mission in the region"). */
const PART_DESCRIPTION = 6;

/**
 * "the EU's naval mission, Aspides," and "Aspides, the EU's naval mission": the body that a description of a part of
 * the body whose possessive opens it is set off from by a comma.
 */
function apposedPart(
  a: SentenceAnalysis,
  owner: FoundMention,
  rivals: Set<string>,
  kinds?: PhraseTable<true>,
): FoundMention | undefined {
  const { tokens, mentionAt } = a;
  const comma = (j: number): boolean => /^\s*,\s*$/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start));
  // The description: lower-case words, no verb, up to a comma.
  let end = owner.last;
  while (end < Math.min(tokens.length, owner.last + PART_DESCRIPTION)) {
    if (mentionAt[end]! >= 0 || tokens[end]!.cap || a.pos[end] === 'VERB' || a.pos[end] === 'AUX') break;
    end++;
    if (end < tokens.length && comma(end)) break;
  }
  if (end === owner.last) return undefined;
  // "the X Party's main challenger, the Y Party": a rival, no part (relations.yaml rivalNouns).
  if (tokens.slice(owner.last, end).some((t) => rivals.has(t.norm))) return undefined;
  // A noun for a kind of organisation in the description, where asked ("largest opposition party").
  if (kinds && !tokens.slice(owner.last, end).some((_, n) => matchPhrase(kinds, tokens, owner.last + n)))
    return undefined;
  // After it: "..., Aspides".
  if (end < tokens.length && comma(end)) {
    const after = bodyAt(a, tokens[end]!.norm === 'the' ? end + 1 : end);
    if (after) return after;
  }
  // Before it: "Aspides, the EU's naval mission".
  let j = owner.first;
  if (j > 0 && ['the', 'a', 'an'].includes(tokens[j - 1]!.norm)) j--;
  if (j < 1 || !comma(j)) return undefined;
  const before = bodyAt(a, j - 1);
  return before && before.last === j ? before : undefined;
}

function isBody(m: FoundMention | undefined): m is FoundMention {
  return m !== undefined && m.type === 'Organisation' && m.kind !== 'reference' && m.kind !== 'role';
}

function bodyAt(a: SentenceAnalysis, k: number): FoundMention | undefined {
  const m = a.mentions[a.mentionAt[k] ?? -1];
  return isBody(m) ? m : undefined;
}

/** The body named after token k, over a determiner and lower-case words that describe it ("the drugmaker X"). */
export function bodyAfter(a: SentenceAnalysis, k: number): FoundMention | undefined {
  const { tokens, mentionAt } = a;
  for (let j = k; j < Math.min(tokens.length, k + OWNED_REACH); j++) {
    const m = a.mentions[mentionAt[j]!];
    // Over a seat: "acquired by Copenhagen-based drugmaker X".
    if (m && isSeatCompound(a, m)) {
      j = m.last;
      continue;
    }
    if (m) return bodyAt(a, j);
    if (tokens[j]!.cap || /[,;]/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return undefined;
  }
  return undefined;
}

/**
 * The owned body before "acquired by" at k: "X, acquired by", "X, which was acquired by", "X, a carrier owned by";
 * or "X was bought by" with X just before the verb group.
 */
function ownedBefore(a: SentenceAnalysis, k: number): FoundMention | undefined {
  const { tokens, mentionAt } = a;
  let reach = Math.max(0, k - OWNED_REACH - 1);
  for (let j = k - 1; j >= reach; j--) {
    const m = a.mentions[mentionAt[j]!];
    // Over a seat: "X, a Lagos-based lender owned by".
    if (m && isSeatCompound(a, m)) {
      reach = Math.max(0, reach - (m.last - m.first));
      j = m.first;
      continue;
    }
    if (m) return bodyAt(a, j);
    if (tokens[j]!.cap) return undefined;
  }
  return undefined;
}

/** The owner before an owning verb at k: "Y acquired", "Y, which owns", "Y last year bought". */
function owner(a: SentenceAnalysis, k: number): FoundMention | undefined {
  const { tokens, mentionAt } = a;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (mentionAt[j]! >= 0) return bodyAt(a, j);
    if (tokens[j]!.cap || !['which', 'has', 'had', 'also', 'already', 'recently', 'that'].includes(tokens[j]!.norm))
      return undefined;
  }
  return undefined;
}
