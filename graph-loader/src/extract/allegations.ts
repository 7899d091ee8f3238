/*
 * Allegations: a sentence that attributes a claim of wrongdoing (a cue: "accused", "is believed to",
 * "reports have emerged", a reporting verb with a hedge) in a category (arms transfer, sanctions
 * violation... from data/gazetteer/allegations.yaml). Denials and confirmations in the same article
 * set the status of the allegations of their category. Allegations of one category with overlapping
 * accused merge within the article; the resolve stage merges them across articles.
 */
import type { Knowledge } from './knowledge.ts';
import type { FoundMention, SentenceAnalysis } from './mentions.ts';
import type { LocalAllegation } from './types.ts';
import { findPhrase } from './tokenize.ts';
import { fallbackSubject, isActorMention, objectsAfter, subjectGroup } from './participants.ts';

const CLAIM_MAX = 240;
const THAT = new Set(['that', 'of']);
/** Categories that name a wrongdoing outright, so a plain reporting verb ("said") is enough. */
const VIOLATIONS = new Set(['sanctions violation', 'war crimes', 'human rights abuse', 'terrorism', 'corruption', 'espionage', 'cyber attack', 'election interference']);

function keys(list: FoundMention[]): string[] {
  return [...new Set(list.map((m) => m.key))];
}

function claimText(a: SentenceAnalysis, from: number): string {
  const start = a.tokens[from]?.start ?? 0;
  const text = a.sentence.text.slice(start).trim();
  return text.length > CLAIM_MAX ? `${text.slice(0, CLAIM_MAX).replace(/\s+\S*$/, '')}…` : text;
}

interface Statement {
  kind: 'denies' | 'confirms';
  category: string | undefined;
  by: string[];
  sentence: number;
}

/** Allegations stated across an article's sentences (already merged within the article). */
export function findAllegations(analyses: SentenceAnalysis[], knowledge: Knowledge): LocalAllegation[] {
  const found: LocalAllegation[] = [];
  const statements: Statement[] = [];
  const cues = knowledge.allegation;
  analyses.forEach((a, index) => {
    if (a.mentions.length === 0) return;
    const category = findPhrase(cues.categories, a.tokens);
    const denial = findPhrase(cues.denial, a.tokens);
    const confirmation = findPhrase(cues.confirmation, a.tokens);
    for (const [kind, cue] of [
      ['denies', denial],
      ['confirms', confirmation],
    ] as const) {
      if (!cue || a.tokens[cue.index]!.quoted) continue;
      const negated = a.tokens.some((t) => cues.negations.has(t.norm));
      if (kind === 'confirms' && negated) continue;
      let by = subjectGroup(a, cue.index);
      if (by.length === 0) by = fallbackSubject(a, analyses[index - 1], cue.index);
      if (by.length > 0) statements.push({ kind, category: category?.value, by: keys(by), sentence: a.sentence.index });
    }
    if (!category || denial) return;
    const hedged = findPhrase(cues.hedges, a.tokens) !== undefined;
    const passive = findPhrase(cues.passive, a.tokens);
    const active = findPhrase(cues.active, a.tokens);
    const reporting = findPhrase(cues.reporting, a.tokens);
    const unnamed = a.tokens.findIndex((t) => cues.unnamed.has(t.norm));
    let allegers: FoundMention[] = [];
    let accused: FoundMention[] = [];
    let description: string | undefined;
    let claimFrom = 0;
    if (passive && !a.tokens[passive.index]!.quoted) {
      accused = subjectGroup(a, passive.index, true);
      if (accused.length === 0) accused = fallbackSubject(a, analyses[index - 1], passive.index);
      const after = objectsAfter(a, passive.index + passive.length, true, 40);
      allegers = objectsAfter(a, passive.index + passive.length, false, 4).agents;
      accused = [...accused, ...after.objects];
      description = allegers.length === 0 ? a.tokens.slice(passive.index, passive.index + passive.length).map((t) => t.text).join(' ') : undefined;
      claimFrom = passive.index;
    } else if ((active || (reporting && (hedged || VIOLATIONS.has(category.value)))) && !a.tokens[(active ?? reporting)!.index]!.quoted) {
      const cue = (active ?? reporting)!;
      allegers = subjectGroup(a, cue.index);
      if (allegers.length === 0) allegers = fallbackSubject(a, analyses[index - 1], cue.index);
      const after = objectsAfter(a, cue.index + cue.length, true, 40);
      accused = [...after.objects, ...after.agents];
      claimFrom = cue.index + cue.length;
    } else if (unnamed >= 0 && (hedged || a.tokens.some((t) => t.norm === 'according'))) {
      // "reports have emerged of ...", "suspicions in the United States that ...".
      const thatIndex = a.tokens.findIndex((t, k) => k > unnamed && THAT.has(t.norm));
      if (thatIndex > unnamed) {
        const between = objectsAfter(a, unnamed + 1, false, thatIndex - unnamed - 1);
        allegers = [...between.objects, ...between.locations.filter((m) => m.type === 'State')];
        accused = objectsAfter(a, thatIndex + 1, true, 40).objects;
        claimFrom = thatIndex + 1;
      } else {
        accused = a.mentions.filter((m) => isActorMention(m, true) && m.first > unnamed);
        if (accused.length === 0) accused = a.mentions.filter((m) => isActorMention(m, true));
        claimFrom = unnamed;
      }
      if (allegers.length === 0) description = a.tokens[unnamed]!.text;
    } else {
      return;
    }
    const allegerKeys = keys(allegers);
    const accusedKeys = keys(accused).filter((k) => !allegerKeys.includes(k));
    if (accusedKeys.length === 0) return;
    found.push({
      claim: claimText(a, claimFrom),
      category: category.value,
      status: 'alleged',
      allegers: allegerKeys,
      ...(description !== undefined && { allegerDescription: description }),
      accused: accusedKeys,
      deniedBy: [],
      confirmedBy: [],
      evidence: [{ sentence: a.sentence.index, stance: 'alleges', by: allegerKeys }],
    });
  });

  const merged = mergeWithinArticle(found);
  for (const statement of statements) {
    const related = merged.filter(
      (x) =>
        (statement.category === undefined || x.category === statement.category) &&
        (statement.by.some((k) => x.accused.includes(k)) || statement.category !== undefined),
    );
    const targets = related.length > 0 ? related : [];
    if (targets.length === 0 && statement.category !== undefined && statement.kind === 'denies') {
      merged.push({
        claim: claimText(analyses.find((a) => a.sentence.index === statement.sentence)!, 0),
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
    const same = merged.find((y) => y.category === x.category && y.accused.some((k) => x.accused.includes(k)) && sameAllegers(x, y));
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

function sameAllegers(x: LocalAllegation, y: LocalAllegation): boolean {
  // Claims by named sources merge with each other; unnamed ones with unnamed ones.
  return (x.allegers.length === 0) === (y.allegers.length === 0);
}
