/*
 * Coreference: pronouns and descriptions that point back at an entity the article has named, so the facts of
 * their sentences get participants. Each becomes a mention of kind `reference` (used by the fact stages, not
 * written as a name of the entity):
 * - unnamed people who speak for a body ("a spokesman for X", "a senior X official", "an X researcher") stand
 *   for that body, and later "he", "she" or "the spokesman" point at them;
 * - "he", "she", "him": a person named earlier in the sentence, else the previous sentence's subject, else the
 *   person named last; "it", "they": the same for states and organisations ("China says it ...");
 * - "the group", "the ministry", "the court": the organisation whose name holds the word, else (for the generic
 *   words) the organisation named last that is no outlet or state body; "the militants" an armed group;
 * - "the country" and unnamed organs of a state ("the government", "police", "authorities"): the state the
 *   article names most (first named on a tie), unless a name right before qualifies them ("Zimbabwe officials");
 * - "the president", "the prosecutor": the person the article gives that title.
 * Possessive pronouns count only before a title ("its leader"). Words are data (lexicon.yaml: references).
 */
import type { Knowledge } from '../knowledge.ts';
import { matchPhrase } from '../tokenize.ts';
import { initialSubject } from '../participants.ts';
import { slugify } from '../ids.ts';
import type { FoundMention, SentenceAnalysis } from './types.ts';
import { indexMentions, isCompoundModifier, isSeatCompound } from './types.ts';

/** How many sentences back a pronoun's antecedent may be. */
const REACH = 3;
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const MODIFIERS_MAX = 3;
/** Organs that stand for their state without a determiner ("Police say", "authorities have arrested"). */
const BARE_ORGANS = new Set([
  'police',
  'authorities',
  'prosecutors',
  'investigators',
  'judiciary',
  'customs',
  'government',
]);
const MILITANT_WORDS = new Set(['rebels', 'militants', 'insurgents', 'guerrillas', 'jihadists', 'fighters', 'militia']);
const OWNER_PREPOSITIONS = new Set(['for', 'of', 'from', 'at', 'with']);

interface Remembered {
  m: FoundMention;
  sentence: number;
  subject: boolean;
}

interface Article {
  analyses: SentenceAnalysis[];
  knowledge: Knowledge;
  memory: Remembered[];
  holders: Map<string, string[]>;
  /** How often each state is named so far, and where first. */
  states: Map<string, { count: number; first: number; m: FoundMention }>;
  /** People the article marks as women or men ("Ms. Lee", "Mr. Lee"). */
  genders: Map<string, Gender>;
}

type Gender = 'female' | 'male';

const ACTOR_TYPES = new Set(['Person', 'State', 'Organisation']);

/** Adds reference mentions to every sentence of an article. */
export function resolveReferences(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  const article: Article = {
    analyses,
    knowledge,
    memory: [],
    holders: titleHolders(analyses),
    states: new Map(),
    genders: personGenders(analyses, knowledge),
  };
  let order = 0;
  for (const a of analyses) {
    const officials = unnamedOfficials(a, knowledge);
    if (officials.length > 0) addMentions(a, officials);
    const subjects = new Set(initialSubject(a).map((m) => m.key));
    const found: FoundMention[] = [];
    for (let k = 0; k < a.tokens.length; k++) {
      if (a.mentionAt[k]! >= 0 || a.tokens[k]!.quoted) continue;
      const ref = referenceAt(article, a, k, subjects, found);
      if (!ref) continue;
      found.push(ref);
      k = ref.last - 1;
    }
    if (found.length > 0) addMentions(a, found);
    // The sentence's subject, now that its pronouns are resolved, for the sentences after.
    if (found.length > 0) for (const m of initialSubject(a)) subjects.add(m.key);
    const resolved = found.length > 0 ? new Set(initialSubject(a).map((m) => m.key)) : subjects;
    for (const m of a.mentions) {
      if (!ACTOR_TYPES.has(m.type) || m.dateline || m.kind === 'role') continue;
      article.memory.push({ m, sentence: a.sentence.index, subject: resolved.has(m.key) });
      if (m.type === 'State' && m.kind !== 'reference' && !isCompoundModifier(a, m)) {
        const seen = article.states.get(m.key) ?? { count: 0, first: order++, m };
        seen.count++;
        article.states.set(m.key, seen);
      }
    }
  }
}

