/*
 * Reporting frames: who says what in each sentence.
 * - "X said (that) ...", "X told Reuters ...": the speaker is the subject of a reporting verb (data/gazetteer/
 *   reports.yaml), what follows it is what is said; "told" takes who is told first;
 * - "... , X said." / "..., said X": the attribution closes the sentence and reports what comes before it;
 * - "..., according to X": the same with "according to";
 * - a sentence of a quotation with no attribution of its own continues the quotation of a neighbouring sentence
 *   and takes its speaker.
 * An unnamed source ("officials said", "critics say") gives a frame with no speaker but its word.
 */
import type { Knowledge } from '../knowledge.ts';
import type { FoundMention, SentenceAnalysis } from '../mentions.ts';
import { matchPhrase } from '../tokenize.ts';
import { fallbackSubject, isActorMention, isPassive, objectsAfter, verbSubject } from '../participants.ts';

export interface Report {
  /** Who says it (names and references); empty for an unnamed source. */
  speakers: FoundMention[];
  /** The word for an unnamed source ("officials", "critics"), when no speaker is named. */
  source?: string;
  /** The reporting verb's token, or -1 when the sentence continues a quotation attributed elsewhere. */
  verb: number;
  /** The reporting verb's lemma ("say", "tell", "accuse"). */
  lemma: string;
  /** Who is told ("told Reuters"). */
  recipients: FoundMention[];
  /** What is said: a token range of the sentence. */
  from: number;
  to: number;
  /** The attribution comes after what is said ("..., X said"). */
  inverted: boolean;
  /** The sentence continues a quotation attributed in a neighbouring sentence. */
  continued: boolean;
}

const ATTRIBUTION_TAIL = 10;
const TIME_WORDS =
  /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later|last|this|week|month|in|a|an|the|statement|interview|briefing|conference|news|recently|also|then|again)$/;

/** The reporting frame of each sentence of an article, if it has one. */
export function findReports(analyses: SentenceAnalysis[], knowledge: Knowledge): (Report | undefined)[] {
  const reports = analyses.map((a, i) => ownReport(a, analyses[i - 1], knowledge));
  // A sentence inside a quotation with no attribution of its own continues a neighbouring one's.
  for (let i = 0; i < analyses.length; i++) {
    if (reports[i] || !mostlyQuoted(analyses[i]!)) continue;
    const source = quoteSource(analyses, reports, i);
    if (source)
      reports[i] = {
        ...source,
        verb: -1,
        from: 0,
        to: analyses[i]!.tokens.length,
        inverted: false,
        continued: true,
        recipients: [],
      };
  }
  return reports;
}

function mostlyQuoted(a: SentenceAnalysis): boolean {
  const quoted = a.tokens.filter((t) => t.quoted).length;
  return a.tokens.length > 0 && quoted / a.tokens.length > 0.6;
}

/** The attribution of the quotation sentence i belongs to: the next sentences of the run, else the previous ones. */
function quoteSource(analyses: SentenceAnalysis[], reports: (Report | undefined)[], i: number): Report | undefined {
  for (let j = i + 1; j < Math.min(analyses.length, i + 4); j++) {
    const r = reports[j];
    if (r && !r.continued && (r.inverted || analyses[j]!.tokens[0]?.quoted)) return r;
    if (!analyses[j]!.tokens[0]?.quoted) break;
  }
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const r = reports[j];
    if (r && (r.inverted || r.continued || mostlyQuoted(analyses[j]!) || hasQuoteAfter(analyses[j]!, r))) return r;
    if (!r) break;
  }
  return undefined;
}

function hasQuoteAfter(a: SentenceAnalysis, r: Report): boolean {
  return a.tokens.slice(r.from, r.to).some((t) => t.quoted);
}

/** The sentence's own reporting frame: an attribution closing it, "according to", or a reporting verb. */
function ownReport(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  knowledge: Knowledge,
): Report | undefined {
  return closingAttribution(a, knowledge) ?? according(a, knowledge) ?? forwardReport(a, previous, knowledge);
}

/** A reporting verb in the active voice ("was accused" and "is said" report nobody's words). */
function isReportingVerb(a: SentenceAnalysis, k: number, knowledge: Knowledge): boolean {
  return reportingLemma(a, k, knowledge) !== undefined && !a.tokens[k]!.quoted && !isPassive(a, k);
}

