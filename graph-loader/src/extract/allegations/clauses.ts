/*
 * What the allegation stage reads in a clause: the words of wrongdoing and their category, the parties named in a
 * span, the subject of a verb, who a party speaks for, and the parties named just before a sentence (for a claim
 * whose accused is only "they" or "it").
 */
import type { Knowledge } from '../knowledge.ts';
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { findPhrase, matchPhrase } from '../tokenize.ts';
import { coordinatedSubject, fallbackSubject, isActorMention, subjectGroup } from '../participants.ts';

const CLAIM_MAX = 240;
/** How many tokens after its cue a claim is read. */
export const CLAUSE_REACH = 40;
const TRANSFER_REACH = 6;
const ENDORSEMENT_REACH = 5;

/** The text of a claim from token `from` to the end of the sentence (or of the span), shortened. */
export function claimText(a: SentenceAnalysis, from: number, to = a.tokens.length): string {
  const start = a.tokens[from]?.start ?? 0;
  const end = a.tokens[to - 1]?.end ?? a.sentence.text.length;
  const text = a.sentence.text.slice(start, Math.max(start, end)).trim();
  return text.length > CLAIM_MAX ? `${text.slice(0, CLAIM_MAX).replace(/\s+\S*$/, '')}…` : text;
}

/** The first word of wrongdoing in tokens [from, to) and its category, outside phrases that name none. */
/** The category of words that name a wrong without saying which ("illegal", "violation"). */
const GENERIC_CATEGORY = 'misconduct';

export function wrongdoingIn(
  a: SentenceAnalysis,
  knowledge: Knowledge,
  from = 0,
  to = a.tokens.length,
): { category: string; word: string; at: number; supplier?: string } | undefined {
  const cues = knowledge.allegation;
  // "violating international law by trading arms": a generic word of wrongdoing gives way to a specific one after it.
  let generic: { category: string; word: string; at: number } | undefined;
  // A bounded look: what a claim says is near its cue.
  for (let k = from; k < Math.min(to, from + CLAUSE_REACH); k++) {
    const none = matchPhrase(cues.notWrongdoing, a.tokens, k);
    if (none) {
      k += none.length - 1;
      continue;
    }
    const word = matchPhrase(cues.categories, a.tokens, k);
    if (word && endorsed(a, k, knowledge)) {
      k += word.length - 1;
      continue;
    }
    if (word && k + word.length <= to) {
      const found = { category: word.value, word: phraseAt(a, k, word.length), at: k };
      if (word.value !== GENERIC_CATEGORY) return found;
      generic ??= found;
      k += word.length - 1;
      continue;
    }
    // Weapons near a verb that moves them ("supplying artillery shells to").
    const weapon = matchPhrase(cues.weapons, a.tokens, k);
    const transfer = weapon ? transferNear(a, k, knowledge) : -1;
    if (weapon && transfer >= 0) {
      // "U.S.-supplied weapons": the compound names who supplies them.
      const supplier = a.tokens[transfer]!.hyphenBefore ? a.mentions[a.mentionAt[transfer - 1]!] : undefined;
      return {
        category: 'arms transfer',
        word: phraseAt(a, k, weapon.length),
        at: k,
        ...(supplier && { supplier: supplier.key }),
      };
    }
  }
  return generic;
}

/**
 * Support for the wrong at token k: "pledged support for X's invasion", "praise for the annexation" (not "accused of
 * supporting terrorism", where supporting is the wrong).
 */
function endorsed(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  for (let j = k - 2; j >= Math.max(0, k - ENDORSEMENT_REACH); j--) {
    if (!knowledge.allegation.endorsements.has(a.tokens[j]!.norm)) continue;
    return ['for', 'of', 'with'].includes(a.tokens[j + 1]!.norm);
  }
  return false;
}

function phraseAt(a: SentenceAnalysis, k: number, length: number): string {
  return a.tokens
    .slice(k, k + length)
    .map((t) => t.norm)
    .join(' ');
}