function addMentions(a: SentenceAnalysis, added: FoundMention[]): void {
  a.mentions.push(...added);
  a.mentions.sort((x, y) => x.first - y.first);
  indexMentions(a);
}

/** People by the roles their titles give them, in article order (role and its last word, lower case). */
function titleHolders(analyses: SentenceAnalysis[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const a of analyses) {
    for (const m of a.mentions) {
      const role = m.type === 'Person' ? m.title?.info.role?.toLowerCase() : undefined;
      if (!role || m.pending) continue;
      for (const name of new Set([role, role.split(' ').at(-1)!])) {
        const list = holders.get(name) ?? [];
        if (!list.includes(m.key)) list.push(m.key);
        holders.set(name, list);
      }
    }
  }
  return holders;
}

/**
 * "a spokesman for Oxfam", "A Shell spokesman", "a senior Hamas official": a title with no name after
 * it, owned by the body named right before it or after "for", "of" or "from". The person stands for that body.
 */
function unnamedOfficials(a: SentenceAnalysis, knowledge: Knowledge): FoundMention[] {
  const { tokens, titleAt, mentions, mentionAt } = a;
  const found: FoundMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!titleAt[k] || titleAt[k - 1] || mentionAt[k]! >= 0 || a.pos[k] !== 'NOUN') continue;
    let end = k;
    while (end < tokens.length && titleAt[end]) end++;
    const title = matchPhrase(knowledge.titles, tokens, k);
    const role = title?.value.role;
    const next = tokens[end];
    if (!title || !role || !title.value.relation || (next?.cap && mentionAt[end]! >= 0)) continue;
    let owner: FoundMention | undefined;
    // "A Shell spokesman", "a senior Hamas official": the name right before, over adjectives only.
    for (let j = k - 1; j >= Math.max(0, k - 3) && !owner; j--) {
      if (/[,;:()"“”]/.test(a.sentence.text.slice(tokens[j]!.end, tokens[j + 1]!.start))) break;
      const m = mentions[mentionAt[j]!];
      if (m) owner = m.type !== 'Person' ? m : undefined;
      if (m || tokens[j]!.cap || !['ADJ', 'NOUN'].includes(a.pos[j] ?? 'X')) break;
    }
    let phraseEnd = end;
    if (!owner && OWNER_PREPOSITIONS.has(next?.norm ?? '')) {
      // The last name of the phrase after the preposition: "of the Turkish daily Taraf" is Taraf.
      for (let j = end + 1; j < Math.min(tokens.length, end + 6); j++) {
        if (/[,;]/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
        // "A spokesman for X told VOA": the phrase ends at its verb.
        if (mentionAt[j]! < 0 && (a.pos[j] === 'VERB' || a.pos[j] === 'AUX')) break;
        const m = mentions[mentionAt[j]!];
        if (m && m.type !== 'Person' && m.kind !== 'demonym') owner = m;
        phraseEnd = j + 1;
      }
    }
    // "Jeffrey Lewis, a director at X": an apposition to a person named before.
    if (apposition(a, k)) continue;
    // "The deputy editor of X, Yasmin Congar,": the person is named after all.
    const apposed = mentions[mentionAt[phraseEnd] ?? -1];
    const comma =
      tokens[phraseEnd] && a.sentence.text.slice(tokens[phraseEnd - 1]!.end, tokens[phraseEnd]!.start).includes(',');
    if (comma && apposed?.type === 'Person') continue;
    if (!owner || owner.type === 'Place') continue;
    const plural = /s$/.test(tokens[end - 1]!.norm) && !/ss$/.test(tokens[end - 1]!.norm);
    found.push({ ...referenceTo(a, k, end, owner), personal: { role: role.toLowerCase(), plural } });
    k = end - 1;
  }
  return found;
}

/** The title at k opens an apposition to a person named just before ("Name, a director at", "Name, one of X's"). */
function apposition(a: SentenceAnalysis, k: number): boolean {
  const { tokens, mentions, mentionAt } = a;
  for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
    const gap = a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (gap.includes(',')) return mentions[mentionAt[j - 1]!]?.type === 'Person';
    if (tokens[j]!.cap && mentionAt[j]! < 0) return false;
  }
  return false;
}

