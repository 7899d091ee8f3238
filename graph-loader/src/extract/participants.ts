/*
 * Who does what in a sentence, from the positions of mentions around a trigger word: the subject
 * group before it ("Washington and Seoul have accused ..."), the objects after it, the agent after
 * "by", pronoun subjects resolved to the previous sentence's subject. Every scan is bounded.
 */
import type { FoundMention, SentenceAnalysis } from './mentions.ts';
import type { PhraseTable } from './knowledge/phrase-table.ts';
import { matchPhrase } from './tokenize.ts';

const MAX_GAP_BEFORE = 7;
const MAX_AFTER = 14;
const CONNECTORS = new Set(['and', 'or', 'the', 'both', 'as', 'well', '&']);
const PREPOSITIONS = new Set([
  'between',
  'of',
  'with',
  'against',
  'to',
  'from',
  'in',
  'on',
  'by',
  'for',
  'among',
  'toward',
  'towards',
  'at',
  'near',
  'into',
  'about',
  'over',
  'under',
  'amid',
  'amidst',
  'despite',
  'after',
  'before',
  'during',
  'since',
]);
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'into']);
const CLAUSE_OPENERS = new Set([
  'while',
  'which',
  'who',
  'whose',
  'where',
  'but',
  'although',
  'though',
  'whereas',
  'as',
  'when',
]);
/** Relative pronouns that open a clause whose subject is the name before them. */
const RELATIVES = new Set(['which', 'who', 'whom']);
const PRONOUNS: Record<string, 'Person' | 'Group'> = { he: 'Person', she: 'Person', it: 'Group', they: 'Group' };
/** Words that open an apposition or a relative clause after a name ("Russia, Armenia's ally, said"). */
const APPOSITION_OPENERS = new Set([
  'a',
  'an',
  'the',
  'which',
  'who',
  'whose',
  'where',
  'when',
  'one',
  'its',
  'his',
  'her',
  'their',
  'led',
  'known',
  'based',
  'backed',
  'once',
  'also',
  'now',
  'itself',
  'long',
  'formerly',
  'headed',
  'run',
  'founded',
  'home',
]);
/** Words between "and" and a coordinated verb ("and later said", "and has also denied"). */
const COORDINATION_FILLERS = new Set([
  'also',
  'later',
  'then',
  'has',
  'have',
  'had',
  'repeatedly',
  'again',
  'further',
  'separately',
  'subsequently',
]);
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'should',
  'said',
  'says',
  'told',
  'added',
]);
const APPOSITION_MAX = 25;
/** Appositions skipped in a row, at most ("The RSF, led by X, known as Y, said"). */
const MAX_APPOSITIONS = 3;
/** How far a coordinated verb may be from the main clause's subject. */
const COORDINATION_REACH = 60;
/** Words that open a clause rather than a prepositional phrase when a verb follows ("after the EU adopted"). */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'as', 'until', 'while', 'when', 'because']);
/** Past participles before "by": the agent belongs to them ("hostages held by Hamas"), not to the trigger. */
const PARTICIPLE =
  /(?:ed|en)$|^(?:held|led|run|hit|shot|sent|built|made|set|put|kept|brought|caught|fought|won|bought|sold)$/;

/** "the U.N. refugee agency", "the EU observer mission": a name before up to two lower-case nouns ending at `k`. */
function nameBeforeNouns(a: SentenceAnalysis, k: number): number {
  for (let j = k; j >= Math.max(1, k - 1); j--) {
    if (a.pos[j] !== 'NOUN' || a.tokens[j]!.cap || a.mentionAt[j]! >= 0) return -1;
    const m = a.mentions[a.mentionAt[j - 1]!];
    if (m) return m.type === 'Person' || a.tokens[m.last - 1]!.possessive ? -1 : j - 1;
  }
  return -1;
}

/**
 * When the token at `k` ends an apposition or relative clause set off by commas ("Russia, Armenia's traditional
 * ally, said"), the index of the last token of the name it describes; otherwise -1.
 */
