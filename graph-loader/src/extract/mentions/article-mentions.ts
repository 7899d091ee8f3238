/*
 * Pass 2 of the mention stage, over the whole article: names typed only by default take the type another
 * mention of the same name has ("one sense per article"); definite descriptions ("the army") point at the
 * article's one matching organisation; short names ("Kim", "Rep. Kang") join the person named in full; role
 * references ("the Russian leader") join the person the article gives that role; titles give people roles.
 */
import type { RelationType, SentenceSpan } from '../../contract.ts';
import type { Knowledge } from '../knowledge.ts';
import { matchPhrase, tokenize } from '../tokenize.ts';
import { analyseSentence, TITLE_MODIFIER_LIMIT } from './sentence-mentions.ts';
import { vesselBefore } from './classify-name.ts';
import type { TaggedText } from '../language/tag-text.ts';
import {
  joinArmedForceMembers,
  joinPersonNameEndings,
  joinBodyNames,
  joinPluralBodyNames,
  joinShortOrganisationNames,
  joinStateShortNames,
  unifyNameSenses,
} from './article-names.ts';
import { resolveReferences } from './references.ts';
import { indexMentions, type ArticleMentions, type FoundMention, type SentenceAnalysis } from './types.ts';

/** The organisations among `mentions` whose name holds one of `heads` as whole words ("army" in "Sudan Army"). */
export function namesHolding(mentions: Iterable<FoundMention>, heads: string[]): FoundMention[] {
  return [...mentions].filter((m) => {
    const name = ` ${tokenize(m.name)
      .map((t) => t.norm)
      .join(' ')} `;
    return heads.some((h) => name.includes(` ${h} `));
  });
}

/**
 * Definite descriptions: "the army" or "Sudan's army" is a mention of the article's one organisation whose name
 * holds "Army", "Armed Forces" or "Military" (data/gazetteer/lexicon.yaml: descriptions). Left alone when the
 * article names none or several.
 */
function resolveDescriptions(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  const table = knowledge.lexicon.descriptions;
  const organisations = new Map<string, FoundMention>();
  for (const a of analyses)
    for (const m of a.mentions) if (m.type === 'Organisation' && m.kind === 'name') organisations.set(m.key, m);
  if (organisations.size === 0) return;
  for (const a of analyses) {
    let added = false;
    for (let k = 1; k < a.tokens.length; k++) {
      if (a.mentionAt[k]! >= 0 || a.tokens[k]!.cap) continue;
      const match = matchPhrase(table, a.tokens, k);
      if (!match) continue;
      const before = a.tokens[k - 1]!;
      const possessor = a.mentions[a.mentionAt[k - 1]!];
      const determined = before.norm === 'the' || (possessor?.type === 'State' && before.possessive);
      const end = k + match.length;
      if (!determined || a.tokens[end]?.cap || (a.mentionAt[end] ?? -1) >= 0) continue;
      const found = namesHolding(organisations.values(), match.value);
      if (found.length !== 1) continue;
      const target = found[0]!;
      a.mentions.push({
        key: target.key,
        type: 'Organisation',
        name: target.name,
        kind: 'name',
        first: k,
        last: end,
        start: a.tokens[k]!.start,
        end: a.tokens[end - 1]!.end,
        ...(target.partOfKey && { partOfKey: target.partOfKey }),
        ...(target.basedOnly && { basedOnly: true }),
      });
      added = true;
      k = end - 1;
    }
    if (added) {
      a.mentions.sort((x, y) => x.first - y.first);
      indexMentions(a);
    }
  }
}

/**
 * A ship's name is no entity: after "the Liberian-flagged Kestrel Dawn" (read in pass 1 as no name), "the Kestrel
 * Dawn" elsewhere in the article is the ship too, not a person or a body typed by default.
 */
function dropVesselNames(analyses: SentenceAnalysis[], knowledge: Knowledge): void {
  const ships = new Set<string>();
  for (const a of analyses)
    for (let k = 0; k < a.tokens.length; k++) {
      if (!a.tokens[k]!.cap || a.mentionAt[k]! >= 0 || !vesselBefore(a, k, knowledge)) continue;
      let end = k + 1;
      while (
        end < a.tokens.length &&
        a.tokens[end]!.cap &&
        /^\s+$/.test(a.sentence.text.slice(a.tokens[end - 1]!.end, a.tokens[end]!.start))
      )
        end++;
      ships.add(a.sentence.text.slice(a.tokens[k]!.start, a.tokens[end - 1]!.end).toLowerCase());
    }
  if (ships.size === 0) return;
  for (const a of analyses) {
    const kept = a.mentions.filter(
      (m) =>
        !(
          (m.type === 'Person' || m.evidence === 0) &&
          !m.title &&
          ships.has(a.sentence.text.slice(m.start, m.end).toLowerCase())
        ),
    );
    if (kept.length === a.mentions.length) continue;
    a.mentions = kept;
    indexMentions(a);
  }
}