function referenceAt(
  article: Article,
  a: SentenceAnalysis,
  k: number,
  subjects: Set<string>,
  found: FoundMention[],
): FoundMention | undefined {
  const refs = article.knowledge.lexicon.references;
  const t = a.tokens[k]!;
  const person = (m: FoundMention): boolean => m.type === 'Person' || m.personal?.plural === false;
  const group = (m: FoundMention): boolean => (m.type === 'State' || m.type === 'Organisation') && !m.personal;
  if (POSSESSIVES.has(t.norm) && !titleAfter(a, k + 1, article.knowledge) && !membersAfter(a, k + 1, article.knowledge))
    return undefined;
  // "an IT supplier", "US officials": a word in capitals is an acronym, no pronoun.
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) return undefined;
  const object = OBJECT_PRONOUNS.has(t.norm);
  if (refs.personPronouns.has(t.norm)) {
    // "she": a person the article marks as a woman, else anyone it does not mark as a man; "he": anyone it does
    // not mark as a woman (news names far more men than it marks, so an unmarked person stays a candidate for "he").
    const female = refs.femalePronouns.has(t.norm);
    const male = refs.malePronouns.has(t.norm);
    const woman = (m: FoundMention): boolean => person(m) && article.genders.get(m.key) === 'female';
    const notMarked =
      (gender: Gender) =>
      (m: FoundMention): boolean =>
        person(m) && article.genders.get(m.key) !== gender;
    const antecedent = female
      ? (pronounAntecedent(article, a, k, subjects, found, woman, object) ??
        pronounAntecedent(article, a, k, subjects, found, notMarked('male'), object))
      : pronounAntecedent(article, a, k, subjects, found, male ? notMarked('female') : person, object);
    // "Police charged a 29-year-old man ... He is due in court": an unnamed individual stands between.
    if (antecedent && unnamedPersonBetween(article, a, k, antecedent)) return undefined;
    return make(a, k, k + 1, antecedent);
  }
  if (refs.groupPronouns.has(t.norm) || refs.pluralPronouns.has(t.norm))
    return make(a, k, k + 1, pronounAntecedent(article, a, k, subjects, found, group, object));
  return pairAt(article, a, k, found) ?? description(article, a, k, subjects, found);
}

/**
 * "the two countries", "both leaders", "the two rival governments": a word for two and a plural noun for states or
 * for people stand for the two the text has just named: the nearest sentences (this one before it first) that
 * name two or more of that kind must name exactly two.
 */