function appositionHead(a: SentenceAnalysis, k: number): number {
  const { tokens, sentence } = a;
  for (let j = k; j > Math.max(0, k - APPOSITION_MAX); j--) {
    const gap = sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[;:"“”()]/.test(gap)) return -1;
    if (!gap.includes(',')) continue;
    const opener = tokens[j]!;
    // "X, a former minister, said", "X, led by Y, said", "X, speaking in Rome, called".
    // "Ana Ruiz, of the Harbor Institute, said": a person's place or body set off by commas.
    const ofPerson = ['of', 'from'].includes(opener.norm) && a.mentions[a.mentionAt[j - 1] ?? -1]?.type === 'Person';
    const opens =
      APPOSITION_OPENERS.has(opener.norm) ||
      ofPerson ||
      a.titleAt[j] === 1 ||
      /ed$/.test(opener.norm) ||
      /ing$/.test(opener.norm);
    if (!opens) return -1;
    // "Ana Ruiz, 34, a reporter ..., said": over a person's age.
    const age =
      /^\d{1,3}$/.test(tokens[j - 1]!.norm) &&
      j > 1 &&
      /^\s*,\s*$/.test(sentence.text.slice(tokens[j - 2]!.end, tokens[j - 1]!.start)) &&
      a.mentions[a.mentionAt[j - 2]!]?.type === 'Person';
    return a.mentionAt[j - 1]! >= 0 ? j - 1 : age ? j - 2 : nameBeforeNouns(a, j - 1);
  }
  return -1;
}

/** Can this mention take part in an event or allegation? (People, states, organisations; demonyms for agents.) */
export function isActorMention(m: FoundMention, includeDemonyms = false): boolean {
  if (m.type === 'Place') return false;
  if (m.qualifiesTitle || m.dateline) return false;
  if (m.kind === 'demonym') return includeDemonyms || m.actorRef === true;
  return true;
}

/**
 * The coordinated mentions just before token `at` ("The United States, South Korea, and Japan have condemned").
 * A group inside a prepositional phrase ("between Russia and North Korea, the United States warned")
 * is cut back to the part after its last comma.
 */
export function subjectGroup(a: SentenceAnalysis, at: number, includeDemonyms = false): FoundMention[] {
  const { tokens, mentions, mentionAt, titleAt } = a;
  const group: { m: FoundMention; afterComma: boolean }[] = [];
  // A verb's subject is not found across another verb; a noun's may be ("Israel began its offensive").
  const verbal = a.pos[at] === 'VERB' || a.pos[at] === 'AUX';
  let gap = 0;
  let commaSeen = false;
  let joined = false;
  let k = at - 1;
  let startIndex = at;
  let skips = 0;
  while (k >= 0) {
    const index = mentionAt[k]!;
    const m = index >= 0 ? mentions[index] : undefined;
    // Punctuation between this token (or mention) and what follows it.
    const gapText = a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
    // "Russia, Armenia's traditional ally, said ...": skip the apposition back to the name it describes.
    if (group.length === 0 && gapText.includes(',') && k < at && skips < MAX_APPOSITIONS) {
      const head = appositionHead(a, k);
      if (head >= 0 && head < k) {
        k = head;
        gap = 0;
        skips++;
        continue;
      }
    }
    if (gapText.includes(',') && k < at - 1) commaSeen = true;
    if (m && m.kind === 'role' && isActorMention(m)) {
      if (!group.some((g) => g.m === m)) group.push({ m, afterComma: commaSeen });
      k = m.first - 1;
      startIndex = m.first;
      gap = 0;
      continue;
    }
    // "the State Security Service (DTX) said": a name and its bracketed acronym are one mention of the body.
    if (m && group.length === 1 && group[0]!.m.key === m.key && m.last <= group[0]!.m.first) {
      k = m.first - 1;
      continue;
    }
    if (m) {
      if (gapText.includes(',')) joined = true;
      const actor = isActorMention(m, includeDemonyms) && !group.some((g) => g.m.key === m.key);
      // "told reporters the Gulf kingdom would": names of the group are joined by "and", "or" or a comma.
      if (actor && group.length > 0 && !joined) break;
      if (actor) group.push({ m, afterComma: commaSeen });
      joined = false;
      k = m.first - 1;
      startIndex = m.first;
      gap = 0;
      continue;
    }
    if (titleAt[k]) {
      k--;
      continue;
    }
    const between = gapText;
    if (group.length > 0) {
      if (!CONNECTORS.has(tokens[k]!.norm)) break;
      if (['and', 'or', '&', 'both'].includes(tokens[k]!.norm) || between.includes(',')) joined = true;
    } else if (++gap > MAX_GAP_BEFORE || /[;:"“”]/.test(between)) {
      break;
    } else if (RELATIVES.has(tokens[k]!.norm) && k < at) {
      // "X, which says ...": the relative clause's subject is the name before it.
      const antecedent = /,\s*$/.test(a.sentence.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]!.start))
        ? mentions[mentionAt[k - 1] ?? -1]
        : undefined;
      return antecedent && isActorMention(antecedent, includeDemonyms) ? [antecedent] : [];
    } else if (verbal && k < at - 1 && a.pos[k] === 'VERB' && !/(?:ed|en)$/.test(tokens[k]!.norm)) {
      // Another finite verb stands between: its clause is not this one's subject.
      break;
    }
    k--;
  }
  if (group.length === 0) return [];
  let startToken = startIndex - 1;
  while (startToken >= 0 && tokens[startToken]!.norm === 'the') startToken--;
  // "Analyst X of the Atlantic Council said", "a spokesman for Oxfam told": the person before the phrase acts.
  const head = mentions[mentionAt[startToken - 1] ?? -1];
  if (
    ['of', 'for', 'from', 'at'].includes(tokens[startToken]?.norm ?? '') &&
    head &&
    (head.type === 'Person' || head.personal)
  ) {
    const members = [head, ...group.map((g) => g.m).reverse()];
    return members.filter((m, n) => members.findIndex((x) => x.key === m.key) === n);
  }
  // "the presidents of Brazil and Argentina are due to meet": the group names whose office holders act.
  const ofTitle = tokens[startToken]?.norm === 'of' && a.titleAt[startToken - 1] === 1;
  if (
    startToken >= 0 &&
    PREPOSITIONS.has(tokens[startToken]!.norm) &&
    !SUBORDINATORS.has(tokens[startToken]!.norm) &&
    !ofTitle
  ) {
    // Inside a prepositional phrase: keep what follows its last comma (nearest the trigger); a phrase closed by a
    // comma with none of the group in it ("In Lima, Foreign Minister X said") is fronted, the group its subject.
    const near = group.filter((g) => !g.afterComma);
    return near.length < group.length || commaSeen ? near.map((g) => g.m) : [];
  }
  return group.map((g) => g.m).reverse();
}

