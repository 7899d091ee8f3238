/*
 * The mention stage: pass 1 per sentence (mentions/sentence-mentions.ts), pass 2 over the article
 * (mentions/article-mentions.ts). This module is its public face.
 */
export { findMentions } from './mentions/article-mentions.ts';
export type { ArticleMentions, FoundMention, SentenceAnalysis } from './mentions/types.ts';
export { eachParty, isCompoundModifier } from './mentions/types.ts';
