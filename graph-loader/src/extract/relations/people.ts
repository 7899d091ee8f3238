/*
 * Relations of people, from how the article introduces them:
 * - a title with no state or body before it ("President X", "Military spokesman X", "spokeswoman X"): a leader
 *   title belongs to the state the article is about; another office to the body or state the sentence before
 *   was about (its subject), else to that state; a local office after a place ("Kisumu official X") to the place;
 * - a title, then its body, then the name ("the executive editor of X, Y", "a spokesman for X, Y", "a lawyer for
 *   X, Y"), and a name, then its title and body ("Y, a X campaigner");
 * - "Y of the X" and "X's Y" for an organisation X: Y is a member, as is "Y, who writes (works) for X";
 * - "Y heads X", "Y, who leads X", "X under Y": the leader; "his wife, Y": the spouse; "a U.S. citizen", "dual U.S.-Iranian
 *   citizen": citizenship; "running against Y", "his arch-rival, Y": rivals.
 */
import type { RelationType } from '../../contract.ts';
import type { TitleInfo } from '../knowledge.ts';
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { matchPhrase, type PhraseMatch } from '../tokenize.ts';
import { namesHolding } from '../mentions/article-mentions.ts';
import { subjectBody, type RelationContext } from './context.ts';
import { bodyAfter } from './ownership.ts';

/** Offices held in a place rather than a state ("Kisumu official", "the town's mayor"). */
const LOCAL_ROLES = new Set(['Official', 'Mayor', 'Governor', 'Commissioner', 'Councillor', 'Chief']);
const ORGAN_WORDS = new Set(['military', 'army', 'judiciary', 'government', 'police', 'presidential', 'state']);
const HEAD_VERBS = new Set(['head', 'lead', 'chair', 'run', 'found']);
/** How far after "heads" or "founded" its organisation may be named ("founded the logistics firm X"). */
const HEAD_REACH = 5;
const SPOUSES = new Set(['wife', 'husband', 'spouse']);
const CITIZENS = new Set(['citizen', 'citizens', 'national', 'nationals']);

/** The relations of the people of one sentence. */
export function peopleRelations(ctx: RelationContext, index: number): void {
  const a = ctx.analyses[index]!;
  for (const m of a.mentions) {
    if (m.type !== 'Person' || m.kind === 'role' || m.kind === 'reference') continue;
    unqualifiedTitle(ctx, index, m);
    memberOf(ctx, a, m);
    citizenOf(ctx, a, m);
  }
  titleThenName(ctx, a);
  worksFor(ctx, a);
  heads(ctx, a);
  ruledUnder(ctx, a);
  kin(ctx, a, index);
}

function relationOf(info: TitleInfo): RelationType | undefined {
  return info.relation ?? lawyerRelation(info);
}

/** LAWYER_OF for a lawyer's or an attorney's title, which names no body of its own. */
export function lawyerRelation(info: TitleInfo): RelationType | undefined {
  return info.role === 'Lawyer' || info.role === 'Attorney' ? 'LAWYER_OF' : undefined;
}

/**
 * "President X": the state the article is about; "spokeswoman X", "chief executive X": the body the sentence before
 * was about; "Kisumu official X", "Mayor X" of a place named before: that place (a mayor with no place is left alone).
 */