export interface Objects {
  objects: FoundMention[];
  /** States named after "into" or "toward" ("rockets into Israel"): targets of an attack. */
  directed: FoundMention[];
  /** Named after "by" ("a visit ... by the Russian Defense Minister"). */
  agents: FoundMention[];
  /** Named after a locative preposition ("in Ukraine"). */
  locations: FoundMention[];
}

/** Mentions after token `from` in the same clause, split by the preposition before them. */
export function objectsAfter(a: SentenceAnalysis, from: number, includeDemonyms = false, limit = MAX_AFTER): Objects {
  const { tokens, mentions, mentionAt } = a;
  const result: Objects = { objects: [], directed: [], agents: [], locations: [] };
  const seen = new Set<string>();
  let preposition = '';
  let prepositionAt = -1;
  for (let k = from; k < Math.min(tokens.length, from + limit); k++) {
    const between = k > 0 ? a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '';
    if (k > from && /[;]|—|–/.test(between)) break;
    if (k > from && between.includes(',') && CLAUSE_OPENERS.has(tokens[k]!.norm)) break;
    // "... and said Moscow would ...": a new clause with its own subject.
    if (k > from && ['and', 'but'].includes(tokens[k]!.norm) && AUXILIARIES.has(tokens[k + 1]?.norm ?? '')) break;
    // "... since President X imposed ...": a subordinate clause with its own verb.
    if (k > from && SUBORDINATORS.has(tokens[k]!.norm) && clauseAhead(a, k + 1)) break;
    // "sanctioned two firms for supplying Russia", "firms it said supplied Russia": a reason or a reported clause,
    // whose parties are not the verb's.
    if (k > from && reasonOrReport(a, k)) break;
    const index = mentionAt[k]!;
    if (index < 0) {
      // "detained by officers of the security service": the body the agents belong to is the agent too.
      if (preposition === 'by' && tokens[k]!.norm === 'of' && k - prepositionAt <= 3) continue;
      if (PREPOSITIONS.has(tokens[k]!.norm)) {
        // "hostages held by Hamas": the agent of another participle is a plain object.
        preposition =
          tokens[k]!.norm === 'by' && k > from && PARTICIPLE.test(tokens[k - 1]!.norm) ? 'of' : tokens[k]!.norm;
        prepositionAt = k;
      } else if (tokens[k]!.norm === 'that' || tokens[k]!.norm === 'as' || k - prepositionAt > 4) {
        preposition = '';
      }
      continue;
    }
    const m = mentions[index]!;
    k = m.last - 1;
    if (seen.has(m.key)) continue;
    if (m.type === 'Place' || (LOCATIVE.has(preposition) && m.kind !== 'demonym')) {
      seen.add(m.key);
      result.locations.push(m);
      if (m.type === 'State' && ['into', 'toward', 'towards'].includes(preposition)) result.directed.push(m);
      continue;
    }
    if (!isActorMention(m, includeDemonyms)) continue;
    seen.add(m.key);
    if (preposition === 'by') result.agents.push(m);
    else result.objects.push(m);
  }
  return result;
}

