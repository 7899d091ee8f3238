/*
 * The contract between the extract stage and the resolve stage: what one article yields, with
 * article-local references. The resolve stage turns these into canonical ids across articles.
 */
import type { EntityType, RelationType, AllegationStatus, SentenceSpan } from '../contract.ts';

export interface LocalMention {
  /** Article-local key of the entity the mention refers to (e.g. a gazetteer id or a normalised name). */
  key: string;
  type: EntityType;
  /** The entity's canonical name as far as this article knows it. */
  name: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  roles?: string[];
  country?: string;
}

export interface LocalEvidence {
  sentence: number;
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
  status: AllegationStatus;
  allegers: string[];
  allegerDescription?: string;
  accused: string[];
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
