/*
 * The contract between the extract stage and the resolve stage: what one article yields, with
 * article-local references (gazetteer keys, or keys made from a person's full name). The resolve
 * stage merges these across articles into canonical ids and the ExtractionDocument.
 */
import type { EntityType, RelationType, AllegationStatus, SentenceSpan } from '../contract.ts';

/** How a mention names its entity. */
/** `reference`: a pronoun or description resolved to an entity (not a name, so not written as a mention). */
export type MentionKind = 'name' | 'demonym' | 'metonym' | 'capital' | 'surname' | 'role' | 'unknown' | 'reference';

export interface LocalMention {
  /** Article-local key of the entity the mention refers to (e.g. a gazetteer id or a normalised name). */
  key: string;
  type: EntityType;
  /** The entity's canonical name as far as this article knows it. */
  name: string;
  sentence: number;
  /** Offsets into the article's normalised text. */
  start: number;
  end: number;
  surface: string;
  /** Another form of the surface that names the entity ("Armenia's foreign ministry" for "foreign ministry"). */
  alias?: string;
  kind?: MentionKind;
  roles?: string[];
  country?: string;
}

export type Stance = 'alleges' | 'denies' | 'confirms';

export interface LocalEvidence {
  sentence: number;
  /** For allegations: what the sentence does with the claim, and who does it (entity keys). */
  stance?: Stance;
  by?: string[];
  /** For allegations: a named source states it (an active or reporting verb), not a passive or unnamed cue. */
  stated?: boolean;
}

export interface LocalEvent {
  type: string;
  category: string;
  plover?: string;
  cameo?: string;
  date: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  participants: { key: string; role: string }[];
  place: string | null;
  evidence: LocalEvidence[];
}

export interface LocalAllegation {
  claim: string;
  category: string;
  /** The word of wrongdoing or wrongful act the claim names: with the parties, what makes it the same claim. */
  cue?: string;
  status: AllegationStatus;
  allegers: string[];
  allegerDescription?: string;
  accused: string[];
  /** The article names the accused only by a description ("police charged a 29-year-old man with ..."): none. */
  accusedUnnamed?: boolean;
  deniedBy: string[];
  confirmedBy: string[];
  evidence: LocalEvidence[];
}

export interface LocalRelation {
  type: RelationType;
  source: string;
  target: string;
  detail?: string;
  evidence: LocalEvidence[];
}

export interface ArticleExtraction {
  articleId: string;
  sentences: SentenceSpan[];
  mentions: LocalMention[];
  events: LocalEvent[];
  allegations: LocalAllegation[];
  relations: LocalRelation[];
  warnings: string[];
}