/** "for supplying" (a reason with its own verb) or "it said" inside a noun phrase (a reported clause) at token k. */
function reasonOrReport(a: SentenceAnalysis, k: number): boolean {
  const word = a.tokens[k]!.norm;
  const next = a.tokens[k + 1];
  if (word === 'for' && next && a.pos[k + 1] === 'VERB' && /ing$/.test(next.norm)) return true;
  return (
    ['it', 'they', 'he', 'she'].includes(word) && ['said', 'says', 'alleged', 'claimed'].includes(next?.norm ?? '')
  );
}

/** A finite verb within the next few tokens, before any punctuation: a clause starts here. */
function clauseAhead(a: SentenceAnalysis, from: number): boolean {
  for (let k = from; k < Math.min(a.tokens.length, from + 6); k++) {
    if (k > from && /[,;]/.test(a.sentence.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start))) return false;
    if (a.pos[k] === 'VERB' || a.pos[k] === 'AUX') return true;
  }
  return false;
}

/** The index of the mention group's first token and its last token + 1, extending over coordinated mentions. */
function groupFrom(a: SentenceAnalysis, m: FoundMention): number {
  const { tokens, mentions, mentionAt } = a;
  let end = m.last;
  for (let k = end; k < Math.min(tokens.length, end + 3); k++) {
    const other = mentions[mentionAt[k]!];
    if (other) {
      if (!isActorMention(other)) break;
      end = other.last;
      k = other.last - 1;
      continue;
    }
    if (!CONNECTORS.has(tokens[k]!.norm)) break;
  }
  return end;
}

/**
 * The subject of the sentence's main clause: the actor group opening it (after titles, a dateline or a fronted
 * phrase such as "On June 24," or "In a message to Kim,").
 */
export function initialSubject(a: SentenceAnalysis): FoundMention[] {
  const { tokens, mentions, mentionAt } = a;
  let k = 0;
  while (k < tokens.length && mentions[mentionAt[k]!]?.dateline) k++;
  if (PREPOSITIONS.has(tokens[k]?.norm ?? '')) {
    const comma = a.sentence.text.indexOf(',', tokens[k]!.end);
    if (comma < 0) return [];
    while (k < tokens.length && tokens[k]!.start < comma) k++;
  }
  let quoted = 0;
  for (let steps = 0; k < tokens.length && steps < 8; k++, steps++) {
    // Quotations opening the sentence ("\"...,\" Borrell said") are not its subject.
    if (tokens[k]!.quoted) {
      if (++quoted > COORDINATION_REACH) break;
      steps--;
      continue;
    }
    const m = mentions[mentionAt[k]!];
    if (m) {
      if (isActorMention(m) && !tokens[m.last - 1]!.possessive) return subjectGroup(a, groupFrom(a, m));
      k = m.last - 1;
      continue;
    }
    const t = tokens[k]!;
    if (a.titleAt[k] || t.cap || ['the', 'a', 'an'].includes(t.norm)) continue;
    // A few modifiers before a title ("foreign policy chief"), nothing else.
    if (steps < 6 && !/[,;]/.test(a.sentence.text.slice(t.end, tokens[k + 1]?.start ?? t.end))) continue;
    break;
  }
  return [];
}