/** A verb that moves weapons near token k: its index, or -1. */
function transferNear(a: SentenceAnalysis, k: number, knowledge: Knowledge): number {
  for (let j = Math.max(0, k - TRANSFER_REACH); j < Math.min(a.tokens.length, k + TRANSFER_REACH); j++)
    if (isTransferVerb(a, j, knowledge.allegation.transferVerbs)) return j;
  return -1;
}

/** A verb that moves goods, by its lemma or, where the tagger takes it for a noun ("trading arms"), its stem. */
function isTransferVerb(a: SentenceAnalysis, j: number, verbs: Set<string>): boolean {
  if (verbs.has(a.lemmas[j]!)) return true;
  const stem = a.tokens[j]!.norm.replace(/(?:ing|ed)$/, '');
  return stem !== a.tokens[j]!.norm && (verbs.has(stem) || verbs.has(`${stem}e`));
}

/** The parties (people, states, organisations, demonyms for states) named in tokens [from, to). */
export function partiesIn(a: SentenceAnalysis, from: number, to: number): FoundMention[] {
  const seen = new Set<string>();
  return a.mentions.filter((m) => {
    if (m.first < from || m.last > to || !isActorMention(m, true) || seen.has(m.key)) return false;
    seen.add(m.key);
    return true;
  });
}

/** The subject of the verb or phrase at `at` (a pronoun resolved, or the previous sentence's for "He ..."). */
export function subjectOf(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  at: number,
  demonyms = false,
): FoundMention[] {
  const coordinated = coordinatedSubject(a, previous, at);
  // "Police arrested X and charged him with ...": a name after the opening verb is its object, not the subject.
  if (coordinated && coordinated.length > 0 && objectOfOpeningVerb(a, coordinated[0]!.first)) return [];
  const subject = coordinated ?? subjectGroup(a, at, demonyms);
  return subject.length > 0 ? subject : fallbackSubject(a, previous, at);
}

/** Whether a finite verb stands before token `first` in its clause (no comma between; not "Speaking in ..."). */
function objectOfOpeningVerb(a: SentenceAnalysis, first: number): boolean {
  for (let j = first - 1; j >= 0; j--) {
    if (/[,;:]/.test(a.sentence.text.slice(a.tokens[j]!.end, a.tokens[j + 1]!.start))) return false;
    // Not a participle that qualifies the name ("Exiled leader X", "the jailed leader X").
    const qualifies = j === 0 || ['DET', 'ADJ'].includes(a.pos[j - 1] ?? 'X');
    if (a.pos[j] === 'VERB' && !/ing$/.test(a.tokens[j]!.norm) && !qualifies) return true;
  }
  return false;
}

/**
 * Keys of the parties and of the states or bodies they speak for ("the Ministry's spokesman" speaks for China;
 * `affiliations`: the body each person's title names anywhere in the article, for "he" or a bare surname).
 */
export function withOwners(list: FoundMention[], affiliations?: Map<string, string>): Set<string> {
  const keys = new Set<string>();
  for (const m of list) {
    keys.add(m.key);
    if (m.partOfKey) keys.add(m.partOfKey);
    if (m.title?.ownerKey) keys.add(m.title.ownerKey);
    const body = affiliations?.get(m.key);
    if (body) keys.add(body);
  }
  return keys;
}

/** The parties with the states their bodies are part of, as the article names them ("Iran's foreign ministry": Iran). */
export function withStatesIn(analyses: SentenceAnalysis[], keys: string[]): string[] {
  const all = new Set(keys);
  for (const a of analyses)
    for (const m of a.mentions)
      if (keys.includes(m.key) && m.partOfKey?.startsWith('state:') && !m.basedOnly) all.add(m.partOfKey);
  return [...all];
}

/** A negation in the two words before token k ("did not attack", "cannot confirm"). */
export function negatedAt(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) if (knowledge.allegation.negations.has(a.tokens[j]!.norm)) return true;
  return a.tokens[k - 1]?.norm === 't' && a.tokens[k - 2]?.norm === 'didn';
}

