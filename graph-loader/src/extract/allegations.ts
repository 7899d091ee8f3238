/*
 * Allegations: a sentence that attributes a claim of wrongdoing (a cue: "accused", "is believed to",
 * "reports have emerged", a reporting verb with a hedge or an outright wrongdoing) in a category (arms
 * transfer, war crimes... from data/gazetteer/allegations.yaml). Denials and confirmations set the status of
 * the allegations they answer: one made earlier in the same sentence ("..., an allegation Israel has
 * rejected"), else the ones whose accused include the denier (or the body it speaks for, or whom the denied
 * clause names), else one just made ("rejected the accusations"), else those of the denial's category.
 * Allegations of one category merge within the article when their accused are the same or their allegers
 * overlap; the resolve stage merges them across articles.
 */
import type { Knowledge, PhraseTable } from './knowledge.ts';
import type { FoundMention, SentenceAnalysis } from './mentions.ts';
import type { LocalAllegation } from './types.ts';
import { findPhrase, matchPhrase } from './tokenize.ts';
import { coordinatedSubject, fallbackSubject, isActorMention, objectsAfter, subjectGroup } from './participants.ts';

const CLAIM_MAX = 240;
const THAT = new Set(['that', 'of']);
/** How far back a generic denial ("rejected the accusations") looks for the allegation it answers. */
const GENERIC_DENIAL_REACH = 3;
/** Words between a definite description and a denial verb ("a claim the military has dismissed"). */
const DESCRIPTION_FILLERS = new Set([
  'has',
  'have',
  'had',
  'also',
  'swiftly',
  'quickly',
  'strongly',
  'flatly',
  'repeatedly',
]);

function keys(list: FoundMention[]): string[] {
  return [...new Set(list.map((m) => m.key))];
}

function claimText(a: SentenceAnalysis, from: number): string {
  const start = a.tokens[from]?.start ?? 0;
  const text = a.sentence.text.slice(start).trim();
  return text.length > CLAIM_MAX ? `${text.slice(0, CLAIM_MAX).replace(/\s+\S*$/, '')}…` : text;
}

/** First occurrence of a phrase of `table` in tokens[from, to) outside quotation marks. */
function firstUnquoted<T>(table: PhraseTable<T>, a: SentenceAnalysis, from = 0, to = a.tokens.length) {
  for (let k = from; k < to; k++) {
    const match = findPhrase(table, a.tokens, k, to);
    if (!match) return undefined;
    if (!a.tokens[match.index]!.quoted) return match;
    k = match.index;
  }
  return undefined;
}

/** Entities a mention speaks for: the state or body qualifying its title, the state an organisation belongs to. */
function ownersOf(list: FoundMention[]): string[] {
  return list.flatMap((m) => [m.title?.ownerKey, m.partOfKey].filter((k): k is string => Boolean(k)));
}

interface Statement {
  kind: 'denies' | 'confirms';
  category: string | undefined;
  by: string[];
  /** Who the deniers speak for, and whom the denied clause names. */
  parties: Set<string>;
  /** The states or bodies the deniers speak for. */
  owners: string[];
  /** The denial points back at the allegation just made ("rejected the accusations"). */
  generic: boolean;
  sentence: number;
}