/**
 * A verb coordinated with the main verb ("... condemned the attack and accused Baku"): the main clause's subject
 * (or, when it is a pronoun, its antecedent). Undefined when the verb at `at` is not coordinated.
 */
export function coordinatedSubject(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  at: number,
): FoundMention[] | undefined {
  let k = at - 1;
  while (k >= 0 && COORDINATION_FILLERS.has(a.tokens[k]!.norm) && at - k <= 3) k--;
  if (k < 1 || a.tokens[k]!.norm !== 'and') return undefined;
  const subject = initialSubject(a);
  if (subject.length > 0 && subject[0]!.first < k && k - subject.at(-1)!.last <= COORDINATION_REACH) {
    // "... a draft, which supports X and warns Y": inside an open relative clause the subject is unknown.
    let open = false;
    for (let j = subject.at(-1)!.last; j < k; j++) {
      const comma = a.sentence.text.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start).includes(',');
      if (comma) open = ['which', 'who', 'that'].includes(a.tokens[j]!.norm);
    }
    return open ? [] : subject;
  }
  return leadingPronoun(a) ? fallbackSubject(a, previous, 0) : undefined;
}

/** "He ...", "It ...": the pronoun at the start of the sentence, if any. */
export function leadingPronoun(a: SentenceAnalysis): 'Person' | 'Group' | undefined {
  const first = a.tokens[0];
  return first ? PRONOUNS[first.norm] : undefined;
}

/** The subject of a sentence: the first actor mention, if it comes before the first verb-ish gap. */
export function sentenceSubject(a: SentenceAnalysis): FoundMention | undefined {
  for (const m of a.mentions) {
    if (isActorMention(m)) return m;
  }
  return undefined;
}

/**
 * The subject when none stands right before the trigger: a pronoun opening the sentence refers to the
 * previous sentence's subject ("He pledged ..."); a participle clause (", blaming ...") to the
 * mention that opens the sentence.
 */
export function fallbackSubject(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  at: number,
): FoundMention[] {
  const pronoun = leadingPronoun(a);
  if (pronoun && previous && at < 10) {
    // The antecedent is the previous sentence's subject, outside quotations; "it" needs a single one.
    const group = initialSubject(previous);
    const fits = (m: FoundMention): boolean =>
      (pronoun === 'Person') === (m.type === 'Person') && !previous.tokens[m.first]!.quoted;
    if (group.length > 0) {
      if (!group.every(fits)) return [];
      return a.tokens[0]!.norm === 'it' && group.length > 1 ? [] : group;
    }
    const antecedent = previous.mentions.find((m) => isActorMention(m) && fits(m) && m.type === 'Person');
    return antecedent && pronoun === 'Person' ? [antecedent] : [];
  }
  const opening = a.mentions.find((m) => isActorMention(m));
  if (opening && opening.first <= 1 && opening.last < at && /ing$/.test(a.tokens[at]!.norm)) return [opening];
  return [];
}

/**
 * The subject of the main clause after a fronted phrase: "In a message to Kim, Putin said ..." —
 * the first actor named after the first comma that follows `at`.
 */
export function mainClauseSubject(a: SentenceAnalysis, at: number): FoundMention | undefined {
  if (!PREPOSITIONS.has(a.tokens[0]?.norm ?? '')) return undefined;
  const text = a.sentence.text;
  const comma = text.indexOf(',', a.tokens[at]!.end);
  if (comma < 0) return undefined;
  return a.mentions.find((m) => m.start > comma && isActorMention(m) && m.start - comma < 40);
}

/** Forms of "be" that make a participle after them passive ("was condemned") or planned ("are scheduled"). */
export const BE_FORMS = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being']);

/** True when the trigger at `at` is a passive verb ("has been accused", "was condemned"). */
export function isPassive(a: SentenceAnalysis, at: number): boolean {
  const t = a.tokens[at];
  if (!t || !/(ed|en)$/.test(t.norm)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = a.tokens[k]!.norm;
    if (BE_FORMS.has(w)) return true;
    if (!/ly$/.test(w)) return false;
  }
  return false;
}

