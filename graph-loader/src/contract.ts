/*
 * The typed contracts between the loader's stages.
 *
 *   read      -> ArticleSource[]        (one per input article, metadata + raw text)
 *   normalise -> NormalisedArticle      (text cleaned, content-hash id)
 *   sentences -> SplitArticle           (sentences with character offsets)
 *   extract   -> ArticleExtraction      (mentions, events, allegations, relations of one article)
 *   resolve   -> ExtractionDocument     (canonical ids across sentences and articles; the JSON contract)
 *   write     -> WriteSummary           (what changed in Neo4j)
 *
 * The ExtractionDocument is what `newsgraph extract --json` prints; its schema is validated with zod.
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the article's normalised text, end exclusive.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES, ALLEGATION_STATUSES } from '#model/graph-model.ts';

/** What the read stage hands on: one article with its metadata, before any cleaning. */
export interface ArticleSource {
  /** Path of the file the article came from (relative to the working directory when possible). */
  file: string;
  /** For files holding several articles (JSON arrays, JSONL): the 0-based record number. */
  record?: number;
  /**
   * Where the file really is, as a hash of its real path: two corpora may hold files of the same name
   * within them (`file`), and one must never replace the other's articles. No path is kept.
   */
  origin?: string;
  title: string | null;
  source: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp, or null when unknown. */
  publishedAt: string | null;
  text: string;
  format: 'text' | 'header-text' | 'markdown' | 'html' | 'json' | 'jsonl';
}

/** After normalisation: clean text and a content-hash id. */
export interface NormalisedArticle extends Omit<ArticleSource, 'text'> {
  /** sha256 of the normalised text, first 16 hex characters. */
  id: string;
  text: string;
}

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface SplitArticle extends NormalisedArticle {
  sentences: SentenceSpan[];
}

export { ENTITY_TYPES, RELATION_TYPES, ALLEGATION_STATUSES } from '#model/graph-model.ts';
export type { EntityType, RelationType, AllegationStatus } from '#model/graph-model.ts';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

const evidenceSchema = z.object({
  article: z.string(),
  sentence: z.number().int().nonnegative(),
  text: z.string(),
});

/** Allegation evidence also says what the sentence does with the claim and who does it. */
const allegationEvidenceSchema = evidenceSchema.extend({
  stance: z.enum(['alleges', 'denies', 'confirms']).optional(),
  /** Entity ids of who alleges, denies or confirms in this sentence. */
  by: z.array(z.string()).optional(),
});

const mentionSchema = z.object({
  article: z.string(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const extractionDocumentSchema = z.object({
  extractor: z.object({ name: z.string(), version: z.string() }),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      source: z.string().nullable(),
      url: z.string().nullable(),
      publishedAt: z.string().nullable(),
      file: z.string(),
    }),
  ),
  entities: z.array(
    z.object({
      id: z.string(),
      type: z.enum(ENTITY_TYPES),
      name: z.string(),
      aliases: z.array(z.string()),
      /** Roles and titles, e.g. "President of Russia" (people mostly). */
      roles: z.array(z.string()).optional(),
      /** ISO 3166-1 alpha-2 code, for states. */
      country: z.string().optional(),
      mentions: z.array(mentionSchema),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      category: z.string(),
      /** PLOVER event type and CAMEO root code the type maps to. */
      plover: z.string().optional(),
      cameo: z.string().optional(),
      date: z.string().nullable(),
      datePrecision: z.enum(DATE_PRECISIONS).nullable(),
      participants: z.array(z.object({ entity: z.string(), role: z.string() })),
      place: z.string().nullable(),
      evidence: z.array(evidenceSchema),
    }),
  ),
  allegations: z.array(
    z.object({
      id: z.string(),
      claim: z.string(),
      category: z.string(),
      status: z.enum(ALLEGATION_STATUSES),
      allegers: z.array(z.string()),
      /** When the alleger is unnamed ("reports", "officials"), how the text describes it. */
      allegerDescription: z.string().optional(),
      accused: z.array(z.string()),
      deniedBy: z.array(z.string()),
      confirmedBy: z.array(z.string()),
      evidence: z.array(allegationEvidenceSchema),
    }),
  ),
  relations: z.array(
    z.object({
      id: z.string(),
      type: z.enum(RELATION_TYPES),
      source: z.string(),
      target: z.string(),
      /** Free-text detail, e.g. the role title for OFFICIAL_OF ("Defense Minister"). */
      detail: z.string().optional(),
      evidence: z.array(evidenceSchema),
    }),
  ),
  /** Doubts the extractor had (non-English text, no entities, overlong sentences...). */
  warnings: z.array(z.object({ article: z.string().optional(), message: z.string() })).optional(),
});

export type ExtractionDocument = z.infer<typeof extractionDocumentSchema>;
export type ExtractedArticle = ExtractionDocument['articles'][number];
export type ExtractedEntity = ExtractionDocument['entities'][number];
export type ExtractedEvent = ExtractionDocument['events'][number];
export type ExtractedAllegation = ExtractionDocument['allegations'][number];
export type ExtractedRelation = ExtractionDocument['relations'][number];
export type Evidence = z.infer<typeof evidenceSchema>;
export type AllegationEvidence = z.infer<typeof allegationEvidenceSchema>;
export type Mention = z.infer<typeof mentionSchema>;

/** What the write stage needs: the resolved document plus every article's sentences. */
export interface WriteBatch {
  articles: SplitArticle[];
  document: ExtractionDocument;
}

export interface WriteSummary {
  articlesLoaded: number;
  articlesUnchanged: number;
  articlesReplaced: number;
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}