function pairAt(article: Article, a: SentenceAnalysis, k: number, found: FoundMention[]): FoundMention | undefined {
  const refs = article.knowledge.lexicon.references;
  const { tokens } = a;
  let j = tokens[k]!.norm === 'the' ? k + 1 : k;
  if (!refs.pairWords.has(tokens[j]?.norm ?? '')) return undefined;
  j++;
  for (let step = 0; step < 2 && j < tokens.length; step++, j++) {
    if (a.mentionAt[j]! >= 0 || tokens[j]!.cap) return undefined;
    const state = matchPhrase(refs.pairStateWords, tokens, j);
    const person = state ? undefined : matchPhrase(refs.pairPersonWords, tokens, j);
    const party = state || person ? undefined : matchPhrase(refs.pairPartyWords, tokens, j);
    const match = state ?? person ?? party;
    if (!match) continue;
    const type = (m: FoundMention): boolean =>
      state
        ? m.type === 'State' && !m.qualifiesTitle
        : person
          ? m.type === 'Person' && m.kind !== 'reference'
          : ACTOR_TYPES.has(m.type) && m.kind !== 'reference' && m.kind !== 'demonym' && !m.qualifiesTitle;
    const kind = (m: FoundMention): boolean => !m.dateline && !m.personal && type(m);
    // Sentence by sentence back from this one, until two or more are named: exactly two, or it is not clear which.
    const named = [...a.mentions.filter((m) => m.last <= k), ...found].filter(kind);
    for (let back = 1; new Set(named.map((m) => m.key)).size < 2 && back <= REACH; back++)
      named.push(...article.memory.filter((r) => r.sentence === a.sentence.index - back && kind(r.m)).map((r) => r.m));
    const keys = [...new Set(named.map((m) => m.key))];
    if (keys.length !== 2) return undefined;
    return {
      ...referenceTo(
        a,
        k,
        j + match.length,
        named.find((m) => m.key === keys[0])!,
      ),
      alsoKey: keys[1],
    };
  }
  return undefined;
}

/** The people an article marks as women or men by a word right before their name ("Ms.", "spokeswoman", "Mr."). */
function personGenders(analyses: SentenceAnalysis[], knowledge: Knowledge): Map<string, Gender> {
  const { femaleMarkers, maleMarkers } = knowledge.lexicon.references;
  const genders = new Map<string, Gender>();
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Person' || genders.has(m.key)) continue;
      for (let j = m.first - 1; j >= Math.max(0, m.first - 2); j--) {
        const word = a.tokens[j]!.norm;
        const gender = femaleMarkers.has(word) ? 'female' : maleMarkers.has(word) ? 'male' : undefined;
        if (gender) genders.set(m.key, gender);
        if (gender || !a.tokens[j]!.cap) break;
      }
    }
  }
  return genders;
}

/**
 * Whether an unnamed individual ("a 29-year-old man", "an unidentified gunman") is introduced after the antecedent
 * and before the pronoun at token k: in this sentence before it, or in the previous sentence when the antecedent is
 * not in this one. Not an apposition to a person named just before ("Ruiz, a father of three,").
 */
function unnamedPersonBetween(article: Article, a: SentenceAnalysis, k: number, antecedent: FoundMention): boolean {
  const here = a.mentions.find((m) => m.key === antecedent.key && m.last <= k && m.kind !== 'reference');
  if (indefinitePerson(article, a, here ? here.last : 0, k)) return true;
  if (here) return false;
  const previous = article.analyses[a.sentence.index - 1];
  if (!previous || previous.sentence.index !== a.sentence.index - 1) return false;
  const named = previous.mentions.filter((m) => m.key === antecedent.key).at(-1);
  return indefinitePerson(article, previous, named ? named.last : 0, previous.tokens.length);
}

/** "a", "an" and up to three lower-case modifiers before a noun for an unnamed individual, in tokens [from, to). */
function indefinitePerson(article: Article, a: SentenceAnalysis, from: number, to: number): boolean {
  const words = article.knowledge.lexicon.references.unnamedPersonWords;
  const { tokens } = a;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.norm !== 'a' && tokens[k]!.norm !== 'an') continue;
    const before = a.mentions[a.mentionAt[k - 1] ?? -1];
    if (before?.type === 'Person' && a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(','))
      continue;
    for (let j = k + 1; j < Math.min(to, k + 5); j++) {
      if (a.mentionAt[j]! >= 0 || (tokens[j]!.cap && !tokens[j]!.hyphenBefore)) break;
      if (words.has(tokens[j]!.norm) && a.pos[j] === 'NOUN') return true;
    }
  }
  return false;
}

/** A title right after a possessive, over one adjective at most ("its leader", "his former deputy"). */
/** A word for a body's people at token k, or after one modifier ("its staff", "their own soldiers"). */
function membersAfter(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  const words = knowledge.lexicon.references.memberWords;
  for (let j = k; j < Math.min(a.tokens.length, k + 2); j++) {
    if (a.tokens[j]!.cap) return false;
    if (words.has(a.tokens[j]!.norm)) return true;
  }
  return false;
}