function unqualifiedTitle(ctx: RelationContext, index: number, m: FoundMention): void {
  const a = ctx.analyses[index]!;
  const title = m.title;
  if (!title || title.ownerKey || !title.info.relation || !title.info.role) return;
  const role = title.info.role;
  const before = a.mentions[a.mentionAt[title.first - 1] ?? -1];
  if (before?.type === 'Place' && before.kind !== 'reference') {
    if (LOCAL_ROLES.has(role) || title.info.held === 'place')
      ctx.add(title.info.relation, m.key, before.key, a.sentence.index, role);
    else if (ctx.mainState) ctx.guess(title.info.relation, m.key, ctx.mainState, a.sentence.index, role);
    return;
  }
  // A person another title places already ("South Korean lawmaker X" ... "Rep. X") needs no guess, nor one whose
  // title a name the article does not know qualifies ("Conservative leader X", "Labour MP X").
  if (before || ctx.owners.has(m.key) || title.info.held === 'place' || unknownQualifier(a, title.first)) return;
  // "ministry spokeswoman X", "police spokesman X": the body named so just before.
  const named = bodyByHeadWord(ctx, index, title.first - 1) ?? describedBody(ctx, a, title.first);
  if (named && named !== m.key) {
    ctx.add(title.info.relation, m.key, named, a.sentence.index, role);
    return;
  }
  // "military spokesman X", "the army's chief of staff X" (not '... against the state," spokesman X').
  const modifier = [title.first - 1, title.first - 2].some(
    (k) =>
      k >= 0 &&
      ORGAN_WORDS.has(a.tokens[k]!.norm) &&
      !/[;:"“”]/.test(a.sentence.text.slice(a.tokens[k]!.end, a.tokens[title.first]!.start)),
  );
  const talkedAbout = subjectBody(ctx.analyses, index - 1, ctx.owners);
  // A state office ("Interior Minister X") belongs to the state or state body just talked about, else to the
  // article's state.
  const stateBefore = talkedAbout && isStateOrBody(ctx, talkedAbout) ? talkedAbout : undefined;
  const owner =
    title.info.relation !== 'LEADER_OF' && title.info.held === 'state'
      ? (stateBefore ?? ctx.mainState)
      : title.info.held === 'state' || modifier
        ? ctx.mainState
        : talkedAbout;
  if (owner && owner !== m.key) ctx.guess(title.info.relation, m.key, owner, a.sentence.index, role);
}

/**
 * Whether a capitalised word that names nothing the article knows stands right before the title at `first`, inside
 * the sentence ("said Conservative leader X"; not "Military spokesman X" opening it).
 */
function unknownQualifier(a: SentenceAnalysis, first: number): boolean {
  const k = first - 1;
  const t = a.tokens[k];
  return (
    k > 0 &&
    t !== undefined &&
    t.cap &&
    !t.possessive &&
    a.mentionAt[k]! < 0 &&
    !a.titleAt[k] &&
    !/[,;:"“”(]/.test(a.sentence.text.slice(t.end, a.tokens[first]!.start))
  );
}

/** A state, or a body the article names as a state's ("Kenya's Interior Ministry"). */
function isStateOrBody(ctx: RelationContext, key: string): boolean {
  if (key.startsWith('state:')) return true;
  return ctx.analyses.some((a) => a.mentions.some((m) => m.key === key && m.partOfKey?.startsWith('state:')));
}

/**
 * "army spokesman X", "the police spokeswoman X": the article's one organisation whose name holds a head of the
 * description before the title ("army": Army, Armed Forces, Military; lexicon.yaml descriptions), if one.
 */
function describedBody(ctx: RelationContext, a: SentenceAnalysis, title: number): string | undefined {
  // Over another title ("army spokesman Colonel X").
  while (title > 0 && a.titleAt[title - 1] && !a.tokens[title - 1]!.cap) title--;
  for (let k = title - 1; k >= Math.max(0, title - 2); k--) {
    const description = matchPhrase(ctx.knowledge.lexicon.descriptions, a.tokens, k);
    if (!description || k + description.length !== title) continue;
    const named = ctx.analyses.flatMap((o) => o.mentions.filter((m) => m.type === 'Organisation' && m.kind === 'name'));
    const holders = new Set(namesHolding(named, description.value).map((m) => m.key));
    return holders.size === 1 ? [...holders][0] : undefined;
  }
  return undefined;
}

/** How many sentences back a body named by its head word ("the ministry") is looked for. */
const HEAD_WORD_REACH = 3;

/**
 * "ministry spokeswoman X" after "Armenia's foreign ministry": the body the article named last whose name holds the
 * lower-case noun at token k ("ministry", "police", "party", "court").
 */
function bodyByHeadWord(ctx: RelationContext, index: number, k: number): string | undefined {
  const noun = ctx.analyses[index]!.tokens[k];
  if (!noun || noun.cap || noun.possessive || !/^\p{Ll}{4,}$/u.test(noun.norm)) return undefined;
  for (let i = index; i >= Math.max(0, index - HEAD_WORD_REACH); i--) {
    const bodies = ctx.analyses[i]!.mentions.filter(
      (o) =>
        o.type === 'Organisation' && o.kind !== 'reference' && o.name.toLowerCase().split(/\s+/).includes(noun.norm),
    );
    if (bodies.length > 0) return bodies.at(-1)!.key;
  }
  return undefined;
}

/**
 * "Peter Pham of the Atlantic Council", "Reuters' Jane Doe": a member of the organisation; "Energy Minister X of
 * Chile": the title's office in the state.
 */
function memberOf(ctx: RelationContext, a: SentenceAnalysis, m: FoundMention): void {
  const { tokens, mentions, mentionAt } = a;
  let k = m.last;
  if (['of', 'from'].includes(tokens[k]?.norm ?? '')) {
    const comma = /,/.test(a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    k++;
    if (tokens[k]?.norm === 'the') k++;
    // "Sheila Mathews of the Dayton-based Mathews Law Group": over a seat and lower-case words that describe the body.
    const named = mentions[mentionAt[k] ?? -1];
    const described = named?.type === 'Organisation' ? undefined : bodyAfter(a, k);
    const org = described?.type === 'Organisation' ? described : named;
    if (org) k = org.first;
    // "Lena Marsh, of the Green Renewal Party, won": set off by commas, the body closes the phrase.
    const closed = !comma || (org !== undefined && /^\s*[,.;)]|^\s*$/.test(a.sentence.text.slice(org.end)));
    if (org?.type === 'Organisation' && org.first === k && closed)
      ctx.add('MEMBER_OF', m.key, org.key, a.sentence.index);
    // "Energy Minister X of Chile": a title whose state comes after the name.
    const office = m.title && !m.title.ownerKey && !comma ? relationOf(m.title.info) : undefined;
    if (org?.type === 'State' && org.first === k && org.kind === 'name' && office)
      ctx.add(office, m.key, org.key, a.sentence.index, m.title?.info.role ?? undefined);
  }
  const owner = mentions[mentionAt[m.first - 1] ?? -1];
  if (owner?.type === 'Organisation' && tokens[owner.last - 1]!.possessive && owner.last === m.first)
    ctx.add('MEMBER_OF', m.key, owner.key, a.sentence.index);
}

/** "a dual U.S.-Iranian citizen", "U.S. citizen X", "X, a citizen of Peru": citizenship of each state named before the word. */
function citizenOf(ctx: RelationContext, a: SentenceAnalysis, m: FoundMention): void {
  const { tokens, mentions, mentionAt } = a;
  const scan = (from: number, to: number): void => {
    for (let k = from; k < Math.min(tokens.length, to); k++) {
      if (!CITIZENS.has(tokens[k]!.norm)) continue;
      // "a citizen of Peru".
      const of = tokens[k + 1]?.norm === 'of' ? mentions[mentionAt[k + 2] ?? -1] : undefined;
      if (of?.type === 'State' && of.kind !== 'reference') ctx.add('CITIZEN_OF', m.key, of.key, a.sentence.index);
      for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
        const state = mentions[mentionAt[j]!];
        if (state?.type === 'State') ctx.add('CITIZEN_OF', m.key, state.key, a.sentence.index);
        else if (!tokens[j]!.hyphenBefore && !['dual', 'a', 'an'].includes(tokens[j]!.norm) && !tokens[j]!.cap) break;
      }
      return;
    }
  };
  // "X, a dual U.S.-Iranian citizen", and "U.S. citizen X".
  if (/^,\s/.test(a.sentence.text.slice(m.end, m.end + 2))) scan(m.last, m.last + 7);
  if (m.title && CITIZENS.has(tokens[m.first - 1]?.norm ?? '')) scan(m.first - 1, m.first);
  const state = demonymCitizen(ctx, a, m);
  if (state) ctx.add('CITIZEN_OF', m.key, state.key, a.sentence.index);
}

/** How many lower-case words may stand between a demonym and its noun for a person ("Kenyan long-distance runner"). */
const CITIZEN_NOUN_REACH = 2;

/**
 * "the Kenyan runner X", "a Kenyan runner, X,", "X, an Azerbaijani journalist": the state of a demonym before a noun
 * for a person (relations.yaml citizenNouns) that names or describes the person.
 */
function demonymCitizen(ctx: RelationContext, a: SentenceAnalysis, m: FoundMention): FoundMention | undefined {
  const { tokens } = a;
  const gapBefore = a.sentence.text.slice(tokens[m.first - 1]?.end ?? m.start, m.start);
  if (m.first > 0 && /^,?\s+$/.test(gapBefore)) {
    const state = demonymBeforeNoun(ctx, a, m.first);
    if (state) return state;
  }
  if (!/^,\s/.test(a.sentence.text.slice(m.end, m.end + 2))) return undefined;
  // "X, an Azerbaijani journalist", "X, a prominent Kenyan runner".
  for (let k = m.last; k < Math.min(tokens.length, m.last + 3); k++) {
    const other = a.mentions[a.mentionAt[k]!];
    if (other) {
      if (other.type !== 'State' || other.kind !== 'demonym') return undefined;
      for (let end = other.last + 1; end <= other.last + 1 + CITIZEN_NOUN_REACH; end++) {
        const state = demonymBeforeNoun(ctx, a, end);
        if (state) return state === other ? state : undefined;
      }
      return undefined;
    }
    if (tokens[k]!.cap || a.pos[k] === 'VERB' || a.pos[k] === 'AUX') return undefined;
  }
  return undefined;
}

/** The demonym's state when a noun for a person ends right before token `end`, after the demonym and modifiers. */
function demonymBeforeNoun(ctx: RelationContext, a: SentenceAnalysis, end: number): FoundMention | undefined {
  const { tokens } = a;
  for (let k = Math.max(0, end - 3); k < end; k++) {
    const noun = matchPhrase(ctx.knowledge.relationCues.citizenNouns, tokens, k);
    if (!noun || k + noun.length !== end) continue;
    for (let j = k - 1; j >= Math.max(0, k - 1 - CITIZEN_NOUN_REACH); j--) {
      const other = a.mentions[a.mentionAt[j]!];
      if (other) {
        // "a pro-Russian blogger" says nothing of a nationality.
        const plain = other.kind === 'demonym' && other.type === 'State' && !tokens[other.first]!.hyphenBefore;
        return plain && other.last === j + 1 ? other : undefined;
      }
      if (tokens[j]!.cap || a.pos[j] === 'VERB' || a.pos[j] === 'AUX' || a.pos[j] === 'DET') return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "the executive editor of The Washington Post, Martin Baron", "a spokesman for X, Y", "A commissioner of X, in Z,
 * Y": a title, its body after "of", "for", "at" or "with", then the name after a comma.
 */
function titleThenName(ctx: RelationContext, a: SentenceAnalysis): void {
  const { tokens, mentions, mentionAt } = a;
  for (let k = 0; k < tokens.length; k++) {
    if (!a.titleAt[k] || a.titleAt[k - 1]) continue;
    const title: PhraseMatch<TitleInfo> | undefined = matchPhrase(ctx.knowledge.titles, tokens, k);
    if (!title) continue;
    let j = k + title.length;
    if (!['of', 'for', 'at', 'with'].includes(tokens[j]?.norm ?? '')) continue;
    j++;
    // The body: the last name of the phrase ("of the Turkish daily Taraf" is Taraf).
    let owner: FoundMention | undefined;
    while (j < tokens.length && !/,/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
      const m = mentions[mentionAt[j]!];
      // "researchers at X said the hackers ..., Y": a clause, not the title's phrase.
      if (!m && a.pos[j] === 'VERB') {
        owner = undefined;
        break;
      }
      if (m && m.kind !== 'demonym') owner = m;
      j = m ? m.last : j + 1;
    }
    // Over one place set off by commas (", in Western Bahr el Ghazal,").
    let person = mentions[mentionAt[j] ?? -1];
    if (person?.type === 'Place' || tokens[j]?.norm === 'in') {
      let e = j;
      while (
        e < tokens.length &&
        !/,/.test(a.sentence.text.slice(tokens[e]!.end, tokens[e + 1]?.start ?? tokens[e]!.end))
      )
        e++;
      person = mentions[mentionAt[e + 1] ?? -1];
    }
    const relation = relationOf(title.value);
    if (!owner || !person || person.type !== 'Person' || !relation) continue;
    if (relation === 'LAWYER_OF' ? owner.type !== 'Person' : owner.type === 'Person') continue;
    ctx.add(relation, person.key, owner.key, a.sentence.index, title.value.role ?? undefined);
  }
}

/** How many words after a verb of working its body may be named ("writes for the Persian-language service of X"). */
const WORK_REACH = 8;

/** "Y, who writes for the X", "Y works for X": Y is a member of the last body named in the verb's phrase. */
function worksFor(ctx: RelationContext, a: SentenceAnalysis): void {
  const { tokens, mentions, mentionAt } = a;
  for (let k = 1; k < tokens.length; k++) {
    const cue = matchPhrase(ctx.knowledge.relationCues.workPhrases, tokens, k);
    if (!cue) continue;
    // The worker: the name right before, or before ", who".
    const before = tokens[k - 1]!.norm === 'who' ? k - 2 : k - 1;
    const worker = mentions[mentionAt[before] ?? -1];
    if (worker?.type !== 'Person' || worker.kind === 'role') continue;
    let body: FoundMention | undefined;
    for (let j = k + cue.length; j < Math.min(tokens.length, k + cue.length + WORK_REACH); j++) {
      if (/[,;:]/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const m = mentions[mentionAt[j]!];
      if (m?.type === 'Organisation' && m.kind !== 'reference') body = m;
      // Over a demonym ("the Russian-language service of the BBC").
      else if ((m && m.kind !== 'demonym') || a.pos[j] === 'VERB') break;
    }
    if (body) ctx.add('MEMBER_OF', worker.key, body.key, a.sentence.index);
  }
}

/** "Y heads the X", "the woman, who heads X", "Y founded X": leadership (or founding) of an organisation. */
function heads(ctx: RelationContext, a: SentenceAnalysis): void {
  const { tokens, mentions, mentionAt } = a;
  for (let k = 1; k < tokens.length; k++) {
    if (a.pos[k] !== 'VERB' || !HEAD_VERBS.has(a.lemmas[k]!)) continue;
    // "founded the logistics firm X": over a determiner and lower-case words that describe the body.
    let j = k + 1;
    while (j < Math.min(tokens.length, k + HEAD_REACH) && mentionAt[j]! < 0 && !tokens[j]!.cap) j++;
    const org = mentions[mentionAt[j] ?? -1];
    if (!org || org.type !== 'Organisation') continue;
    let leader: FoundMention | undefined = mentions[mentionAt[k - 1] ?? -1];
    // "..., who heads": the name before the relative clause, or the person a description before it is set off from
    // ("X, a lawyer who heads"; not "to exile the powerful woman, who heads").
    if (!leader && tokens[k - 1]!.norm === 'who') leader = apposedBefore(a, k - 1);
    if (leader?.type === 'Person')
      ctx.add(a.lemmas[k] === 'found' ? 'FOUNDER_OF' : 'LEADER_OF', leader.key, org.key, a.sentence.index);
  }
}

/** How many words a description may span between a person and "who" ("X, a former senior army officer who"). */
const WHO_REACH = 8;

/**
 * The person "who" at token `who` speaks of: named right before it, or before a comma that sets off the lower-case
 * description or age before it ("X, a lawyer who", "X, 54, who"); none when the description is a verb's object.
 */
function apposedBefore(a: SentenceAnalysis, who: number): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  for (let j = who - 1; j >= Math.max(1, who - WHO_REACH); j--) {
    const m = mentions[mentionAt[j]!];
    if (m) return m;
    if (tokens[j]!.cap || a.pos[j] === 'VERB') return undefined;
    if (/,/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return mentions[mentionAt[j - 1]!];
  }
  return undefined;
}

/** "the USSR under Joseph Stalin", "the party under its new chairman X": the person leads the state or body. */
function ruledUnder(ctx: RelationContext, a: SentenceAnalysis): void {
  const { tokens, mentions, mentionAt } = a;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]!.norm !== 'under') continue;
    const ruled = mentions[mentionAt[k - 1]!];
    if (!ruled || (ruled.type !== 'State' && ruled.type !== 'Organisation') || ruled.kind === 'demonym') continue;
    // The person right after, over a possessive pronoun and titles ("under its new chairman X").
    let j = k + 1;
    while (j < tokens.length && j - k <= 4 && mentionAt[j]! < 0 && (a.titleAt[j] || !tokens[j]!.cap)) j++;
    const leader = mentions[mentionAt[j] ?? -1];
    if (leader?.type === 'Person' && leader.kind !== 'reference')
      ctx.add('LEADER_OF', leader.key, ruled.key, a.sentence.index);
  }
}

/** "together with his wife, Yeganeh Salehi": spouses; "his arch-rival, Y", "running against Y": rivals. */
function kin(ctx: RelationContext, a: SentenceAnalysis, index: number): void {
  const { tokens, mentions, mentionAt } = a;
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]!.norm;
    const spouse = SPOUSES.has(word);
    const rival =
      ctx.knowledge.relationCues.rivalNouns.has(word) ||
      (word === 'against' && ['running', 'ran', 'run', 'runs'].includes(tokens[k - 1]!.norm));
    if (!spouse && !rival) continue;
    // The other person: after the word, over a comma and titles ("his nearest rival, former military ruler, X").
    let other: FoundMention | undefined;
    for (let j = k + 1; j < Math.min(tokens.length, k + 8) && !other; j++) {
      const m = mentions[mentionAt[j]!];
      if (m?.type === 'Person') other = m;
      else if (m) break;
    }
    let self = word === 'against' ? lastPerson(a, k - 1) : lastPerson(a, k);
    // "Her husband, X, said", "His nearest rival, X, won": with no one named before in the sentence, the person the
    // article is about.
    if (!self && other && personalPossessiveBefore(a, k)) self = mainPerson(ctx, index, other.key);
    if (!other || !self || other.key === self.key) continue;
    ctx.add(spouse ? 'SPOUSE_OF' : 'OPPOSES', other.key, self.key, a.sentence.index);
  }
}