/** The allegation a sentence makes before `limit` (the token where a denial starts), if any. */
function allegationIn(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  limit: number,
  knowledge: Knowledge,
  from = 0,
): LocalAllegation | undefined {
  const cues = knowledge.allegation;
  const keywordMatch = findPhrase(cues.categories, a.tokens, from, limit);
  const keyword = keywordMatch?.value;
  const hedged = findPhrase(cues.hedges, a.tokens) !== undefined;
  const passive = firstUnquoted(cues.passive, a, from, limit);
  const actives: NonNullable<ReturnType<typeof firstUnquoted<true>>>[] = [];
  for (let k = from; k < limit;) {
    const cue = firstUnquoted(cues.active, a, k, limit);
    if (!cue) break;
    actives.push(cue);
    k = cue.index + cue.length;
  }
  // A verb that is an accusation by itself ("accused", "blamed") wins over "condemned" or "described".
  const explicit = actives.find((c) => cues.explicit.has(a.tokens[c.index]!.norm));
  const active = explicit ?? actives[0];
  const reporting = firstUnquoted(cues.reporting, a, from, limit);
  const unnamed = a.tokens.findIndex((t, k) => k >= from && k < limit && cues.unnamed.has(t.norm));
  const category = keyword ?? (explicit ? 'other' : undefined);
  if (!category) return undefined;

  let allegers: FoundMention[] = [];
  let accused: FoundMention[];
  let places: FoundMention[] = [];
  let description: string | undefined;
  let claimFrom: number;
  let stated = false;
  let according: { index: number; source: FoundMention[] } | undefined;
  const subjectOf = (at: number): FoundMention[] => {
    const subject = coordinatedSubject(a, previous, at) ?? subjectGroup(a, at);
    return subject.length > 0 ? subject : fallbackSubject(a, previous, at);
  };
  if (passive && (!active || passive.index < active.index)) {
    accused = subjectGroup(a, passive.index, true);
    if (accused.length === 0) accused = fallbackSubject(a, previous, passive.index);
    const after = objectsAfter(
      a,
      passive.index + passive.length,
      true,
      Math.min(40, limit - passive.index - passive.length),
    );
    allegers = objectsAfter(a, passive.index + passive.length, false, 4).agents;
    accused = [...accused, ...after.objects];
    description =
      allegers.length === 0
        ? a.tokens
            .slice(passive.index, passive.index + passive.length)
            .map((t) => t.text)
            .join(' ')
        : undefined;
    claimFrom = passive.index;
  } else if (
    (active && (keyword || explicit)) ||
    (reporting && (hedged || (cues.outright.has(category) && !a.tokens[keywordMatch!.index]!.quoted)))
  ) {
    // Try the cues in order (an explicit accusation, then the earliest of the others) and keep the first that
    // names both sides ("The army said the RSF had shelled the camp, in what it described as a war crime").
    const candidates = [
      explicit,
      ...[active && (keyword || explicit) ? active : undefined, reporting]
        .filter(Boolean)
        .sort((x, y) => x!.index - y!.index),
    ].filter(
      (c): c is NonNullable<typeof c> => c !== undefined && (c !== reporting || hedged || cues.outright.has(category)),
    );
    let best:
      | { allegers: FoundMention[]; accused: FoundMention[]; places: FoundMention[]; cue: (typeof candidates)[number] }
      | undefined;
    for (const cue of candidates) {
      const from = cue.index + cue.length;
      const after = objectsAfter(a, from, true, Math.min(40, limit - from));
      const option = {
        allegers: subjectOf(cue.index),
        accused: [...after.objects, ...after.agents],
        places: after.locations,
        cue,
      };
      if (option.accused.length > 0 && option.allegers.length > 0) {
        best = option;
        break;
      }
      if (!best || (best.accused.length === 0 && option.accused.length > 0)) best = option;
    }
    ({ allegers, accused, places } = best!);
    stated = true;
    claimFrom = best!.cue.index + best!.cue.length;
    if (allegers.length === 0)
      description = unnamed >= 0 && unnamed < best!.cue.index ? a.tokens[unnamed]!.text : undefined;
  } else if ((according = namedSource(a, from, limit, knowledge)) && (hedged || cues.outright.has(category))) {
    // "Russian forces shelled the city, according to Ukrainian officials": the source named after the cue.
    allegers = according.source;
    accused = a.mentions.filter((m) => m.first >= from && m.last <= according!.index && isActorMention(m, true));
    claimFrom = from;
    stated = true;
  } else if (
    unnamed >= 0 &&
    (hedged ||
      a.tokens.some((t) => t.norm === 'according') ||
      knowledge.lexicon.speechVerbs.has(a.tokens[unnamed + 1]?.norm ?? ''))
  ) {
    // "reports have emerged of ...", "suspicions in the United States that ...", "officials say ...".
    const thatIndex = a.tokens.findIndex((t, k) => k > unnamed && k < limit && THAT.has(t.norm));
    if (thatIndex > unnamed) {
      const between = objectsAfter(a, unnamed + 1, false, thatIndex - unnamed - 1);
      allegers = [...between.objects, ...between.locations.filter((m) => m.type === 'State')];
      const after = objectsAfter(a, thatIndex + 1, true, Math.min(40, limit - thatIndex - 1));
      accused = after.objects;
      places = after.locations;
      claimFrom = thatIndex + 1;
    } else {
      accused = a.mentions.filter((m) => isActorMention(m, true) && m.first > unnamed && m.first < limit);
      if (accused.length === 0) accused = a.mentions.filter((m) => isActorMention(m, true) && m.first < limit);
      claimFrom = unnamed;
    }
    if (allegers.length === 0) description = a.tokens[unnamed]!.text;
  } else {
    return undefined;
  }
  const allegerKeys = keys(allegers);
  // Nobody accuses themselves, nor the state or body they speak for.
  const own = new Set([...allegerKeys, ...ownersOf(allegers)]);
  let accusedKeys = keys(accused).filter((k) => !own.has(k));
  // "political prisoners remain behind bars in Belarus": the accused named only as the place.
  if (accusedKeys.length === 0 && cues.accusedByPlace.has(category))
    accusedKeys = keys(places.filter((m) => m.type === 'State')).filter((k) => !own.has(k));
  if (accusedKeys.length === 0) return undefined;
  return {
    claim: claimText(a, claimFrom),
    category,
    status: 'alleged',
    allegers: allegerKeys,
    ...(description !== undefined && { allegerDescription: description }),
    accused: accusedKeys,
    deniedBy: [],
    confirmedBy: [],
    evidence: [{ sentence: a.sentence.index, stance: 'alleges', by: allegerKeys, ...(stated && { stated }) }],
  };
}

