/*
 * `npm run eval [-- --articles DIR --gold DIR] [--json] [--per-article] [--explain]`: runs the extractor over
 * folders of articles and scores it against gold annotations with the same basenames.
 * By default it scores the sample corpus (data/articles against data/gold, the team's matching rules) and, beside
 * it, the shared real-news dev set (../shared/devset, matched exactly as its score.mjs matches, each article
 * extracted on its own). With --articles/--gold it scores that one folder, choosing the rules from the gold format.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareArticles, extractDocument } from '../pipeline.ts';
import type { SplitArticle } from '../contract.ts';
import { EXTRACTOR } from '../extract/extractor-info.ts';
import { dataPath, displayPath, projectRoot } from '../paths.ts';
import { parseGold, type Gold } from './gold.ts';
import { isDevGold, parseDevGold, type DevGold } from './gold-devset.ts';
import { KINDS, scoreArticle, summarise, type Counts, type Kind, type Misses } from './score.ts';
import { DEV_KINDS, devF1, scoreDevArticle, sumDev, type DevArticleScore, type DevMisses } from './score-devset.ts';

const HELP = `Usage: npm run eval -- [--articles DIR --gold DIR] [--json] [--per-article] [--explain]

Scores the default extractor against gold annotations (one <article basename>.json per article).
Without --articles/--gold: the sample corpus (data/articles, data/gold) and the shared dev set
(../shared/devset, or NEWSGRAPH_DEVSET), the dev set matched exactly as its score.mjs matches.
  --articles DIR   folder of articles
  --gold DIR       folder of gold files (the team's format, or the dev set's)
  --json           print the scores as JSON
  --per-article    also print each article's counts
  --explain        also print, per article, the gold items not found and the wrong predictions`;

interface Options {
  json: boolean;
  perArticle: boolean;
  explain: boolean;
}

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
  const options: Options = { json: !!values.json, perArticle: !!values['per-article'], explain: !!values.explain };
  if (values.articles || values.gold) {
    const articlesDir = values.articles ?? dataPath('articles');
    const goldDir = values.gold ?? dataPath('gold');
    const report = (await readsAsDevSet(goldDir))
      ? await evaluateDevSet(articlesDir, goldDir, options)
      : await evaluateTeamSet(articlesDir, goldDir, options);
    if (options.json) console.log(JSON.stringify(report, null, 2));
    return;
  }
  const sample = await evaluateTeamSet(dataPath('articles'), dataPath('gold'), options);
  const devset = findDevSet();
  if (!devset) {
    if (options.json) console.log(JSON.stringify({ sample }, null, 2));
    else console.log('eval: no dev set at ../shared/devset (or NEWSGRAPH_DEVSET): scored the sample corpus only');
    return;
  }
  if (!options.json) console.log('');
  const dev = await evaluateDevSet(path.join(devset, 'articles'), path.join(devset, 'gold'), options);
  if (options.json) console.log(JSON.stringify({ sample, devset: dev }, null, 2));
}

/** The shared dev set: NEWSGRAPH_DEVSET, else ../shared/devset beside the checkout (or beside its worktree folder). */
export function findDevSet(): string | undefined {
  const candidates = process.env.NEWSGRAPH_DEVSET
    ? [path.resolve(process.env.NEWSGRAPH_DEVSET)]
    : [path.join(projectRoot, '..', 'shared', 'devset'), path.join(projectRoot, '..', '..', 'shared', 'devset')];
  return candidates.find((dir) => existsSync(path.join(dir, 'gold')) && existsSync(path.join(dir, 'articles')));
}

