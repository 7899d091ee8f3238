/*
 * Relations between entities, each with its sentence:
 * - titles: "Russian President Vladimir Putin" -> LEADER_OF; "spokesperson John Kirby" -> OFFICIAL_OF;
 *   appositions: "Jeffrey Smith, a director at the X Institute" -> OFFICIAL_OF;
 * - membership: "a permanent member of the UN Security Council" -> MEMBER_OF;
 * - alliance and cooperation cues between two actors ("ties between A and B", "A-B alliance",
 *   "its <demonym> ally") -> ALLIED_WITH / COOPERATES_WITH; adversary cues -> OPPOSES;
 * - state media and bodies: "Pyongyang's Korean Central News Agency" -> AFFILIATED_WITH,
 *   "Russian Defense Ministry" -> PART_OF; places tied to a state -> LOCATED_IN.
 */
import type { RelationType } from '../contract.ts';
import type { Knowledge, TitleInfo } from './knowledge.ts';
import type { ArticleMentions, FoundMention, SentenceAnalysis } from './mentions.ts';
import { isCompoundModifier, namesOnly } from './mentions/types.ts';
import type { LocalRelation } from './types.ts';
import { findPhrase, matchPhrase } from './tokenize.ts';
import { isActorMention } from './participants.ts';
import { articleState, titleOwners, type RelationContext } from './relations/context.ts';
import { lawyerRelation, peopleRelations } from './relations/people.ts';
import { placeRelations } from './relations/places.ts';
import { bodyAfter, ownershipRelations } from './relations/ownership.ts';
import { articleCourt, factRelations } from './relations/facts.ts';
import { stateDivisions, stateOrgans } from './relations/organs.ts';

const APPOSITION_WINDOW = 12;

/** What a title says of the person it introduces: the relation, the body or state it belongs to, and the role. */
interface TitledOwner {
  relation: RelationType;
  owner: FoundMention;
  role: string | undefined;
}

/** Lower-case words that may stand between a possessive and a title ("X's former chief executive"). */
const TITLE_MODIFIERS = 2;

/**
 * "China's ambassador, Zhang Jun,", "its former chief executive, X,", "X's lawyer, Y": a title right before the
 * person and a comma, owned by the possessive (a name, a demonym or a possessive pronoun) before it and its modifiers.
 */
function possessiveTitleBefore(a: SentenceAnalysis, m: FoundMention, knowledge: Knowledge): TitledOwner | undefined {
  const { tokens, mentions, mentionAt } = a;
  // Over a title of the name itself ("its chief executive, Dr Ana Ruiz", "a spokesman, Colonel X").
  const titled =
    m.title !== undefined &&
    m.title.first < m.first &&
    !/,/.test(a.sentence.text.slice(tokens[m.first - 1]!.end, m.start));
  const first = titled ? m.title!.first : m.first;
  const start = tokens[first]!.start;
  if (first < 2 || !/^,\s*$/.test(a.sentence.text.slice(tokens[first - 1]!.end, start))) return undefined;
  // "managing director": the longest title that ends at the name, not "director".
  for (let k = Math.max(0, first - 4); k < first; k++) {
    const title = matchPhrase(knowledge.titles, tokens, k);
    if (!title || k + title.length !== first) continue;
    const relation = title.value.relation ?? lawyerRelation(title.value);
    if (!relation) continue;
    let j = k - 1;
    while (j > k - 1 - TITLE_MODIFIERS && mentionAt[j]! < 0 && a.pos[j] === 'ADJ' && !tokens[j]!.cap) j--;
    // "the AIU, whose head, X,": the body before the relative pronoun.
    if (
      tokens[j]?.norm === 'whose' &&
      /^,\s*$/.test(a.sentence.text.slice(tokens[j - 1]?.end ?? 0, tokens[j]!.start))
    ) {
      const body = mentions[mentionAt[j - 1] ?? -1];
      const fits = body && isParty(body) && relation !== 'LAWYER_OF' && body.key !== m.key;
      return fits ? { relation, owner: body, role: title.value.role ?? undefined } : undefined;
    }
    const owner = mentions[mentionAt[j] ?? -1];
    if (!owner || owner.last !== j + 1) return undefined;
    const possessive =
      tokens[owner.last - 1]!.possessive ||
      owner.kind === 'demonym' ||
      // "a Hamas military spokesman, X": a body's name used as a modifier.
      (owner.type === 'Organisation' && owner.kind === 'name') ||
      // "its chief executive": a pronoun for an organisation (one for a state may stand for an unnamed body of it,
      // "the opposition party says its leader").
      (owner.kind === 'reference' &&
        owner.type !== 'State' &&
        ['its', 'his', 'her', 'their'].includes(tokens[owner.first]!.norm));
    const fits = relation === 'LAWYER_OF' ? owner.type === 'Person' : isParty(owner);
    return possessive && fits && owner.key !== m.key
      ? { relation, owner, role: title.value.role ?? undefined }
      : undefined;
  }
  return undefined;
}

/**
 * "The X Party, whose leader Y was arrested,": a title right after "whose" and right before the name (no commas
 * around it) belongs to the body named before the comma.
 */