/** The person named most often up to sentence `index` (the first named on a tie), other than `except`. */
function mainPerson(ctx: RelationContext, index: number, except: string): FoundMention | undefined {
  const counts = new Map<string, { m: FoundMention; count: number }>();
  for (const a of ctx.analyses.slice(0, index + 1))
    for (const m of a.mentions) {
      if (m.type !== 'Person' || m.key === except || m.kind === 'role') continue;
      const seen = counts.get(m.key) ?? { m, count: 0 };
      seen.count++;
      counts.set(m.key, seen);
    }
  let best: { m: FoundMention; count: number } | undefined;
  for (const c of counts.values()) if (!best || c.count > best.count) best = c;
  return best?.m;
}

/** How many lower-case adjectives may stand between "his" or "her" and a word for kin or a rival ("his nearest rival"). */
const KIN_MODIFIERS = 2;

/**
 * Whether "his" or "her" opens the phrase ending with the word at `k`, over lower-case modifiers (a superlative at a
 * sentence's start may be tagged an adverb: "His nearest rival").
 */
function personalPossessiveBefore(a: SentenceAnalysis, k: number): boolean {
  let j = k - 1;
  while (j > k - 1 - KIN_MODIFIERS && j >= 0 && ['ADJ', 'ADV'].includes(a.pos[j] ?? '') && !a.tokens[j]!.cap) j--;
  return ['his', 'her'].includes(a.tokens[j]?.norm ?? '');
}

function lastPerson(a: SentenceAnalysis, before: number): FoundMention | undefined {
  return a.mentions.filter((m) => m.type === 'Person' && m.last <= before).at(-1);
}