/**
 * The lemma of the reporting verb at token k: the tagger's, or, for a past form it takes for an adjective before
 * "that" ("the group alleged that ..."), the word's stem.
 */
function reportingLemma(a: SentenceAnalysis, k: number, knowledge: Knowledge): string | undefined {
  const verbs = knowledge.reports.verbs;
  if (a.pos[k] === 'VERB') return verbs.has(a.lemmas[k]!) ? a.lemmas[k] : undefined;
  const norm = a.tokens[k]!.norm;
  if (a.pos[k] !== 'ADJ' || a.tokens[k + 1]?.norm !== 'that' || !norm.endsWith('ed')) return undefined;
  return [norm.slice(0, -2), norm.slice(0, -1)].find((stem) => verbs.has(stem));
}

/** '"...," X said.', '..., said X on Sunday.': a reporting verb near the end, after a comma or a closing quote. */
function closingAttribution(a: SentenceAnalysis, knowledge: Knowledge): Report | undefined {
  const { tokens, sentence } = a;
  for (let v = tokens.length - 1; v >= Math.max(1, tokens.length - ATTRIBUTION_TAIL); v--) {
    if (!isReportingVerb(a, v, knowledge)) continue;
    // The break: the last comma or closing quote before the verb, with only the speaker between.
    let cut = -1;
    for (let k = v; k >= Math.max(1, v - 6); k--) {
      const gap = sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start);
      if (/[,"”:]/.test(gap) || tokens[k - 1]!.quoted !== tokens[k]!.quoted) {
        cut = k;
        break;
      }
    }
    // "..., which the group denied": a relative clause, no attribution.
    if (cut < 1 || ['which', 'who', 'whom', 'that', 'as'].includes(tokens[cut]!.norm)) continue;
    const named = a.mentions.filter((m) => m.first >= cut && m.last <= v && isActorMention(m));
    const before = named.length > 0 ? named : appositionSpeaker(a, cut, v);
    const after = a.mentions.filter((m) => m.first > v && isActorMention(m));
    const speakers = before.length > 0 ? before : after.slice(0, 1);
    // "..., a claim X called a fabrication": X answers the claim, it reports nothing.
    // "..., the indictment says": a claim noun that is the verb's own subject is the source, it answers nothing.
    const source = speakers.length === 0 && knowledge.allegation.claimNouns.has(tokens[v - 1]!.norm) ? v - 1 : v;
    if (answersClaim(a, cut, speakers[0]?.first ?? source, knowledge)) continue;
    // Nothing but the speaker and a time or place may follow ("said Sunday", "told Reuters"), and no other verb.
    const tail = tokens.slice(v + 1).filter((t, n) => a.mentionAt[v + 1 + n]! < 0 && !TIME_WORDS.test(t.norm));
    if (tail.length > 3 || tokens.slice(v + 1).some((_, n) => tailVerb(a, v + 1 + n))) continue;
    const unnamed = speakers.length === 0 ? unnamedSource(a, cut, v, knowledge) : undefined;
    if (speakers.length === 0 && !unnamed) continue;
    const lemma = reportingLemma(a, v, knowledge)!;
    const recipients = knowledge.reports.told.has(lemma) ? after.filter((m) => !speakers.includes(m)) : [];
    return {
      speakers,
      ...(unnamed && { source: unnamed }),
      verb: v,
      lemma,
      recipients,
      from: 0,
      to: cut,
      inverted: true,
      continued: false,
    };
  }
  return undefined;
}

/**
 * '"...," X, the foreign minister, said': the name before an apposition set off by commas right before the verb,
 * when the apposition is a description (no name of an actor, no verb of its own).
 */
function appositionSpeaker(a: SentenceAnalysis, cut: number, v: number): FoundMention[] {
  const { tokens, sentence } = a;
  const comma = (k: number): boolean => sentence.text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',');
  if (cut !== v || !comma(v)) return [];
  for (let k = v - 1; k >= Math.max(1, v - 7); k--) {
    if (a.pos[k] === 'VERB' || a.pos[k] === 'AUX' || a.mentions[a.mentionAt[k]!]?.type === 'Person') return [];
    if (!comma(k)) continue;
    const m = a.mentions[a.mentionAt[k - 1]!];
    return m && m.last === k && isActorMention(m) && !tokens[m.first]!.quoted ? [m] : [];
  }
  return [];
}