/** How far back the passive verb a participle is coordinated with is looked for ("was arrested on Tuesday and charged"). */
const JOINED_PASSIVE_REACH = 10;

/**
 * A participle coordinated with a passive verb before it ("was arrested on Tuesday and charged with fraud", "were
 * detained and later released"): passive too, unless an object follows it ("was beaten and sued the city").
 */
export function isJoinedPassive(a: SentenceAnalysis, at: number): boolean {
  if (!/(ed|en)$/.test(a.tokens[at]?.norm ?? '') || a.pos[at] !== 'VERB') return false;
  if (['DET', 'PRON', 'PROPN', 'NUM'].includes(a.pos[at + 1] ?? 'X') || (a.mentionAt[at + 1] ?? -1) >= 0) return false;
  let k = at - 1;
  while (k >= 0 && COORDINATION_FILLERS.has(a.tokens[k]!.norm) && at - k <= 3) k--;
  if (!['and', 'or'].includes(a.tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - JOINED_PASSIVE_REACH); j--) {
    if (isPassive(a, j)) return true;
    if (
      ['VERB', 'AUX'].includes(a.pos[j] ?? 'X') ||
      /[,;:]/.test(a.sentence.text.slice(a.tokens[j]!.end, a.tokens[j + 1]!.start))
    )
      return false;
  }
  return false;
}

/**
 * The name a relative clause opening right before the verb at `i` is about ("Ofcom, which fined ...", "Iran, which
 * has denied ...", "Kenyan police, who have raided ...": a state and one of its `organs`): the name right before
 * "who" or "which", over auxiliaries and adverbs after it.
 */
export function relativeAntecedent(
  a: SentenceAnalysis,
  i: number,
  organs: PhraseTable<true>,
): FoundMention | undefined {
  let k = i - 1;
  while (k > 0 && ['AUX', 'ADV', 'PART'].includes(a.pos[k] ?? 'X') && !['who', 'which'].includes(a.tokens[k]!.norm))
    k--;
  if (k <= 0 || !['who', 'which'].includes(a.tokens[k]!.norm)) return undefined;
  // "Kenyan police, who": a name and the organ noun it qualifies.
  const organ = a.mentionAt[k - 1]! < 0 && matchPhrase(organs, a.tokens, k - 1)?.length === 1 ? 1 : 0;
  const m = a.mentions[a.mentionAt[k - 1 - organ] ?? -1];
  return m && m.last === k - organ && isActorMention(m, organ === 1) ? m : undefined;
}

/**
 * "Sheila Ruiz of the Lima-based Ruiz Law Group said": a person named with the body she belongs to after "of" is
 * the subject, not the body. A group of one body so placed gives the person; any other group is kept.
 */
export function personOfBody(a: SentenceAnalysis, group: FoundMention[]): FoundMention[] {
  const body = group.length === 1 && group[0]!.type === 'Organisation' ? group[0]! : undefined;
  if (!body) return group;
  let k = body.first - 1;
  // Over "the", a seat ("the Lima-based") and lower-case adjectives.
  while (k > 0 && a.tokens[k]!.norm !== 'of') {
    const m = a.mentions[a.mentionAt[k]!];
    const seat = m?.type === 'Place' || a.tokens[k]!.hyphenBefore;
    if (!seat && a.tokens[k]!.norm !== 'the' && (a.tokens[k]!.cap || a.pos[k] !== 'ADJ')) return group;
    k = m && m.type === 'Place' ? m.first - 1 : k - 1;
  }
  const person = a.mentions[a.mentionAt[k - 1] ?? -1];
  return a.tokens[k]?.norm === 'of' && person?.type === 'Person' && person.last === k ? [person] : group;
}

/**
 * The subject of the verb at `i`: the name a relative clause before it is about, when `relative` allows one
 * (relativeAntecedent), else the main clause's subject for a coordinated verb, else its subject group, a person
 * rather than the body named with them (personOfBody).
 */
export function verbSubject(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  i: number,
  organs: PhraseTable<true>,
  relative: boolean,
): FoundMention[] {
  const antecedent = relative ? relativeAntecedent(a, i, organs) : undefined;
  return antecedent ? [antecedent] : (coordinatedSubject(a, previous, i) ?? personOfBody(a, subjectGroup(a, i)));
}