function titleAfter(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  for (let j = k; j < Math.min(a.tokens.length, k + 2); j++) {
    if (a.tokens[j]!.cap) return false;
    if (matchPhrase(knowledge.titles, a.tokens, j)) return true;
  }
  return false;
}

/**
 * A pronoun's antecedent: in its own sentence a subject named before it (for "he", "it") or the entity named last
 * (for "him", "them"); else the previous sentence's subject; else what was named in the last few sentences.
 */
function pronounAntecedent(
  article: Article,
  a: SentenceAnalysis,
  k: number,
  subjects: Set<string>,
  found: FoundMention[],
  accept: (m: FoundMention) => boolean,
  object: boolean,
): FoundMention | undefined {
  // Not who is told ("told Reuters its staff ..."): the one a statement is about.
  const here = [...a.mentions, ...found]
    .filter((m) => m.last <= k && accept(m) && !m.dateline && !m.qualifiesTitle && !a.tokens[m.first]!.quoted)
    .filter((m) => a.lemmas[m.first - 1] !== 'tell')
    .sort((x, y) => x.first - y.first);
  // "since General X fired him": not the subject of the verb the pronoun is the object of.
  const own = object ? clauseSubject(a, k) : undefined;
  if (own) here.splice(0, here.length, ...here.filter((m) => m.key !== own.key));
  const subject = here.find((m) => subjects.has(m.key));
  if (object) {
    const other = here.filter((m) => !subjects.has(m.key)).at(-1);
    if (other) return other;
  } else if (subject) return subject;
  if (here.length > 0) return here.at(-1);
  return recent(article, a, accept, !['they', 'them', 'their'].includes(a.tokens[k]!.norm));
}

/** The name right before the verb whose object is at token k ("X fired him", "X has since fired him"), if any. */
function clauseSubject(a: SentenceAnalysis, k: number): FoundMention | undefined {
  let j = k - 1;
  if (a.pos[j] !== 'VERB') return undefined;
  while (j > 0 && ['VERB', 'AUX', 'ADV', 'PART'].includes(a.pos[j - 1] ?? 'X') && a.mentionAt[j - 1]! < 0) j--;
  return a.mentions[a.mentionAt[j - 1] ?? -1];
}

function recent(
  article: Article,
  a: SentenceAnalysis,
  accept: (m: FoundMention) => boolean,
  singular: boolean,
): FoundMention | undefined {
  const recentOnes = article.memory.filter(
    (r) => r.sentence >= a.sentence.index - REACH && accept(r.m) && !r.m.qualifiesTitle,
  );
  const previous = recentOnes.filter((r) => r.sentence === a.sentence.index - 1 && r.subject);
  // "Chile and Peru voted ... It urges": a singular pronoun has no antecedent in a coordinated subject.
  if (singular && new Set(previous.map((r) => r.m.key)).size > 1) return undefined;
  // Else the last subject of the last few sentences (a quotation between has none), else the last name.
  return previous[0]?.m ?? recentOnes.filter((r) => r.subject).at(-1)?.m ?? recentOnes.at(-1)?.m;
}