/** Allegations stated across an article's sentences (already merged within the article). */
export function findAllegations(analyses: SentenceAnalysis[], knowledge: Knowledge): LocalAllegation[] {
  const found: LocalAllegation[] = [];
  const statements: Statement[] = [];
  const cues = knowledge.allegation;
  analyses.forEach((a, index) => {
    if (a.mentions.length === 0) return;
    const previous = analyses[index - 1];
    const denial = firstUnquoted(cues.denial, a);
    const confirmation = firstUnquoted(cues.confirmation, a);
    // The claim made before a denial in the sentence; else one the denier goes on to make ("X denied the
    // allegations and accused Y of ...").
    const allegation =
      allegationIn(a, previous, denial?.index ?? a.tokens.length, knowledge) ??
      (denial ? allegationIn(a, previous, a.tokens.length, knowledge, denial.index + denial.length) : undefined);
    if (allegation) found.push(allegation);
    for (const [kind, cue] of [
      ['denies', denial],
      ['confirms', confirmation],
    ] as const) {
      if (!cue) continue;
      const negated = a.tokens.some((t) => cues.negations.has(t.norm));
      if (kind === 'confirms' && negated) continue;
      let by = coordinatedSubject(a, previous, cue.index) ?? subjectGroup(a, cue.index);
      if (by.length === 0) by = fallbackSubject(a, previous, cue.index);
      let byKeys = keys(by);
      // "..., which the group rejected", "a claim the military has dismissed": the accused of the allegation
      // this sentence just made deny it.
      if (byKeys.length === 0 && allegation && kind === 'denies' && describedBefore(a, cue.index))
        byKeys = [...allegation.accused];
      if (byKeys.length === 0) continue;
      const end = cue.index + cue.length;
      const clause = objectsAfter(a, end, true, 20).objects;
      statements.push({
        kind,
        category: (findPhrase(cues.categories, a.tokens, cue.index) ?? findPhrase(cues.categories, a.tokens))?.value,
        by: byKeys,
        parties: new Set([...byKeys, ...ownersOf(by), ...keys(clause)]),
        owners: ownersOf(by),
        generic: matchPhrase(cues.denialObjects, a.tokens, end) !== undefined,
        sentence: a.sentence.index,
      });
    }
  });

  const merged = mergeWithinArticle(found);
  const alleged = (x: LocalAllegation): number[] =>
    x.evidence.filter((e) => e.stance === 'alleges').map((e) => e.sentence);
  for (const statement of statements) {
    // Nobody denies or confirms their own claim.
    const others = merged.filter((x) => !x.allegers.some((k) => statement.by.includes(k)));
    const earlier = others.filter((x) => Math.min(...alleged(x)) <= statement.sentence);
    const overlap = (pool: LocalAllegation[]): LocalAllegation[] =>
      pool.filter((x) => x.accused.some((k) => statement.parties.has(k)));
    const ofCategory = (pool: LocalAllegation[]): LocalAllegation[] =>
      pool.filter((x) => x.category === statement.category);
    const recent = (): LocalAllegation[] =>
      earlier
        .filter((x) =>
          alleged(x).some((s) => s <= statement.sentence && s >= statement.sentence - GENERIC_DENIAL_REACH),
        )
        .sort((x, y) => Math.max(...alleged(y)) - Math.max(...alleged(x)))
        .slice(0, 1);
    // In order: an allegation made earlier in the same sentence; then, for a denial naming a category ("denied
    // any arms transfers"), one of that category against the deniers, or any of that category; otherwise one
    // against the deniers themselves, or the one just made ("rejected the accusations"); last, one against
    // whom the denied clause names.
    const accusedDeniers = (pool: LocalAllegation[]): LocalAllegation[] =>
      pool.filter((x) => x.accused.some((k) => statement.by.includes(k) || statement.owners.includes(k)));
    const sameSentence = (): LocalAllegation[] => others.filter((x) => alleged(x).includes(statement.sentence));
    const choices: (() => LocalAllegation[])[] =
      statement.category === undefined
        ? [
            sameSentence,
            () => accusedDeniers(earlier),
            () => (statement.generic ? recent() : []),
            () => overlap(earlier),
          ]
        : [
            sameSentence,
            () => ofCategory(overlap(earlier)),
            () => ofCategory(overlap(others)),
            () => ofCategory(earlier),
            () => ofCategory(others),
            () => accusedDeniers(earlier),
            () => overlap(earlier),
          ];
    let targets: LocalAllegation[] = [];
    for (const choose of choices) {
      targets = choose();
      if (targets.length > 0) break;
    }
    if (targets.length === 0 && statement.category !== undefined && statement.kind === 'denies') {
      merged.push({
        claim: claimText(
          analyses.find((a) => a.sentence.index === statement.sentence)!,
          0,
        ),
        category: statement.category,
        status: 'denied',
        allegers: [],
        allegerDescription: 'unstated',
        accused: statement.by,
        deniedBy: [],
        confirmedBy: [],
        evidence: [],
      });
      targets.push(merged.at(-1)!);
    }
    for (const target of targets) {
      const list = statement.kind === 'denies' ? target.deniedBy : target.confirmedBy;
      for (const k of statement.by) if (!list.includes(k)) list.push(k);
      target.evidence.push({ sentence: statement.sentence, stance: statement.kind, by: statement.by });
    }
  }
  for (const x of merged) x.status = statusOf(x.deniedBy.length > 0, x.confirmedBy.length > 0);
  return merged;
}