function whoseTitle(a: SentenceAnalysis, m: FoundMention): TitledOwner | undefined {
  const { tokens, mentions, mentionAt } = a;
  const title = m.title;
  if (!title || title.first >= m.first || title.ownerKey) return undefined;
  const whose = title.first - 1;
  if (whose < 2 || tokens[whose]!.norm !== 'whose') return undefined;
  if (/,/.test(a.sentence.text.slice(tokens[title.first]!.start, m.start))) return undefined;
  if (!/^,\s*$/.test(a.sentence.text.slice(tokens[whose - 1]!.end, tokens[whose]!.start))) return undefined;
  const body = mentions[mentionAt[whose - 1] ?? -1];
  const relation = title.info.relation ?? lawyerRelation(title.info);
  if (!body || !isParty(body) || body.kind === 'demonym' || !relation || relation === 'LAWYER_OF') return undefined;
  return { relation, owner: body, role: title.info.role ?? undefined };
}

/** How many lower-case words may stand between "the country's" and the noun for a body ("largest opposition party"). */
const COUNTRY_BODY_REACH = 4;

/** Whether tokens k, k + 1 read "the country's" or "the nation's" (relations.yaml countryNouns). */
function countryPossessive(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  const word = a.tokens[k + 1];
  return (
    a.tokens[k]?.norm === 'the' &&
    word !== undefined &&
    word.possessive &&
    knowledge.relationCues.countryNouns.has(word.norm) &&
    a.mentionAt[k + 1]! < 0
  );
}

/**
 * The relation "the country's" gives a name to the state the article reports from: a person's title in an apposition
 * after the name ("X, the country's interior minister,") or set off by commas before it ("the country's interior
 * minister, X,"), and a body's noun in an apposition ("the X Party, the country's largest opposition party,": based
 * there; "the X Service, the country's spy agency,": an organ of it).
 */
function countryRelation(a: SentenceAnalysis, m: FoundMention, knowledge: Knowledge): RelationType | undefined {
  const { tokens } = a;
  // A comma, maybe after a bracketed acronym's closing bracket ("the X Party (XP), the country's ...").
  const comma = (k: number): boolean => /^\)?,\s*$/.test(a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  // The title after "the country's", over lower-case adjectives, and the token after it.
  const titleAt = (k: number): { info: TitleInfo; end: number } | undefined => {
    while (k < tokens.length && a.pos[k] === 'ADJ' && !tokens[k]!.cap && !matchPhrase(knowledge.titles, tokens, k)) k++;
    const title = matchPhrase(knowledge.titles, tokens, k);
    return title ? { info: title.value, end: k + title.length } : undefined;
  };
  const office = (info: TitleInfo): RelationType | undefined =>
    info.relation ?? (lawyerRelation(info) ? 'OFFICIAL_OF' : undefined);
  if (m.type === 'Person') {
    if (m.last + 2 < tokens.length && comma(m.last) && countryPossessive(a, m.last, knowledge)) {
      const title = titleAt(m.last + 2);
      if (title) return office(title.info);
    }
    for (let k = m.first - 3; k >= Math.max(0, m.first - 3 - TITLE_MODIFIERS - 2); k--) {
      if (!countryPossessive(a, k, knowledge)) continue;
      const title = titleAt(k + 2);
      return title?.end === m.first && comma(m.first) ? office(title.info) : undefined;
    }
    return undefined;
  }
  if (m.type !== 'Organisation' || m.kind !== 'name' || m.last + 2 >= tokens.length || !comma(m.last)) return undefined;
  if (!countryPossessive(a, m.last, knowledge)) return undefined;
  const { partyHeads, stateOrganHeads } = knowledge.relationCues;
  for (let k = m.last + 2; k < Math.min(tokens.length, m.last + 2 + COUNTRY_BODY_REACH); k++) {
    if (tokens[k]!.cap || a.mentionAt[k]! >= 0 || a.pos[k] === 'VERB') return undefined;
    const closes = !tokens[k + 1] || /^\s*[,;.)]/.test(a.sentence.text.slice(tokens[k]!.end));
    if (!closes) continue;
    const noun = tokens[k]!.norm;
    if (partyHeads.has(noun)) return 'BASED_IN';
    if (stateOrganHeads.has(noun)) return 'PART_OF';
    return matchPhrase(knowledge.lexicon.organisationNouns, tokens, k) ? 'BASED_IN' : undefined;
  }
  return undefined;
}

/**
 * A title's relation to the state or body qualifying it: "U.S. Attorney X" is an official of the state, "Acme lawyer
 * X" or "Acme counsel X" acts for the body.
 */
function officeOf(info: TitleInfo, ownerKey: string, knowledge: Knowledge): RelationType | undefined {
  if (info.relation) return info.relation;
  const stateOwned = ownerKey.startsWith('state:') || knowledge.entries.get(ownerKey)?.type === 'State';
  const lawyer = lawyerRelation(info);
  return lawyer && stateOwned ? 'OFFICIAL_OF' : lawyer;
}

/** How many words may open an apposition before its noun of a part ("a wholly owned subsidiary of"). */
const PART_REACH = 4;