/** "the group", "the rebel group", "the country", "the government", "police", "the prime minister". */
function description(
  article: Article,
  a: SentenceAnalysis,
  k: number,
  subjects: Set<string>,
  found: FoundMention[],
): FoundMention | undefined {
  const { knowledge } = article;
  const refs = knowledge.lexicon.references;
  const { tokens } = a;
  const determined = DETERMINERS.has(tokens[k]!.norm);
  // "the Denver-based company": the description is the noun phrase after the seat compound.
  const seat = determined ? a.mentions[a.mentionAt[k + 1] ?? -1] : undefined;
  const seated = seat !== undefined && seat.first === k + 1 && isSeatCompound(a, seat);
  const first = seated ? seat.last + 1 : k;
  const start = seated ? first : determined ? k + 1 : k;
  // The noun phrase: lower-case adjectives and nouns, and words joined by hyphens ("the military-backed government").
  let end = start;
  while (
    end < tokens.length &&
    end - start <= MODIFIERS_MAX &&
    a.mentionAt[end]! < 0 &&
    // "fined the company $3 million": a number after the noun is no part of its phrase.
    !(a.pos[end] === 'NUM' && a.pos[end - 1] === 'NOUN' && end > start) &&
    // Lower-case words, a capitalised adjective ("the Himalayan kingdom") or the sentence's first word.
    (!tokens[end]!.cap || end > start || a.pos[end] === 'ADJ' || end === 0 || determined) &&
    (['ADJ', 'NOUN', 'NUM'].includes(a.pos[end] ?? 'X') ||
      tokens[end]!.hyphenBefore ||
      // "Authorities detained ...": a common noun the tagger takes for a name because it opens the sentence.
      (end === 0 && a.pos[end] === 'PROPN' && knowledge.classifyWord(tokens[end]!.norm) === 'common') ||
      // "the Himalayan kingdom", "the Balkan state": a capitalised adjective the tagger takes for a name, before a lower-case noun.
      (determined && end === start && a.pos[end] === 'PROPN' && !tokens[end + 1]?.cap && a.pos[end + 1] === 'NOUN'))
  ) {
    end++;
    // "the organization's reports": the possessor is the description.
    if (tokens[end - 1]!.possessive) break;
  }
  if (end === start) return undefined;
  // "the logistics firm Brell Cargo": a description right before a name introduces it.
  if (a.mentions[a.mentionAt[end] ?? -1]?.type === 'Organisation') return undefined;
  const words = tokens.slice(start, end).map((t) => t.norm);
  const head = words.at(-1)!;
  // "Zimbabwe officials", "MDC officials": a name right before qualifies the phrase, and acts itself.
  const before = a.mentions[a.mentionAt[k - 1] ?? -1];
  if (!determined && before && before.last === k && before.type !== 'Person') return undefined;
  // "the president", "the prosecutor": the person the article gives that title; "the spokesman": the unnamed one.
  const role = determined ? titleEndingAt(a, start, end, knowledge) : undefined;
  if (role) {
    const holder = article.holders.get(role)?.at(-1) ?? article.holders.get(role.split(' ').at(-1)!)?.at(-1);
    const person = holder ? [...article.memory].reverse().find((r) => r.m.key === holder)?.m : undefined;
    const spoke = [...article.memory].reverse().find((r) => r.m.personal?.role === role)?.m;
    if (person ?? spoke) return make(a, first, end, person ?? spoke);
  }
  const within = (accept: (m: FoundMention) => boolean): FoundMention | undefined =>
    pronounAntecedent(article, a, k, subjects, found, accept, false) ?? lastNamed(article, accept);
  // "the election commission", "the ruling party": the body of the state the article is about, named so.
  const body =
    determined || words.some((w) => BARE_ORGANS.has(w))
      ? matchPhrase(knowledge.lexicon.stateBodies, tokens, start)
      : undefined;
  if (body && start + body.length === end && !matchPhrase(refs.stateOrgans, tokens, start)) {
    // "the electoral commission" in a story that names the "National Elections Commission": that body.
    const named = bodyNamedInArticle(article, words);
    if (named) return make(a, first, end, named);
    // "the ruling party" after "Nigeria's ruling party": the body of that state the article named before.
    const suffix = `-${slugify(body.value.name)}`;
    const earlier = [...article.memory].reverse().find((r) => r.m.partOfKey && r.m.key.endsWith(suffix))?.m;
    const owner = earlier?.owner && { ...earlier, key: earlier.partOfKey!, name: earlier.owner.name };
    const state = owner ?? mainState(article, a);
    if (state) return stateBody(a, first, end, state, body.value);
  }
  const kind = organisationKind(head, knowledge);
  if (determined && (refs.organisationWords.has(head) || kind)) {
    const named = (m: FoundMention): boolean =>
      m.type === 'Organisation' && m.kind !== 'reference' && nameWords(m.name).includes(head);
    const militant = words.some((w) => MILITANT_WORDS.has(w) || w === 'rebel' || w === 'militant');
    const generic = (m: FoundMention): boolean =>
      m.type === 'Organisation' && m.kind !== 'demonym' && !m.personal && genericTarget(m, militant, knowledge);
    const armed = (m: FoundMention): boolean => knowledge.entries.get(m.key)?.kind === 'armed group';
    const org =
      lastNamed(article, named, a) ??
      (refs.genericOrganisationWords.has(head)
        ? ((militant ? lastNamed(article, armed, a) : undefined) ?? within(generic))
        : undefined) ??
      (kind ? within(kind) : undefined);
    if (org) return make(a, first, end, org);
  }
  if (determined && refs.stateWords.has(head) && tokens[end]?.norm !== 'of')
    return make(a, first, end, mainState(article, a));
  // Unnamed organs of a state: "the government", "police", "authorities".
  let organ = false;
  for (let j = start; j < end && !organ; j++) {
    const match = matchPhrase(refs.stateOrgans, tokens, j);
    organ = match !== undefined && j + match.length === end;
  }
  // "the government of Chile", "police in Chile": the state named after "of" or "in".
  const ofState = ['of', 'in'].includes(tokens[end]?.norm ?? '') ? a.mentions[a.mentionAt[end + 1] ?? -1] : undefined;
  if (organ && ofState?.type === 'State') return make(a, first, end, ofState);
  if (organ && (determined || words.some((w) => BARE_ORGANS.has(w))))
    return make(a, first, end, speakerState(article, a, k) ?? mainState(article, a));
  return undefined;
}

