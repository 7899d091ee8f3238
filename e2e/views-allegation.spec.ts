/*
 * Allegations read the right way round, in Chromium against the real server and the tests' Neo4j
 * with the sample corpus: an allegation's Details list who alleges it, who is accused and who denies
 * it, exactly as the graph's relationships say (ALLEGES into the allegation, TARGETS out of it to the
 * accused, DENIES into it), each party a link with a sentence where it takes that stance.
 */
import { expect, test } from '@playwright/test';
import { GraphDatabase } from '../graph-store/db/graph-database.ts';
import { testTarget } from '../testing/test-database.ts';

interface Stances {
  id: string;
  alleged: string[];
  accused: string[];
  /** The first accused, by id and name. */
  firstAccused: { id: string; name: string };
  denied: string[];
  /** Sentence ids where each denier denies it. */
  denials: Record<string, string[]>;
}

/** The most reported allegation that someone alleges, that targets someone, and that someone denies. */
async function contestedAllegation(): Promise<Stances> {
  const db = GraphDatabase.open(testTarget());
  try {
    const [row] = await db.read<Stances & { denialRows: { name: string; ids: string[] }[] }>(
      `MATCH (al:Allegation)
       WHERE EXISTS { (:Entity)-[:ALLEGES]->(al) } AND EXISTS { (al)-[:TARGETS]->(:Entity) } AND EXISTS { (:Entity)-[:DENIES]->(al) }
       WITH al ORDER BY al.articleCount DESC, al.id LIMIT 1
       RETURN al.id AS id,
              COLLECT { MATCH (e:Entity)-[:ALLEGES]->(al) RETURN DISTINCT e.name } AS alleged,
              COLLECT { MATCH (al)-[:TARGETS]->(e:Entity) RETURN DISTINCT e.name } AS accused,
              COLLECT { MATCH (al)-[:TARGETS]->(e:Entity) RETURN {id: e.id, name: e.name} ORDER BY e.id LIMIT 1 }[0] AS firstAccused,
              COLLECT { MATCH (e:Entity)-[:DENIES]->(al) RETURN DISTINCT e.name } AS denied,
              COLLECT { MATCH (e:Entity)-[d:DENIES]->(al) RETURN {name: e.name, ids: d.sentenceIds} } AS denialRows`,
    );
    expect(row, 'the sample corpus has an allegation that is alleged, targets someone and is denied').toBeTruthy();
    return { ...row!, denials: Object.fromEntries(row!.denialRows.map((d) => [d.name, d.ids])) };
  } finally {
    await db.close();
  }
}

test("an allegation's Details list who alleges, who is accused and who denies, with their sentences", async ({
  page,
  request,
}) => {
  const allegation = await contestedAllegation();
  await page.goto(`/?n=${encodeURIComponent(allegation.id)}&sel=${encodeURIComponent(allegation.id)}`);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('Allegation', { exact: true })).toBeVisible();

  for (const [title, names] of [
    ['Alleged by', allegation.alleged],
    ['Accused', allegation.accused],
    ['Denied by', allegation.denied],
  ] as const) {
    const group = details.getByRole('region', { name: title });
    await expect(group.getByRole('listitem')).toHaveCount(names.length);
    for (const name of names) await expect(group.getByRole('button', { name, exact: true })).toBeVisible();
  }
  // The old reading ("Russia (accuses)" for the accused) is gone.
  await expect(details).not.toContainText('(accuses)');

  await test.step('a denier is quoted where it denies', async () => {
    const [denier, ids] = Object.entries(allegation.denials)[0]!;
    const texts = await Promise.all(
      ids.map(async (id) => {
        const article = id.slice(0, id.lastIndexOf(':'));
        const body = (await (await request.get(`/api/articles/${article}`)).json()) as {
          sentences: { id: string; text: string }[];
        };
        return body.sentences.find((s) => s.id === id)!.text;
      }),
    );
    const item = details.getByRole('region', { name: 'Denied by' }).getByRole('listitem').filter({ hasText: denier });
    const quoted = (await item.locator('blockquote').textContent())!.replace(/\s*source\s*$/, '');
    expect(texts).toContain(quoted.trim());
  });

  await test.step('the edge from the allegation to the accused reads along its arrow: targets', async () => {
    const accused = allegation.firstAccused.id;
    const edge = `TARGETS:${allegation.id}->${accused}`;
    await page.goto(
      `/?n=${encodeURIComponent(allegation.id)},${encodeURIComponent(accused)}&edge=${encodeURIComponent(edge)}`,
    );
    await expect(details.getByRole('heading', { name: 'targets', exact: true })).toBeVisible();
    await expect(details.getByText(/→/)).toContainText(allegation.firstAccused.name);
    await page.goto(`/?n=${encodeURIComponent(allegation.id)}&sel=${encodeURIComponent(allegation.id)}`);
  });

  await test.step('a party is a link to the entity', async () => {
    const accused = allegation.accused[0]!;
    await details.getByRole('region', { name: 'Accused' }).getByRole('button', { name: accused, exact: true }).click();
    await expect(details.getByRole('heading', { name: accused, exact: true })).toBeVisible();
  });
});