/** "Y, a subsidiary of X", "Y, the local unit of X": the organisation X that Y is a part of. */
function partOfApposition(a: SentenceAnalysis, m: FoundMention, knowledge: Knowledge): FoundMention | undefined {
  const { tokens, mentionAt } = a;
  if (!/^,\s*$/.test(a.sentence.text.slice(m.end, tokens[m.last]?.start ?? m.end))) return undefined;
  for (let k = m.last; k < Math.min(tokens.length, m.last + PART_REACH); k++) {
    if (mentionAt[k]! >= 0) return undefined;
    if (!knowledge.relationCues.partWords.has(tokens[k]!.norm)) continue;
    if (tokens[k + 1]?.norm !== 'of') return undefined;
    // "a subsidiary of the Shandong-based X".
    const whole = bodyAfter(a, k + 2);
    return whole && whole.key !== m.key ? whole : undefined;
  }
  return undefined;
}

/** How far before "led by" the body it describes is looked for ("the X Front, an armed group led by"). */
const LED_BY_REACH = 8;

/** "The RSF, led by X", "the X Front, a militia founded by X": the body named before "led by" or "founded by". */
function ledOrFoundedBy(
  a: SentenceAnalysis,
  m: FoundMention,
): { relation: RelationType; body: FoundMention } | undefined {
  const { tokens, mentions, mentionAt } = a;
  // Over the name's title and what qualifies it: "led by Portuguese MEP X".
  let first = m.title && m.title.first < m.first ? m.title.first : m.first;
  const qualifier = mentions[mentionAt[first - 1] ?? -1];
  if (first < m.first && qualifier?.qualifiesTitle) first = qualifier.first;
  const verb = tokens[first - 2]?.norm ?? '';
  if (!['led', 'headed', 'founded'].includes(verb) || tokens[first - 1]?.norm !== 'by') return undefined;
  for (let k = first - 3; k >= Math.max(0, first - 2 - LED_BY_REACH); k--) {
    const body = mentions[mentionAt[k]!];
    if (!body) {
      if (a.pos[k] === 'VERB' || a.pos[k] === 'AUX') return undefined;
      continue;
    }
    if (!isParty(body) || body.dateline) return undefined;
    // "The EU observer mission, led by X": the body names what X leads, a part of it.
    const next = tokens[body.last];
    const part =
      verb !== 'founded' &&
      next !== undefined &&
      body.last < first - 2 &&
      !next.cap &&
      a.pos[body.last] === 'NOUN' &&
      !/[,;]/.test(a.sentence.text.slice(tokens[body.last - 1]!.end, next.start));
    return { relation: verb === 'founded' ? 'FOUNDER_OF' : part ? 'OFFICIAL_OF' : 'LEADER_OF', body };
  }
  return undefined;
}

/** How many lower-case words may stand between a possessive and a noun for a rival ("his nearest rival"). */
const RIVAL_MODIFIERS = 2;

/**
 * The possessor of a rival noun ending right before token `end`: "his nearest rival", "Y's main challenger", "her
 * arch-rival" (relations.yaml rivalNouns), over lower-case modifiers; a person, or a party named (not a demonym).
 */
function rivalPossessor(a: SentenceAnalysis, end: number, knowledge: Knowledge): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  const noun = tokens[end - 1];
  if (!noun || noun.cap || !knowledge.relationCues.rivalNouns.has(noun.norm) || mentionAt[end - 1]! >= 0)
    return undefined;
  let k = end - 2;
  while (k >= 0 && k > end - 2 - RIVAL_MODIFIERS && mentionAt[k]! < 0 && !tokens[k]!.cap && !tokens[k]!.possessive) {
    // "arch-rival": the word joined to the noun by a hyphen.
    if (a.pos[k] !== 'ADJ' && !tokens[k + 1]!.hyphenBefore) break;
    k--;
  }
  const owner = mentions[mentionAt[k] ?? -1];
  if (!owner || owner.last !== k + 1 || !rivalParty(owner)) return undefined;
  const possessive =
    tokens[k]!.possessive || (owner.kind === 'reference' && ['his', 'her', 'their', 'its'].includes(tokens[k]!.norm));
  return possessive ? owner : undefined;
}

/** Who may be a rival: a person, or a state or body named (not a demonym, not a role reference). */
function rivalParty(m: FoundMention | undefined): m is FoundMention {
  return m !== undefined && (m.type === 'Person' || isParty(m)) && m.kind !== 'demonym' && m.kind !== 'role';
}

/**
 * A rival a name is said to be: "his nearest rival, X", "her arch-rival X" before the name, or "X, her main rival," in
 * an apposition after it.
 */
function rivalOf(a: SentenceAnalysis, m: FoundMention, knowledge: Knowledge): FoundMention | undefined {
  const { tokens } = a;
  // Over the name's own title ("his nearest rival, former military ruler X").
  let first = m.title && m.title.first < m.first ? m.title.first : m.first;
  // "its main challenger, the X Party".
  if (tokens[first - 1]?.norm === 'the') first--;
  const gap = (k: number): string => a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  const before = first > 1 && /^,?\s*$/.test(gap(first)) ? rivalPossessor(a, first, knowledge) : undefined;
  if (before) return before;
  if (!/^,\s*$/.test(a.sentence.text.slice(m.end, tokens[m.last]?.start ?? m.end))) return undefined;
  for (let end = m.last + 2; end <= Math.min(tokens.length, m.last + 2 + RIVAL_MODIFIERS); end++) {
    const closes = end === tokens.length || /^\s*[,;.)]/.test(a.sentence.text.slice(tokens[end - 1]!.end));
    if (closes) return rivalPossessor(a, end, knowledge);
  }
  return undefined;
}