/**
 * What a description of a business ("the company", "the drugmaker") or a public body ("the regulator") may point
 * at: an organisation named in the article whose name holds a word of a public or civic body, or not.
 */
function organisationKind(head: string, knowledge: Knowledge): ((m: FoundMention) => boolean) | undefined {
  const refs = knowledge.lexicon.references;
  const company = refs.companyWords.has(head);
  if (!company && !refs.publicBodyWords.has(head)) return undefined;
  return (m) => {
    if (m.type !== 'Organisation' || m.kind === 'demonym' || m.personal) return false;
    const entry = knowledge.entries.get(m.key);
    const publicBody = nameWords(m.name).some((w) => refs.publicBodyHeads.has(w)) || m.partOfKey !== undefined;
    return company ? !publicBody && (!entry || entry.kind === 'media') : publicBody && !entry?.kind;
  };
}

/** An organisation a generic description may point at: no outlet or state body; an armed group for "the rebels". */
function genericTarget(m: FoundMention, militant: boolean, knowledge: Knowledge): boolean {
  const entry = knowledge.entries.get(m.key);
  if (m.partOfKey || entry?.kind === 'media' || (entry?.country && !entry.kind)) return false;
  if (knowledge.lexicon.organisationHeads.has(m.name.split(' ').at(-1)!.toLowerCase()) && militant) return !entry;
  return militant ? entry?.kind === 'armed group' || !entry : true;
}

/** The last mention the article has made that fits, in this sentence (before `a`'s reference) or earlier. */
function lastNamed(
  article: Article,
  accept: (m: FoundMention) => boolean,
  a?: SentenceAnalysis,
): FoundMention | undefined {
  const here = a ? a.mentions.filter((m) => accept(m)).at(-1) : undefined;
  return here ?? [...article.memory].reverse().find((r) => accept(r.m))?.m;
}

/**
 * The state the article names most so far (the first named on a tie); in its first sentence that names one, the
 * state that sentence names ("Rebels in X accuse the government").
 */
function mainState(article: Article, a?: SentenceAnalysis): FoundMention | undefined {
  let best: { count: number; first: number; m: FoundMention } | undefined;
  for (const s of article.states.values())
    if (!best || s.count > best.count || (s.count === best.count && s.first < best.first)) best = s;
  return best?.m ?? a?.mentions.find((m) => m.type === 'State' && m.kind !== 'reference' && !m.dateline);
}