/** Key of a role reference that the article alone cannot resolve ("the Russian leader"). */
export function roleKey(relation: RelationType, ownerKey: string): string {
  return `role:${relation}:${ownerKey}`;
}

interface PersonRecord {
  key: string;
  name: string;
  roles: Set<string>;
}

/** Pass 1 over every sentence, then pass 2: short names and role references resolved in the article. */
export function findMentions(
  sentences: SentenceSpan[],
  knowledge: Knowledge,
  tagged?: TaggedText,
  quotes: boolean[] = [],
): ArticleMentions {
  const analyses = sentences.map((s, i) => analyseSentence(s, knowledge, tagged, quotes[i]));
  dropVesselNames(analyses, knowledge);
  unifyNameSenses(analyses, knowledge);
  joinStateShortNames(analyses);
  joinBodyNames(analyses, knowledge);
  joinPluralBodyNames(analyses, knowledge);
  joinShortOrganisationNames(analyses, knowledge);
  joinArmedForceMembers(analyses, knowledge);
  joinPersonNameEndings(analyses);
  resolveDescriptions(analyses, knowledge);
  const people = new Map<string, PersonRecord>();
  const byPart = new Map<string, string>();
  const middles: (readonly [string, string])[] = [];
  const leaders = new Map<string, string>();
  const roles = new Map<string, Set<string>>();
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Person' || m.pending) continue;
      if (!people.has(m.key)) people.set(m.key, { key: m.key, name: m.name, roles: new Set() });
      const parts = a.tokens.slice(m.first, m.last).filter((t) => !t.hyphenBefore || t.cap);
      for (const part of [parts[0], parts.at(-1)]) if (part && !byPart.has(part.norm)) byPart.set(part.norm, m.key);
      middles.push(...parts.slice(1, -1).map((part) => [part.norm, m.key] as const));
    }
  }
  // A middle name ("Cengiz" of "Aykut Cengiz Engin") counts when no first or last name is spelt so.
  for (const [part, key] of middles) if (!byPart.has(part) && part.length > 2) byPart.set(part, key);
  // Titles: the owner of a title is the state or organisation qualifying it.
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Person' || !m.title) continue;
      const resolved = m.pending === 'single' ? byPart.get(a.tokens[m.first]!.norm) : m.key;
      if (!resolved) continue;
      for (let k = m.title.first - 1, steps = 0; k >= 0 && steps <= TITLE_MODIFIER_LIMIT; k--, steps++) {
        // '... inside Azerbaijan," ministry spokeswoman X': a quote or a clause ends the title's phrase.
        if (/[,;:"“”()]/.test(a.sentence.text.slice(a.tokens[k]!.end, a.tokens[k + 1]!.start))) break;
        let owner = a.mentions[a.mentionAt[k]!];
        // "Algeria's U.N. envoy": the qualifying state stands before the international body.
        if (owner && !owner.qualifiesTitle) {
          const before = a.mentions[a.mentionAt[owner.first - 1] ?? -1];
          if (before?.qualifiesTitle && owner.type === 'Organisation') owner = before;
        }
        if (owner) {
          if (owner.qualifiesTitle) {
            m.title.ownerKey = owner.key;
            if (m.title.info.relation === 'LEADER_OF' && owner.type === 'State' && !leaders.has(owner.key))
              leaders.set(owner.key, resolved);
          }
          break;
        }
      }
    }
  }
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.pending === 'single') {
        const key = byPart.get(a.tokens[m.first]!.norm);
        if (key) {
          m.key = key;
          m.name = people.get(key)!.name;
          m.kind = 'surname';
          delete m.pending;
        } else if (m.title || m.kind === 'surname') {
          delete m.pending;
        }
      } else if (m.pending === 'role' && m.role) {
        const key = leaders.get(m.role.ownerKey);
        if (key) {
          m.key = key;
          m.name = people.get(key)!.name;
        } else {
          // Resolved by the resolve stage from the leaders other articles name.
          m.key = roleKey(m.role.relation, m.role.ownerKey);
          m.name = m.key;
        }
        delete m.pending;
      }
    }
    // Unresolved references are dropped; the token map is rebuilt (role references only own their title words).
    const kept = a.mentions.filter((m) => !m.pending);
    if (kept.length !== a.mentions.length) {
      a.mentions = kept;
      indexMentions(a);
    }
  }
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.type !== 'Person' || !m.title?.info.role || !m.title.ownerKey) continue;
      const owner =
        knowledge.entries.get(m.title.ownerKey)?.name ?? a.mentions.find((x) => x.key === m.title!.ownerKey)?.name;
      const role = owner ? `${m.title.info.role} of ${owner}` : m.title.info.role;
      if (!roles.has(m.key)) roles.set(m.key, new Set());
      roles.get(m.key)!.add(role);
    }
  }
  resolveReferences(analyses, knowledge);
  return { analyses, roles, leaders };
}