/** "X is running against Y" (relations.yaml rivalPhrases): the subject and the person or party after the phrase. */
function runningAgainst(a: SentenceAnalysis, knowledge: Knowledge, add: Add): void {
  const { tokens, mentions, mentionAt } = a;
  const cue = findPhrase(knowledge.relationCues.rivalPhrases, tokens);
  if (!cue) return;
  let after = cue.index + cue.length;
  // Over the rival's title ("running against President X").
  while (after < tokens.length && mentionAt[after]! < 0 && a.titleAt[after]) after++;
  const other = mentions[mentionAt[after] ?? -1];
  let subject: FoundMention | undefined;
  for (let k = cue.index - 1; k >= 0 && !subject; k--) {
    if (/[,;:"“”]/.test(a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    const m = mentions[mentionAt[k]!];
    if (m) {
      if (!rivalParty(m)) break;
      subject = m;
    }
  }
  if (subject && rivalParty(other) && subject.key !== other.key)
    add('OPPOSES', subject.key, other.key, a.sentence.index);
}

function isParty(m: FoundMention): boolean {
  return (m.type === 'State' || m.type === 'Organisation') && m.kind !== 'role';
}

/**
 * Whether a name is a political party's or movement's: its head (the word before "of", else the last word) is a
 * party's noun ("Bangladesh Nationalist Party", "Movement for Democratic Change of X").
 */
function politicalParty(name: string, knowledge: Knowledge): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  return knowledge.relationCues.partyHeads.has(words[of > 0 ? of - 1 : words.length - 1] ?? '');
}

/** Offices held in a place ("governor", "mayor", "administrator"): a leader title held there or no state's. */
function localOffice(info: TitleInfo): boolean {
  return info.relation === 'LEADER_OF' && (info.held === 'place' || info.role === 'Administrator');
}

/** "Member of" read as a title in an apposition ("Name, a member of the X Party"). */
const MEMBER: TitleInfo = { role: 'Member', relation: 'MEMBER_OF' };

/**
 * What an apposition after a person says of them: a title and the body or state it belongs to ("Name, a director at
 * the X Center", "Name, Chile's energy minister", "Name, a X Party senator", "Name, a member of the X Party"), or
 * whom a lawyer acts for ("Name, a lawyer for Y"); the body may be named by a description ("Name, the group's
 * leader", "a spokesman for the company"). A title that names no office of a body (senator, lawmaker) makes its holder
 * a member of the organisation it is attached to.
 */
function apposition(a: SentenceAnalysis, m: FoundMention, knowledge: Knowledge): TitledOwner | undefined {
  const { tokens, mentions, mentionAt } = a;
  let owner: FoundMention | undefined;
  let title: { value: TitleInfo; length: number } | undefined;
  for (let k = m.last; k < Math.min(tokens.length, m.last + APPOSITION_WINDOW); k++) {
    // "Name, chairman of the X Party": a title read as a reference to the body is the apposition's title.
    const found = mentions[mentionAt[k]!];
    const other = found?.kind === 'reference' && matchPhrase(knowledge.titles, tokens, k) ? undefined : found;
    // "Name, a commander of the Iran-linked group X": a party named only as a compound's modifier owns no title.
    if (other && other !== m && isCompoundModifier(a, other)) {
      k = other.last - 1;
      continue;
    }
    if (other && other !== m) {
      const attributive = !title && isParty(other) && matchPhrase(knowledge.titles, tokens, other.last) !== undefined;
      const client = title && other.type === 'Person' && lawyerRelation(title.value) !== undefined;
      // "Name, the governor of X province": a local office of a place.
      const local =
        title !== undefined && other.type === 'Place' && other.kind !== 'reference' && localOffice(title.value);
      if (
        (isParty(other) || client || local) &&
        (title || attributive || tokens[other.last - 1]!.possessive || other.kind === 'demonym')
      )
        owner = owner ?? other;
      // "a correspondent for the French daily X": the demonym describes the body named after it.
      const described = title && owner?.kind === 'demonym' && owner === other ? describedAfter(a, other) : undefined;
      if (described) owner = described;
      if (title && owner) break;
      k = other.last - 1;
      continue;
    }
    // "Name, told reporters the company ...": a verb right after the comma opens a clause, no apposition.
    if (k === m.last && a.pos[k] === 'VERB') break;
    const t =
      ['member', 'members'].includes(tokens[k]!.norm) && tokens[k + 1]?.norm === 'of'
        ? { value: MEMBER, length: 2 }
        : matchPhrase(knowledge.titles, tokens, k);
    if (t && !title) {
      title = t;
      k += t.length - 1;
    }
    const gap = a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
    if (/[;.]/.test(gap)) break;
    // "Name, a reporter, was detained by officers of the X": a comma after the title closes the apposition.
    if (title && !owner && /,/.test(gap)) break;
  }
  if (!title || !owner) return undefined;
  const relation =
    title.value.relation ??
    lawyerRelation(title.value) ??
    (owner.type === 'Organisation' && title.value.role ? 'MEMBER_OF' : undefined);
  if (!relation || (owner.type === 'Person' && relation !== 'LAWYER_OF')) return undefined;
  return { relation, owner, role: title.value.role ?? undefined };
}

/** How many lower-case words may stand between a demonym and the body it describes ("the French daily X"). */
const DESCRIBED_REACH = 3;

/** The body a demonym describes: named after it over lower-case words ("French daily X"), if one. */
function describedAfter(a: SentenceAnalysis, demonym: FoundMention): FoundMention | undefined {
  const { tokens } = a;
  for (let k = demonym.last; k < Math.min(tokens.length, demonym.last + DESCRIBED_REACH + 1); k++) {
    const next = a.mentions[a.mentionAt[k]!];
    if (next) return next.type === 'Organisation' && next.kind !== 'demonym' && k > demonym.last ? next : undefined;
    if (
      tokens[k]!.cap ||
      a.pos[k] === 'VERB' ||
      /[,;]/.test(a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start))
    )
      return undefined;
  }
  return undefined;
}