/**
 * A verb after an attribution's verb, which makes it no closing attribution ("..., X said, adding ..."); not a
 * participle that qualifies a noun ("said in an emailed statement", "in a statement posted online").
 */
function tailVerb(a: SentenceAnalysis, k: number): boolean {
  if (a.pos[k] !== 'VERB') return false;
  const participle = /(?:ed|en)$/.test(a.tokens[k]!.norm);
  return !(participle && ['DET', 'ADJ', 'NOUN'].includes(a.pos[k - 1] ?? 'X'));
}

/** A noun for a claim in tokens [from, to): "a claim X called ...", "an allegation X rejected". */
function answersClaim(a: SentenceAnalysis, from: number, to: number, knowledge: Knowledge): boolean {
  for (let k = from; k < to; k++) if (knowledge.allegation.claimNouns.has(a.tokens[k]!.norm)) return true;
  return false;
}

/** "..., according to X": X reports what comes before. */
function according(a: SentenceAnalysis, knowledge: Knowledge): Report | undefined {
  for (let k = 0; k < a.tokens.length; k++) {
    const cue = matchPhrase(knowledge.reports.according, a.tokens, k);
    if (!cue) continue;
    const end = k + cue.length;
    // "According to X, ...": what follows the comma; "..., according to X": what comes before.
    const opening = k === 0 || k <= 1;
    const comma = a.sentence.text.indexOf(',', a.tokens[end]?.start ?? a.sentence.text.length);
    const after = opening ? a.tokens.findIndex((t) => t.start > comma) : -1;
    const named = objectsAfter(a, end, false, 8);
    // The source is named before the comma that opens what it reports.
    const speakers = [...named.objects, ...named.agents].filter((m) => after < 0 || m.last <= after);
    const source =
      speakers.length === 0
        ? unnamedSource(a, end, Math.min(a.tokens.length, end + 4, after < 0 ? Infinity : after), knowledge)
        : undefined;
    if (speakers.length === 0 && !source) return undefined;
    return {
      speakers,
      ...(source && { source }),
      verb: k,
      lemma: 'according',
      recipients: [],
      from: opening ? Math.max(after, end) : 0,
      to: opening ? a.tokens.length : k,
      inverted: !opening,
      continued: false,
    };
  }
  return undefined;
}

/** "X said (that) ...", "X told Reuters ...": the first reporting verb with a speaker or an unnamed source before it. */
function forwardReport(
  a: SentenceAnalysis,
  previous: SentenceAnalysis | undefined,
  knowledge: Knowledge,
): Report | undefined {
  const { tokens } = a;
  for (let v = 0; v < tokens.length; v++) {
    if (!isReportingVerb(a, v, knowledge)) continue;
    // "a report called 'X'", "a group calling itself Y": naming, not reporting; "calls to the ministry went
    // unanswered": telephone calls.
    if (
      a.lemmas[v] === 'call' &&
      (tokens[v + 1]?.norm === 'to' ||
        (a.pos[v - 1] === 'NOUN' &&
          a.mentionAt[v - 1]! < 0 &&
          /^\s+$/.test(a.sentence.text.slice(tokens[v - 1]!.end, tokens[v]!.start))))
    )
      continue;
    // "a lawsuit alleging that ...", "a statement saying ...": the noun the participle qualifies is the source.
    if (/ing$/.test(tokens[v]!.norm) && a.pos[v - 1] === 'NOUN' && a.mentionAt[v - 1]! < 0) {
      return forwardFrom(a, v, [], tokens[v - 1]!.text, knowledge);
    }
    // "Iran, which has denied ...": the name the relative clause is about ("who reported on X" says nothing).
    let speakers = verbSubject(a, previous, v, knowledge.lexicon.references.stateOrgans, a.pos[v + 1] !== 'ADP');
    // ", saying ...": the subject of the clause the participle hangs on.
    if (speakers.length === 0 && /ing$/.test(a.tokens[v]!.norm)) speakers = fallbackSubject(a, previous, v);
    if (speakers.length === 0) speakers = officialsOf(a, v, knowledge);
    let source = speakers.length === 0 ? unnamedSource(a, Math.max(0, v - 4), v, knowledge) : undefined;
    // "..., which argued that ...": a report, whoever makes it.
    if (speakers.length === 0 && !source && tokens[v + 1]?.norm === 'that') source = 'unnamed';
    if (speakers.length === 0 && !source) continue;
    return forwardFrom(a, v, speakers, source, knowledge);
  }
  return undefined;
}

