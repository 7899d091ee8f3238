/* What the mention stage hands on: each sentence's tokens and mentions, and what the article says of people. */
import type { EntityType, RelationType, SentenceSpan } from '../../contract.ts';
import type { TitleInfo } from '../knowledge.ts';
import type { MentionKind } from '../types.ts';
import type { Token } from '../tokenize.ts';
import type { Pos } from '../language/tag-text.ts';

export interface FoundMention {
  key: string;
  type: EntityType;
  name: string;
  kind: MentionKind;
  /** Token range in the sentence, end exclusive. */
  first: number;
  last: number;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  country?: string;
  /** A title directly before a person ("President"), with the entity the title belongs to. */
  title?: { info: TitleInfo; first: number; ownerKey?: string };
  /** A demonym or state name that qualifies a title or person ("Russian President ..."). */
  qualifiesTitle?: boolean;
  /** A demonym used for the state's agents ("a North Korean official", "Russian forces"). */
  actorRef?: boolean;
  /** Unresolved single word; kept only if pass 2 resolves it. */
  pending?: 'single' | 'role';
  /** For role references: the state the role belongs to and the relation it implies. */
  role?: { ownerKey: string; relation: RelationType };
  /** An organisation named after a state ("Russian Defense Ministry"). */
  partOfKey?: string;
  /** The organisation is only based in that state ("Nigeria's ruling party"), not one of its institutions. */
  basedOnly?: boolean;
  /** Where the owning state is named inside the organisation's name (a mention of the state too). */
  owner?: { start: number; end: number; name: string; kind: MentionKind; country?: string };
  /** Inside a dateline ("GENEVA, Aug 15 (Reuters) -"): a mention, but no participant. */
  dateline?: boolean;
  /** Typed by default only (no evidence for the type); another mention of the same name may retype it. */
  weak?: boolean;
  /** For unknown names: how strong the evidence for the type is (classify-name.ts: DEFAULT to HEAD). */
  evidence?: number;
  /** For references: an unnamed person who speaks for the entity ("a spokesman for X"), with the role's name. */
  personal?: { role: string; plural: boolean };
  /** For a reference to two ("the two countries"): the key of the other entity it stands for. */
  alsoKey?: string;
}

/** The parties a mention stands for: itself, or for a reference to two ("the two countries") one mention of each. */
export function eachParty(m: FoundMention): FoundMention[] {
  const { alsoKey, ...one } = m;
  return alsoKey ? [one, { ...one, key: alsoKey }] : [m];
}

export interface SentenceAnalysis {
  sentence: SentenceSpan;
  tokens: Token[];
  /** Each token's part of speech and lemma (wink-nlp). */
  pos: Pos[];
  lemmas: string[];
  mentions: FoundMention[];
  /** Index of each token's mention in `mentions`, or -1. */
  mentionAt: Int32Array;
  /** Tokens that belong to a title phrase. */
  titleAt: Uint8Array;
  headline: boolean;
}

export interface ArticleMentions {
  analyses: SentenceAnalysis[];
  /** Roles found for people, by person key ("President of Russia"). */
  roles: Map<string, Set<string>>;
  /** Leaders by state key, for role references. */
  leaders: Map<string, string>;
}

const namesCache = new WeakMap<SentenceAnalysis, SentenceAnalysis>();

/** The sentence with its names only (no pronouns or descriptions), for the stages that read names. */
export function namesOnly(a: SentenceAnalysis): SentenceAnalysis {
  if (!a.mentions.some((m) => m.kind === 'reference')) return a;
  let view = namesCache.get(a);
  if (!view) {
    const mentions = a.mentions.filter((m) => m.kind !== 'reference');
    const mentionAt = new Int32Array(a.tokens.length).fill(-1);
    mentions.forEach((m, index) => {
      for (let k = m.first; k < m.last; k++) if (mentionAt[k] === -1 || m.kind !== 'role') mentionAt[k] = index;
    });
    view = { ...a, mentions, mentionAt };
    namesCache.set(a, view);
  }
  return view;
}

/** A place written as the first half of a "-based" compound ("Lagos-based"): a seat, not a party. */
/** Whether mention `m` is a compound's modifier, joined by a hyphen to the word after it ("Iran-linked", "UN-backed"). */
export function isCompoundModifier(a: SentenceAnalysis, m: FoundMention): boolean {
  return a.tokens[m.last]?.hyphenBefore === true;
}

export function isSeatCompound(a: SentenceAnalysis, m: FoundMention): boolean {
  return (m.type === 'Place' || m.type === 'State') && isCompoundModifier(a, m) && a.tokens[m.last]!.norm === 'based';
}

/**
 * Rebuilds the sentence's token map from its mentions (after mentions were added, dropped or re-sorted): each token
 * points at the mention over it; a role reference ("the minister") owns only title words no other mention covers.
 */
export function indexMentions(a: SentenceAnalysis): void {
  a.mentionAt.fill(-1);
  a.mentions.forEach((m, index) => {
    for (let k = m.first; k < m.last; k++) if (a.mentionAt[k] === -1 || m.kind !== 'role') a.mentionAt[k] = index;
  });
}