/** Relations stated in an article's sentences. */
export function findRelations(article: ArticleMentions, knowledge: Knowledge): LocalRelation[] {
  const relations: LocalRelation[] = [];
  const add = (type: RelationType, source: string, target: string, sentence: number, detail?: string): void => {
    if (source === target || !source || !target) return;
    // "Swedish journalist X" (an occupation read as membership of the demonym's state): a national of the state.
    const citizen = type === 'MEMBER_OF' && source.startsWith('person:') && target.startsWith('state:');
    relations.push({
      type: citizen ? 'CITIZEN_OF' : type,
      source,
      target,
      ...(detail !== undefined && { detail }),
      evidence: [{ sentence }],
    });
  };
  const guesses: LocalRelation[] = [];
  const ctx: RelationContext = {
    analyses: article.analyses,
    knowledge,
    mainState: articleState(article.analyses, knowledge),
    owners: titleOwners(article.analyses),
    add,
    guess: (type, source, target, sentence, detail) => {
      if (source && target && source !== target)
        guesses.push({ type, source, target, ...(detail !== undefined && { detail }), evidence: [{ sentence }] });
    },
  };
  const court = articleCourt(article.analyses, knowledge);
  article.analyses.forEach((sentence, index) => {
    peopleRelations(ctx, index);
    placeRelations(ctx, sentence);
    ownershipRelations(ctx, sentence);
    factRelations(ctx, index, court);
    // Bodies the gazetteer places inside another ("UN Security Council" is part of the UN).
    for (const m of sentence.mentions) {
      const parent = m.kind !== 'reference' ? knowledge.entries.get(m.key)?.partOf : undefined;
      if (parent) add('PART_OF', m.key, parent, sentence.sentence.index);
    }
  });
  for (const sentence of article.analyses) {
    const a = namesOnly(sentence);
    const s = a.sentence.index;
    const { tokens, mentions, mentionAt } = a;
    for (const m of mentions) {
      // A person named (not a role reference resolved to one).
      const named = m.type === 'Person' && m.kind !== 'role';
      // Titles before a name.
      const office = named && m.title?.ownerKey ? officeOf(m.title.info, m.title.ownerKey, knowledge) : undefined;
      if (office) add(office, m.key, m.title!.ownerKey!, s, m.title!.info.role ?? undefined);
      // Role references resolved to a person: "the Russian leader" -> LEADER_OF Russia.
      if (m.kind === 'role' && m.role) add(m.role.relation, m.key, m.role.ownerKey, s);
      // Apposition: "Name, a director at the X Center", "Name, one of North Korea's top officials".
      if (named && a.sentence.text.slice(m.end, m.end + 2) === ', ') {
        const found = apposition(sentence, m, knowledge);
        if (found) add(found.relation, m.key, found.owner.key, s, found.role);
      }
      // "The RSF, led by X", "the Y Front, an armed group founded by X": the leader or founder of the body before.
      const ledBy = named ? ledOrFoundedBy(a, m) : undefined;
      if (ledBy) add(ledBy.relation, m.key, ledBy.body.key, s);
      // "China's ambassador, Zhang Jun, said", "its former chief executive, X", "X's lawyer, Y": a title before the
      // name, set off by commas, with its owner before it.
      const titled = named ? (possessiveTitleBefore(sentence, m, knowledge) ?? whoseTitle(a, m)) : undefined;
      if (titled) add(titled.relation, m.key, titled.owner.key, s, titled.role);
      // "his nearest rival, X", "X, her arch-rival,".
      const rival =
        named || (m.type === 'Organisation' && m.kind === 'name') ? rivalOf(sentence, m, knowledge) : undefined;
      if (rival && rival.key !== m.key) add('OPPOSES', m.key, rival.key, s);
      // "X, the country's interior minister,", "the Y Party, the country's largest opposition party,".
      const national =
        ctx.mainState && (named || m.type === 'Organisation') ? countryRelation(a, m, knowledge) : undefined;
      if (national) add(national, m.key, ctx.mainState!, s);
      // "Y, a subsidiary of X": a part of the organisation named after "of".
      const whole = m.type === 'Organisation' ? partOfApposition(a, m, knowledge) : undefined;
      if (whole) add('PART_OF', m.key, whole.key, s);
      // Organisations named after a state ("Russian Defense Ministry"); a party so named is only based there.
      if (m.partOfKey)
        add(m.basedOnly || politicalParty(m.name, knowledge) ? 'BASED_IN' : 'PART_OF', m.key, m.partOfKey, s);
      // A state's media or body: "Pyongyang's KCNA", "North Korean state media KCNA".
      // International bodies in the gazetteer (no country) belong to no state ("Algeria's U.N. envoy").
      const international = knowledge.entries.has(m.key) && !knowledge.entries.get(m.key)!.country;
      if (m.type === 'Organisation' && !m.partOfKey && !international) {
        for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
          if (/[,;:"“”]/.test(a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
          const other = mentions[mentionAt[k]!];
          if (other) {
            if (other.type === 'State' && (tokens[other.last - 1]!.possessive || other.kind === 'demonym'))
              add('AFFILIATED_WITH', m.key, other.key, s);
            break;
          }
          if (tokens[k]!.cap) break;
        }
      }
      // "Nerkin Hand in Armenia's southern Syunik province", "Sialkot district of Pakistan's Punjab province".
      if (m.type === 'Place' && m.key.startsWith('place:')) {
        const container = containerOf(a, m, knowledge);
        if (container) add('LOCATED_IN', m.key, container.key, s);
      }
      // Places: "Donetsk and Luhansk, eastern Ukrainian regions", "Kharkiv, Ukraine".
      if (m.type === 'Place' && m.key.startsWith('place:')) {
        let sawComma = false;
        for (let k = m.last; k < Math.min(tokens.length, m.last + 7); k++) {
          const gap = a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start);
          if (gap.includes(',')) sawComma = true;
          const other = mentions[mentionAt[k]!];
          if (other) {
            if (other.type === 'Place') {
              k = other.last - 1;
              continue;
            }
            const nextToken = tokens[other.last];
            const placeNoun = nextToken !== undefined && knowledge.relationCues.placeNouns.has(nextToken.norm);
            // "Kharkiv, Ukraine," but not "Hodeidah, the United Kingdom Maritime agency said": the state closes the phrase.
            const closes = !nextToken || /^\s*[,.;:)]/.test(a.sentence.text.slice(other.end));
            if (other.type === 'State' && sawComma && (placeNoun || (other.kind === 'name' && closes)))
              add('LOCATED_IN', m.key, other.key, s);
            break;
          }
          if (
            !['and', 'or', 'the', 'in', 'eastern', 'western', 'northern', 'southern', 'central', 'an', 'a'].includes(
              tokens[k]!.norm,
            ) &&
            !/ern$/.test(tokens[k]!.norm)
          )
            break;
        }
      }
    }
    findMemberships(a, knowledge, add);
    findPairs(a, knowledge, add);
    runningAgainst(sentence, knowledge, add);
    backing(a, knowledge, add);
  }
  // "Commodore X, a spokesman for the Y": the office the text states outweighs a guess (membership of a party does
  // not: "former Prime Minister X of the Y Party").
  const offices: RelationType[] = ROLE_RANK.filter((type) => type !== 'MEMBER_OF' && type !== 'CITIZEN_OF');
  const stated = new Set(relations.filter((r) => offices.includes(r.type)).map((r) => r.source));
  const all = [...relations, ...guesses.filter((g) => !stated.has(g.source))];
  return oneRolePerPair([...all, ...stateOrgans(ctx, all), ...stateDivisions(ctx, all)]);
}