/**
 * The one state the subject before token k speaks for ("Ugandan Foreign Minister X said the government ..."): a state,
 * a person holding a state's title, or a body of a state. Unnamed organs after it are that state's, whatever state the
 * article names most.
 */
function speakerState(article: Article, a: SentenceAnalysis, k: number): FoundMention | undefined {
  const keys = new Set<string>();
  for (const m of initialSubject(a)) {
    if (m.last > k) continue;
    const key =
      m.type === 'State'
        ? m.key
        : m.type === 'Person'
          ? m.title?.ownerKey
          : m.type === 'Organisation'
            ? m.partOfKey
            : undefined;
    if (key?.startsWith('state:')) keys.add(key);
    else return undefined;
  }
  if (keys.size !== 1) return undefined;
  const key = [...keys][0]!;
  return a.mentions.find((m) => m.key === key && m.type === 'State') ?? article.states.get(key)?.m;
}

/** How many letters of a word a body's name must share with a description's word ("electoral", "Elections"). */
const STEM = 5;

/**
 * The one organisation the article names, anywhere, whose name holds every word of a description of a state's body
 * ("electoral commission": the "National Elections Commission"); an international body the gazetteer holds never.
 */
function bodyNamedInArticle(article: Article, words: string[]): FoundMention | undefined {
  const stem = (w: string): string => w.slice(0, STEM);
  const wanted = words.filter((w) => !DETERMINERS.has(w)).map(stem);
  const found = new Map<string, FoundMention>();
  for (const a of article.analyses)
    for (const m of a.mentions) {
      if (m.type !== 'Organisation' || m.kind !== 'name' || !/^\p{Lu}/u.test(a.sentence.text.slice(m.start))) continue;
      const entry = article.knowledge.entries.get(m.key);
      if (entry && entry.country === undefined) continue;
      const own = new Set(nameWords(m.name).map(stem));
      if (wanted.every((w) => own.has(w))) found.set(m.key, m);
    }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** The role of a title that ends the phrase [start, end) ("prime minister"), lower case, if any. */
function titleEndingAt(a: SentenceAnalysis, start: number, end: number, knowledge: Knowledge): string | undefined {
  for (let j = start; j < end; j++) {
    const title = matchPhrase(knowledge.titles, a.tokens, j);
    if (title && j + title.length === end) return title.value.role?.toLowerCase();
  }
  return undefined;
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}]+/u);
}

function referenceTo(a: SentenceAnalysis, first: number, last: number, target: FoundMention): FoundMention {
  return {
    key: target.key,
    type: target.type,
    name: target.name,
    kind: 'reference',
    first,
    last,
    start: a.tokens[first]!.start,
    end: a.tokens[last - 1]!.end,
    ...(target.partOfKey && { partOfKey: target.partOfKey }),
    ...(target.basedOnly && { basedOnly: true }),
    ...(target.personal && { personal: target.personal }),
  };
}

/** A state's body named by its description only: an organisation of its own, named "<body> of <state>". */
function stateBody(
  a: SentenceAnalysis,
  first: number,
  last: number,
  state: FoundMention,
  body: { name: string; relation: string },
): FoundMention {
  const start = DETERMINERS.has(a.tokens[first]!.norm) ? first + 1 : first;
  return {
    key: `org:${state.key.split(':').slice(1).join('-')}-${slugify(body.name)}`,
    type: 'Organisation',
    name: `${body.name} of ${state.name}`,
    kind: 'name',
    first: start,
    last,
    start: a.tokens[start]!.start,
    end: a.tokens[last - 1]!.end,
    partOfKey: state.key,
    ...(body.relation === 'BASED_IN' && { basedOnly: true }),
  };
}

function make(
  a: SentenceAnalysis,
  first: number,
  last: number,
  target: FoundMention | undefined,
): FoundMention | undefined {
  return target ? referenceTo(a, first, last, target) : undefined;
}
