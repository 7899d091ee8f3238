/*
 * `npm run eval [-- --articles DIR --gold DIR] [--json]`: runs the extractor over a folder of
 * articles and scores it against the gold annotations with the same basenames
 * (data/gold/<article basename>.json). Prints precision, recall and F1 per kind.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareArticles, extractDocument } from '../pipeline.ts';
import type { SplitArticle } from '../contract.ts';
import { dataPath } from '../paths.ts';
import { parseGold, type Gold } from './gold.ts';
import { KINDS, scoreArticle, summarise, type Counts, type Kind, type Misses } from './score.ts';

const HELP = `Usage: npm run eval -- [--articles DIR] [--gold DIR] [--json] [--per-article] [--explain]

Scores the default extractor against gold annotations (one <article basename>.json per article).
  --articles DIR   folder of articles (default data/articles)
  --gold DIR       folder of gold files (default data/gold)
  --json           print the scores as JSON
  --per-article    also print each article's counts
  --explain        also print, per article, the gold items not found and the wrong predictions`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      gold: { type: 'string' },
      json: { type: 'boolean' },
      'per-article': { type: 'boolean' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const articlesDir = values.articles ?? dataPath('articles');
  const goldDir = values.gold ?? dataPath('gold');
  const goldFiles = (await readdir(goldDir)).filter((f) => f.endsWith('.json'));
  const gold = new Map<string, Gold>();
  for (const file of goldFiles) {
    try {
      gold.set(path.basename(file, '.json'), parseGold(JSON.parse(await readFile(path.join(goldDir, file), 'utf8'))));
    } catch (error) {
      throw new Error(`eval: gold file ${file} is not valid: ${(error as Error).message}`, { cause: error });
    }
  }
  const articles: SplitArticle[] = [];
  for await (const batch of prepareArticles([articlesDir])) {
    for (const failure of batch.failures) console.error(`eval: skipped ${failure.file}: ${failure.reason}`);
    articles.push(...batch.articles.filter((a) => gold.has(path.basename(a.file, path.extname(a.file)))));
  }
  if (articles.length === 0) throw new Error(`eval: no article in ${articlesDir} has a gold file in ${goldDir}`);
  const doc = extractDocument(articles);
  const perArticle: Record<Kind, Counts>[] = [];
  for (const article of articles) {
    const base = path.basename(article.file, path.extname(article.file));
    const misses = values.explain
      ? (Object.fromEntries(KINDS.map((k) => [k, { missed: [], wrong: [] }])) as unknown as Misses)
      : undefined;
    const counts = scoreArticle(doc, article.id, gold.get(base)!, misses);
    perArticle.push(counts);
    if ((values['per-article'] || values.explain) && !values.json) {
      console.log(
        `${base}: ${KINDS.map((k) => `${k} tp=${counts[k].tp} fp=${counts[k].fp} fn=${counts[k].fn}`).join('  ')}`,
      );
    }
    if (misses && !values.json) {
      for (const kind of KINDS) {
        for (const line of misses[kind].missed) console.log(`  missed ${kind.slice(0, -1)}: ${line}`);
        for (const line of misses[kind].wrong) console.log(`  wrong  ${kind.slice(0, -1)}: ${line}`);
      }
    }
  }
  const scores = summarise(perArticle);
  if (values.json) {
    console.log(JSON.stringify({ articles: articles.length, extractor: doc.extractor, scores }, null, 2));
    return;
  }
  console.log(`${doc.extractor.name} ${doc.extractor.version} on ${articles.length} articles (${articlesDir})`);
  console.log('kind          precision  recall     F1   (found/gold, wrong predictions)');
  for (const kind of KINDS) {
    const s = scores[kind];
    console.log(
      `${kind.padEnd(12)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3).padStart(5)}   (${s.tp}/${s.tp + s.fn}, ${s.fp})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