/** Relations that say what a person is in a body, from the strongest: a pair holds one of them. */
const ROLE_RANK: RelationType[] = [
  'LEADER_OF',
  'FOUNDER_OF',
  'SPOKESPERSON_OF',
  'LAWYER_OF',
  'OFFICIAL_OF',
  'MEMBER_OF',
  'CITIZEN_OF',
];
/** Relations that say where a place or body is, from the strongest. */
const SEAT_RANK: RelationType[] = ['PART_OF', 'BASED_IN', 'LOCATED_IN', 'AFFILIATED_WITH'];

/**
 * "Nordhaven's chief executive, X" read both as a title (LEADER_OF) and as a membership: a pair of entities keeps
 * the strongest role (and the strongest seat) the article gives it, so one fact is not stated twice.
 */
function oneRolePerPair(relations: LocalRelation[]): LocalRelation[] {
  const best = new Map<string, LocalRelation>();
  const rankOf = (type: RelationType): [string, number] | undefined => {
    for (const [name, ranks] of [
      ['role', ROLE_RANK],
      ['seat', SEAT_RANK],
    ] as const)
      if (ranks.includes(type)) return [name, ranks.indexOf(type)];
    return undefined;
  };
  const kept: LocalRelation[] = [];
  for (const r of relations) {
    const rank = rankOf(r.type);
    if (!rank) {
      kept.push(r);
      continue;
    }
    const id = `${rank[0]}|${[r.source, r.target].sort().join('|')}`;
    const known = best.get(id);
    if (!known) {
      best.set(id, r);
      kept.push(r);
    } else if (rank[1] < rankOf(known.type)![1])
      Object.assign(known, { ...r, evidence: [...known.evidence, ...r.evidence] });
    else known.evidence.push(...r.evidence);
  }
  return kept;
}

/**
 * The place or state a place is said to lie in: "<place> [place noun] in|of [the] <place or state>", where a
 * possessive state before the container's name ("Armenia's southern Syunik province") leads to the place after it;
 * or a possessive state right before the place ("Pakistan's Punjab province").
 */