/** The frame of the reporting verb at v, with its speakers or unnamed source: what follows it, past who is told. */
function forwardFrom(
  a: SentenceAnalysis,
  v: number,
  speakers: FoundMention[],
  source: string | undefined,
  knowledge: Knowledge,
): Report {
  const { tokens } = a;
  let from = v + 1;
  let recipients: FoundMention[] = [];
  const lemma = reportingLemma(a, v, knowledge)!;
  if (knowledge.reports.told.has(lemma)) {
    // "told Reuters", "told reporters", "told a news conference": who is told comes first.
    const m = a.mentions[a.mentionAt[from] ?? -1];
    if (m) {
      recipients = [m];
      from = m.last;
    } else {
      while (
        from < tokens.length &&
        from - v <= 4 &&
        ['DET', 'ADJ', 'NOUN'].includes(a.pos[from] ?? 'X') &&
        tokens[from]!.norm !== 'that'
      )
        from++;
    }
  }
  if (tokens[from]?.norm === 'that') from++;
  return {
    speakers,
    ...(source && { source }),
    verb: v,
    lemma,
    recipients,
    from,
    to: tokens.length,
    inverted: false,
    continued: false,
  };
}

/** How far before its verb an organ's subject ("prosecutors in Peru have said") may open. */
const ORGAN_REACH = 8;

/**
 * "Prosecutors in Peru allege", "officials in Kenya said", "police from both countries said": a subject that names an
 * organ (a role of a party, or a word for officials) and the party it belongs to after "in", "of", "from" or "at"
 * (and a determiner: "observers from the African Union said") speaks for that party.
 */
function officialsOf(a: SentenceAnalysis, v: number, knowledge: Knowledge): FoundMention[] {
  for (let j = Math.max(0, v - ORGAN_REACH); j < v - 2; j++) {
    if (!['in', 'of', 'from', 'at'].includes(a.tokens[j + 1]!.norm) || !subjectStart(a, j)) continue;
    const role = a.mentions[a.mentionAt[j]!];
    const organ = knowledge.reports.officials.has(a.tokens[j]!.norm) || (role?.kind === 'role' && isActorMention(role));
    // The owner's name may follow a determiner ("observers from the African Union said").
    const at = a.mentionAt[j + 2]! < 0 && a.pos[j + 2] === 'DET' ? j + 3 : j + 2;
    const owner = at < v ? a.mentions[a.mentionAt[at]!] : undefined;
    if (!organ || !owner || !isActorMention(owner)) continue;
    // Only the verb's auxiliaries and adverbs may follow the owner's name ("officials in Kenya have since said").
    let k = owner.last;
    while (k < v && ['AUX', 'ADV'].includes(a.pos[k] ?? 'X')) k++;
    if (k === v) return [role && isActorMention(role) ? role : owner];
  }
  return [];
}

/** The word for an unnamed source in tokens [from, to) ("officials", "critics", "the statement"), if any. */
function unnamedSource(a: SentenceAnalysis, from: number, to: number, knowledge: Knowledge): string | undefined {
  for (let k = to - 1; k >= from; k--) {
    const t = a.tokens[k]!;
    // "officials said", or a title with no name ("a pro-government general said").
    if ((knowledge.reports.unnamedSources.has(t.norm) || a.titleAt[k]) && a.mentionAt[k]! < 0) return t.text;
  }
  // "Kurdish forces say", "Rebel commanders have said": a noun heading the subject right before the verb.
  let k = to - 1;
  while (k > from && (a.pos[k] === 'AUX' || a.pos[k] === 'ADV')) k--;
  if (k >= 0 && a.pos[k] === 'NOUN' && a.mentionAt[k]! < 0 && !a.tokens[k]!.cap && subjectStart(a, k))
    return a.tokens[k]!.text;
  return undefined;
}

/** The noun phrase ending at token k opens the sentence or a clause (only modifiers before it). */
function subjectStart(a: SentenceAnalysis, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (/[,;:]/.test(a.sentence.text.slice(a.tokens[j]!.end, a.tokens[j + 1]!.start))) return true;
    if (!['ADJ', 'NOUN', 'DET', 'PROPN', 'NUM'].includes(a.pos[j] ?? 'X') && a.mentionAt[j]! < 0) return false;
  }
  return true;
}