/** Whether a word for a wrongful act of the event taxonomy starts at token k ("shelled", "the bombing"). */
export function wrongfulActAt(a: SentenceAnalysis, knowledge: Knowledge, k: number): boolean {
  const trigger = matchPhrase(knowledge.triggers, a.tokens, k);
  return trigger !== undefined && knowledge.eventTypes.get(trigger.value.eventType)?.wrongdoing !== undefined;
}

/** True when a phrase of the table occurs in tokens [from, to). */
export function hasPhrase(
  a: SentenceAnalysis,
  table: Parameters<typeof findPhrase>[0],
  from = 0,
  to = a.tokens.length,
): boolean {
  return findPhrase(table, a.tokens, from, to) !== undefined;
}

/**
 * Parties named in the sentences just before (outside quotations, not the speakers): what a claim that names its
 * accused only as "they" or "it" is about ("They are responsible," he said); for "he" or "she" (`person`), a
 * person.
 */
export function recentParties(
  analyses: SentenceAnalysis[],
  index: number,
  exclude: Set<string>,
  person = false,
  reach = 3,
  quoted = false,
): FoundMention[] {
  for (let i = index - 1; i >= Math.max(0, index - reach); i--) {
    const a = analyses[i]!;
    // Not who is told ("told AFP"): the one a claim is about. Inside a quotation only for a quotation that goes on
    // ('"X falsified the reports," she said. "They lied."').
    const parties = a.mentions.filter(
      (m) =>
        isActorMention(m, true) &&
        !exclude.has(m.key) &&
        (quoted || !a.tokens[m.first]!.quoted) &&
        a.lemmas[m.first - 1] !== 'tell' &&
        (!person || m.type === 'Person'),
    );
    if (parties.length > 0) return [parties.at(-1)!];
  }
  return [];
}

/** How far after a claim noun the word that calls it false is looked for ("the charges were politically motivated"). */
const DISMISSAL_REACH = 10;

/**
 * "X called the accusations baseless", "X said the charges were politically motivated", "X described British claims
 * as unfounded": a verb of calling or saying at token k whose object is a claim noun called false. The claim noun's
 * index, or -1.
 */
export function dismissedNoun(a: SentenceAnalysis, k: number, knowledge: Knowledge): number {
  const cues = knowledge.allegation;
  const lemma = a.lemmas[k]!;
  if (a.pos[k] !== 'VERB' || !(cues.describeVerbs.has(lemma) || knowledge.reports.verbs.has(lemma))) return -1;
  const noun = [k + 1, k + 2, k + 3].find((j) => cues.claimNouns.has(a.tokens[j]?.norm ?? ''));
  if (noun === undefined) return -1;
  for (let j = noun + 1; j < Math.min(a.tokens.length, noun + DISMISSAL_REACH); j++)
    if (matchPhrase(cues.dismissals, a.tokens, j)) return noun;
  return -1;
}

/** Words that may stand between a claim and the word that calls it false ("the case is completely fabricated"). */
const COPULA_POS = new Set(['AUX', 'ADV', 'PART', 'DET']);

/**
 * '"The case is fabricated," X said', "the charges are politically motivated": a claim noun or a word for proceedings
 * that is the subject of the word of dismissal at token k. The noun's index, or -1.
 */
export function falseSubjectAt(a: SentenceAnalysis, k: number, knowledge: Knowledge): number {
  const cues = knowledge.allegation;
  if (!matchPhrase(cues.dismissals, a.tokens, k)) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const norm = a.tokens[j]!.norm;
    if ((cues.claimNouns.has(norm) || cues.proceedings.has(norm)) && a.pos[j] === 'NOUN') return j;
    if (!COPULA_POS.has(a.pos[j] ?? 'X') || norm === 'not') return -1;
  }
  return -1;
}

export function dismisses(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  return dismissedNoun(a, k, knowledge) >= 0;
}