function containerOf(a: SentenceAnalysis, m: FoundMention, knowledge: Knowledge): FoundMention | undefined {
  const { tokens, mentions, mentionAt } = a;
  const at = (k: number): FoundMention | undefined => mentions[mentionAt[k] ?? -1];
  // A possessive state just before, over lower-case modifiers.
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const other = at(k);
    if (other)
      return other.type === 'State' && tokens[other.last - 1]!.possessive && other.kind !== 'demonym'
        ? other
        : undefined;
    if (tokens[k]!.cap || /[,;]/.test(a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
  }
  let k = m.last;
  const head = matchPhrase(knowledge.lexicon.placeHeads, tokens, k);
  if (head) k += head.length;
  if (
    !['in', 'of'].includes(tokens[k]?.norm ?? '') ||
    /[,;]/.test(a.sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start))
  )
    return undefined;
  k++;
  if (tokens[k]?.norm === 'the') k++;
  const container = at(k);
  if (
    !container ||
    container === m ||
    (container.type !== 'Place' && container.type !== 'State') ||
    container.kind === 'demonym'
  )
    return undefined;
  if (container.type === 'State' && tokens[container.last - 1]!.possessive) {
    for (let j = container.last; j < Math.min(tokens.length, container.last + 3); j++) {
      const next = at(j);
      if (next) return next.type === 'Place' ? next : container;
    }
  }
  return container;
}

type Add = (type: RelationType, source: string, target: string, sentence: number, detail?: string) => void;

function findMemberships(a: SentenceAnalysis, knowledge: Knowledge, add: Add): void {
  const { tokens, mentions, mentionAt } = a;
  const cue = findPhrase(knowledge.relationCues.membership, tokens);
  const s = a.sentence.index;
  if (cue) {
    const after = cue.index + cue.length;
    const target = mentions.find((m) => m.first >= after && m.first <= after + 3 && m.type === 'Organisation');
    if (!target) return;
    // The member: named just before "is/are/as a ... member", else the clause's subject after the phrase.
    let source: FoundMention | undefined;
    for (let k = cue.index - 1; k >= Math.max(0, cue.index - 5); k--) {
      const m = mentions[mentionAt[k]!];
      if (m) {
        // "X is a member of the Y Party": a person named is a member too.
        if (isParty(m) || (m.type === 'Person' && m.kind !== 'role' && m.kind !== 'reference')) source = m;
        break;
      }
      // "X and members of Y", "X met members of Y": no apposition nor copula joins the name before to the cue.
      const link = knowledge.relationCues.memberLinks.has(tokens[k]!.norm) || (a.pos[k] === 'ADJ' && !tokens[k]!.cap);
      if (link) continue;
      // "Conversely, as a member of Y, X ...": a comma ends the phrase, whose member is the subject after it.
      if (a.sentence.text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes(',')) break;
      return;
    }
    source ??= mentions.find((m) => m.first >= target.last && isParty(m) && m.kind !== 'demonym');
    if (source) add('MEMBER_OF', source.key, target.key, s);
    return;
  }
  // "..., of which Russia is a permanent member".
  const which = tokens.findIndex((t, k) => t.norm === 'which' && tokens[k - 1]?.norm === 'of');
  const member = tokens.findIndex((t, k) => k > which && (t.norm === 'member' || t.norm === 'members'));
  if (which > 1 && member > which) {
    const target = mentions[mentionAt[which - 2]!];
    // "..., of which X was a member until last year": a person is a member too.
    const source = mentions.find(
      (m) => m.first > which && m.last <= member && (isParty(m) || (m.type === 'Person' && m.kind !== 'role')),
    );
    if (target && source && target.type === 'Organisation') add('MEMBER_OF', source.key, target.key, s);
  }
}

/** How many words may stand between "-backed" and the party it describes ("the Iran-backed Houthi rebels"). */
const BACKED_REACH = 3;

/**
 * "the Iran-backed Houthis", "the al-Qaida-linked group X", "X rebels, backed by Rwanda,", "X, which is linked to
 * Y": the supporter is the party's ally (relations.yaml backingWords).
 */
function backing(a: SentenceAnalysis, knowledge: Knowledge, add: Add): void {
  const { tokens, mentions, mentionAt } = a;
  const party = (k: number, references = false): FoundMention | undefined => {
    const m = mentions[mentionAt[k] ?? -1];
    return m &&
      (m.type === 'State' || m.type === 'Organisation') &&
      (m.kind !== 'reference' || references) &&
      m.kind !== 'role'
      ? m
      : undefined;
  };
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]!.norm;
    if (!knowledge.relationCues.backingWords.has(word)) continue;
    if (tokens[k]!.hyphenBefore) {
      const supporter = party(k - 1);
      let backed: FoundMention | undefined;
      for (let j = k + 1; j <= k + BACKED_REACH && j < tokens.length && !backed; j++) {
        // "the al-Qaida-linked group, which": a description right after the compound names the party too.
        backed = party(j, j === k + 1);
        if (!backed && (tokens[j]!.cap || /[,;]/.test(a.sentence.text.slice(tokens[j - 1]!.end, tokens[j]!.start))))
          break;
      }
      if (supporter && backed && backed.key !== supporter.key)
        add('ALLIED_WITH', supporter.key, backed.key, a.sentence.index);
      continue;
    }
    // "X rebels, backed by Rwanda," and "X, which is backed by Rwanda", "X, which is linked to Y".
    const preposition = tokens[k + 1]?.norm ?? '';
    if (knowledge.relationCues.tieWords.has(word) ? !['to', 'with'].includes(preposition) : preposition !== 'by')
      continue;
    const supporter = party(tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2);
    let j = k - 1;
    while (
      j > 0 &&
      ['is', 'are', 'was', 'were', 'which', 'who', 'also', 'largely', 'heavily', 'reportedly', 'closely'].includes(
        tokens[j]!.norm,
      )
    )
      j--;
    if (j >= 0 && a.pos[j] === 'NOUN' && !tokens[j]!.cap && !party(j)) j--;
    const backed = party(j);
    if (supporter && backed && backed.key !== supporter.key)
      add('ALLIED_WITH', supporter.key, backed.key, a.sentence.index);
  }
}