/** A definite description ("the group", "the military") right before the denial verb at `at`. */
function describedBefore(a: SentenceAnalysis, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const t = a.tokens[k]!;
    if (a.mentionAt[k]! >= 0 || t.cap) return false;
    if (t.norm === 'the') return k < at - 1;
    if (!/^\p{Ll}/u.test(t.text) && !DESCRIPTION_FILLERS.has(t.norm)) return false;
  }
  return false;
}

/** "according to <named source>" in tokens[from, limit): the cue's index and the source, if it is named. */
function namedSource(
  a: SentenceAnalysis,
  from: number,
  limit: number,
  knowledge: Knowledge,
): { index: number; source: FoundMention[] } | undefined {
  const cue = firstUnquoted(knowledge.allegation.according, a, from, limit);
  if (!cue) return undefined;
  const after = objectsAfter(a, cue.index + cue.length, true, 4).objects;
  return after.length > 0 && after[0]!.first <= cue.index + cue.length + 2
    ? { index: cue.index, source: after }
    : undefined;
}

/** Status from the statements about a claim. */
export function statusOf(denied: boolean, confirmed: boolean): LocalAllegation['status'] {
  if (denied && confirmed) return 'disputed';
  if (denied) return 'denied';
  if (confirmed) return 'confirmed';
  return 'alleged';
}

function mergeWithinArticle(list: LocalAllegation[]): LocalAllegation[] {
  const merged: LocalAllegation[] = [];
  for (const x of list) {
    const same = merged.find((y) => y.category === x.category && sameClaim(x, y));
    if (!same) {
      merged.push({ ...x, allegers: [...x.allegers], accused: [...x.accused], evidence: [...x.evidence] });
      continue;
    }
    for (const k of x.allegers) if (!same.allegers.includes(k)) same.allegers.push(k);
    for (const k of x.accused) if (!same.accused.includes(k)) same.accused.push(k);
    same.evidence.push(...x.evidence);
  }
  return merged;
}

/**
 * Two allegations of one category in an article are one claim when they accuse the same parties, when the same
 * source repeats it, or when unnamed sources make it against overlapping parties.
 */
function sameClaim(x: LocalAllegation, y: LocalAllegation): boolean {
  const sameAccused = x.accused.length === y.accused.length && x.accused.every((k) => y.accused.includes(k));
  if (sameAccused)
    return (x.allegers.length === 0) === (y.allegers.length === 0) || x.allegers.some((k) => y.allegers.includes(k));
  if (x.allegers.length > 0 && y.allegers.length > 0)
    return x.allegers.some((k) => y.allegers.includes(k)) && x.accused.some((k) => y.accused.includes(k));
  return x.allegers.length === 0 && y.allegers.length === 0 && x.accused.some((k) => y.accused.includes(k));
}