async function goldFiles(goldDir: string): Promise<{ base: string; json: unknown }[]> {
  const files = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const result: { base: string; json: unknown }[] = [];
  for (const file of files) {
    try {
      result.push({
        base: path.basename(file, '.json'),
        json: JSON.parse(await readFile(path.join(goldDir, file), 'utf8')),
      });
    } catch (error) {
      throw new Error(`eval: gold file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
  }
  return result;
}

async function readsAsDevSet(goldDir: string): Promise<boolean> {
  const first = (await goldFiles(goldDir))[0];
  return first !== undefined && isDevGold(first.json);
}

function parsed<T>(file: string, parse: (json: unknown) => T, json: unknown): T {
  try {
    return parse(json);
  } catch (error) {
    throw new Error(`eval: gold file ${file}.json is not valid: ${(error as Error).message}`, { cause: error });
  }
}

/** The articles of `articlesDir` that have a gold file, in the gold files' order. */
async function articlesWithGold(articlesDir: string, bases: Set<string>, goldDir: string): Promise<SplitArticle[]> {
  const articles: SplitArticle[] = [];
  for await (const batch of prepareArticles([articlesDir])) {
    for (const failure of batch.failures) console.error(`eval: skipped ${failure.file}: ${failure.reason}`);
    articles.push(...batch.articles.filter((a) => bases.has(baseOf(a))));
  }
  if (articles.length === 0) throw new Error(`eval: no article in ${articlesDir} has a gold file in ${goldDir}`);
  return articles.sort((a, b) => baseOf(a).localeCompare(baseOf(b)));
}

function baseOf(article: SplitArticle): string {
  return path.basename(article.file, path.extname(article.file));
}

/** The team's sets (data/gold, data/dev): one document for all articles, the team's matching rules. */
async function evaluateTeamSet(articlesDir: string, goldDir: string, options: Options) {
  const gold = new Map<string, Gold>();
  for (const { base, json } of await goldFiles(goldDir)) gold.set(base, parsed(base, parseGold, json));
  const articles = await articlesWithGold(articlesDir, new Set(gold.keys()), goldDir);
  const doc = extractDocument(articles);
  // The relation types this gold set annotates: predictions of other types are counted apart, not scored.
  const relationTypes = new Set([...gold.values()].flatMap((g) => g.relations.map((r) => r.type)));
  const unscored = doc.relations.filter((r) => !relationTypes.has(r.type)).length;
  const perArticle: Record<Kind, Counts>[] = [];
  for (const article of articles) {
    const misses = options.explain
      ? (Object.fromEntries(KINDS.map((k) => [k, { missed: [], wrong: [] }])) as unknown as Misses)
      : undefined;
    const counts = scoreArticle(doc, article.id, gold.get(baseOf(article))!, misses, relationTypes);
    perArticle.push(counts);
    if ((options.perArticle || options.explain) && !options.json) {
      console.log(
        `${baseOf(article)}: ${KINDS.map((k) => `${k} tp=${counts[k].tp} fp=${counts[k].fp} fn=${counts[k].fn}`).join('  ')}`,
      );
    }
    if (misses && !options.json) printMisses(misses);
  }
  const scores = summarise(perArticle);
  if (!options.json) {
    console.log(
      `${doc.extractor.name} ${doc.extractor.version} on ${articles.length} articles (${displayPath(articlesDir)}), team rules`,
    );
    console.log('kind          precision  recall     F1   (found/gold, wrong predictions)');
    for (const kind of KINDS) {
      const s = scores[kind];
      console.log(
        `${kind.padEnd(12)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3).padStart(5)}   (${s.tp}/${s.tp + s.fn}, ${s.fp})`,
      );
    }
    console.log(`relations of types the gold does not annotate (not scored): ${unscored}`);
  }
  return { articles: articles.length, extractor: doc.extractor, rules: 'team', scores, unscoredRelations: unscored };
}

/** The shared dev set: each article extracted on its own and matched as its score.mjs matches. */
async function evaluateDevSet(articlesDir: string, goldDir: string, options: Options) {
  const gold = new Map<string, DevGold>();
  for (const { base, json } of await goldFiles(goldDir)) gold.set(base, parsed(base, parseDevGold, json));
  const articles = await articlesWithGold(articlesDir, new Set(gold.keys()), goldDir);
  const scores: DevArticleScore[] = [];
  for (const article of articles) {
    const misses = options.explain
      ? (Object.fromEntries(DEV_KINDS.map((k) => [k, { missed: [], wrong: [] }])) as unknown as DevMisses)
      : undefined;
    const score = scoreDevArticle(extractDocument([article]), gold.get(baseOf(article))!, misses);
    scores.push(score);
    if ((options.perArticle || options.explain) && !options.json) {
      console.log(
        `${baseOf(article)}: ${DEV_KINDS.map((k) => `${k} ${devF1(score.counts[k]).f1.toFixed(2)}`).join('  ')}`,
      );
    }
    if (misses && !options.json) printMisses(misses);
  }
  const total = sumDev(scores);
  const summary = Object.fromEntries(DEV_KINDS.map((k) => [k, { ...total.counts[k], ...devF1(total.counts[k]) }]));
  const statusAccuracy = total.status.matched ? total.status.correct / total.status.matched : null;
  if (!options.json) {
    console.log(
      `${EXTRACTOR.name} ${EXTRACTOR.version} on ${articles.length} articles (${displayPath(articlesDir)}), score.mjs rules`,
    );
    console.log('kind          precision  recall     F1   (found/gold, predicted)');
    for (const kind of DEV_KINDS) {
      const s = summary[kind]!;
      console.log(
        `${kind.padEnd(12)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3).padStart(5)}   (${s.tp}/${s.gold}, ${s.predicted})`,
      );
    }
    console.log(
      `allegation status accuracy on matched: ${statusAccuracy === null ? 'n/a' : statusAccuracy.toFixed(3)} (${total.status.correct}/${total.status.matched})`,
    );
  }
  return { articles: articles.length, extractor: EXTRACTOR, rules: 'score.mjs', scores: summary, statusAccuracy };
}

function printMisses(misses: Record<string, { missed: string[]; wrong: string[] }>): void {
  for (const [kind, { missed, wrong }] of Object.entries(misses)) {
    for (const line of missed) console.log(`  missed ${kind}: ${line}`);
    for (const line of wrong) console.log(`  wrong  ${kind}: ${line}`);
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