function findPairs(a: SentenceAnalysis, knowledge: Knowledge, add: Add): void {
  const cues = knowledge.relationCues;
  const s = a.sentence.index;
  const alliance = findPhrase(cues.alliance, a.tokens);
  const cooperation = findPhrase(cues.cooperation, a.tokens);
  const opposition = findPhrase(cues.opposition, a.tokens);
  const parties = a.mentions.filter((m) => isParty(m) && (m.kind !== 'demonym' || !m.qualifiesTitle));
  if (parties.length < 2) return;
  const negative = findPhrase(cues.negativeCues, a.tokens) !== undefined;
  for (const [type, cue] of [
    ['ALLIED_WITH', alliance],
    // "a dispute that has strained ties between A and B": ties turned around are a rivalry.
    [negative ? 'OPPOSES' : 'COOPERATES_WITH', cooperation],
    ['OPPOSES', opposition],
  ] as const) {
    if (!cue) continue;
    const pair = pairFor(a, cue.index, parties);
    if (pair) add(type, pair[0].key, pair[1].key, s);
  }
  supported(a, knowledge, parties, add);
}

/**
 * "Canada and Norway said they supported Peru's decision", "the U.S., which backs Chile's campaign": a verb of support
 * right before a party's possessive makes the subject (and the parties joined to it by "and") that party's allies.
 */
function supported(a: SentenceAnalysis, knowledge: Knowledge, parties: FoundMention[], add: Add): void {
  const { tokens, mentions, mentionAt } = a;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!knowledge.relationCues.supportVerbs.has(tokens[k]!.norm) || tokens[k]!.hyphenBefore) continue;
    const backed = mentions[mentionAt[k + 1] ?? -1];
    if (!backed || !isParty(backed) || backed.kind === 'demonym' || !tokens[backed.last - 1]!.possessive) continue;
    const subject = parties.find((m) => m.kind !== 'demonym' && m.last <= k && isActorMention(m));
    if (!subject) continue;
    const allies = [subject];
    for (let last = subject.last; tokens[last]?.norm === 'and';) {
      const next = mentions[mentionAt[last + 1] ?? -1];
      if (!next || !isParty(next) || next.kind === 'demonym') break;
      allies.push(next);
      last = next.last;
    }
    for (const ally of allies) if (ally.key !== backed.key) add('ALLIED_WITH', ally.key, backed.key, a.sentence.index);
  }
}

function pairFor(
  a: SentenceAnalysis,
  cueIndex: number,
  parties: FoundMention[],
): [FoundMention, FoundMention] | undefined {
  const { tokens, mentions, mentionAt } = a;
  // "between A and B".
  const between = tokens.findIndex((t) => t.norm === 'between');
  if (between >= 0) {
    const first = mentions.find((m) => m.first > between && m.first <= between + 2 && isParty(m));
    if (first && tokens[first.last]?.norm === 'and') {
      const second = mentions.find((m) => m.first > first.last && m.first <= first.last + 2 && isParty(m));
      if (second && second.key !== first.key) return [first, second];
    }
  }
  // "A-B ties", "Russia-North Korea alliance".
  for (const m of parties) {
    const next = tokens[m.last];
    if (next?.hyphenBefore) {
      const other = mentions[mentionAt[m.last]!];
      if (other && isParty(other) && other.key !== m.key && other.last >= cueIndex - 2 && other.last <= cueIndex)
        return [m, other];
    }
  }
  const subject = parties.find((m) => m.kind !== 'demonym' && isActorMention(m));
  // "its North Korean ally", "making Moscow an important alternative ally".
  for (let k = cueIndex - 1; k >= Math.max(0, cueIndex - 4); k--) {
    const m = mentions[mentionAt[k]!];
    if (m) {
      if (isParty(m) && subject && subject.key !== m.key) return [subject, m];
      break;
    }
    // "RSF fighters and allied militias": a coordination, not "its North Korean ally".
    if (['and', 'or'].includes(tokens[k]!.norm)) break;
  }
  // "A has relied on B", "cooperation with B": the subject and the first party after the cue.
  const after = parties.find((m) => m.first > cueIndex && m.first <= cueIndex + 4);
  if (after && subject && subject.first < cueIndex && subject.key !== after.key) return [subject, after];
  const distinct = [...new Map(parties.filter((m) => m.type === 'State').map((m) => [m.key, m])).values()];
  if (distinct.length === 2) return [distinct[0]!, distinct[1]!];
  return undefined;
}
