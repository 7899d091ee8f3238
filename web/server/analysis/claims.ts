/*
 * Contested claims: for an allegation, or for every allegation an entity is a party to, who
 * asserts it, whom it targets, who denies and who confirms it, each with the sentences where they
 * say so (article, outlet, date); and the "most contested" overview.
 */
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import type { PlainNode } from '../../../graph-store/db/to-plain.ts';
import type { EvidenceSentence } from '#model/api-types.ts';
import type { Claim, ClaimParty, ClaimsResponse, ContestedOverviewResponse, Stance } from '#model/analyst-api.ts';
import { NotFoundError } from '#model/errors.ts';
import { kindOf, nameOf } from '#model/kinds.ts';
import { nodeKey } from '#model/subgraph.ts';
import { withReads, inducedSubgraphIn, type Reader } from '../explorer-queries.ts';

/** The stance each party edge stands for. */
const STANCE_OF: Record<string, Stance> = {
  ALLEGES: 'alleges',
  TARGETS: 'targets',
  DENIES: 'denies',
  CONFIRMS: 'confirms',
};
const STANCE_ORDER: Stance[] = ['alleges', 'targets', 'denies', 'confirms'];

interface ClaimRow {
  al: PlainNode;
  parties: { node: PlainNode; type: string; sentenceIds: string[] }[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The sentences `ids` with their articles, by id, the entities `highlight` marked in them. */
async function sentencesById(read: Reader, ids: string[], highlight: string[]): Promise<Map<string, EvidenceSentence>> {
  if (ids.length === 0) return new Map();
  const rows = await read<EvidenceSentence>('evidence-sentences', { ids, highlight });
  for (const s of rows) s.mentions.sort((a, b) => a.start - b.start);
  return new Map(rows.map((s) => [s.id, s]));
}

async function claimsOf(read: Reader, keys: string[]): Promise<Claim[]> {
  const rows = await read<ClaimRow>('claims', { keys });
  const ids = [...new Set(rows.flatMap((r) => r.parties.flatMap((p) => p.sentenceIds.map(String))))];
  const highlight = [...new Set(rows.flatMap((r) => r.parties.map((p) => nodeKey(p.node))))];
  const sentences = await sentencesById(read, ids, highlight);
  return rows.map(({ al, parties }) => ({
    key: nodeKey(al),
    claim: text(al.properties.claim),
    category: text(al.properties.category),
    status: text(al.properties.status),
    allegerDescription: text(al.properties.allegerDescription),
    articleCount: Number(al.properties.articleCount ?? 0),
    outletCount: Number(al.properties.outletCount ?? 0),
    parties: parties
      .map((p): ClaimParty => ({
        key: nodeKey(p.node),
        name: nameOf(p.node.properties, nodeKey(p.node)),
        kind: kindOf(p.node.labels),
        stance: STANCE_OF[p.type]!,
        statements: p.sentenceIds
          .map((id) => sentences.get(String(id)))
          .filter((s): s is EvidenceSentence => s !== undefined)
          .map((sentence) => ({ sentence, date: sentence.article.publishedAt }))
          .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
      }))
      .sort((a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) || a.name.localeCompare(b.name)),
  }));
}

/** The claims of an allegation, or of every allegation an entity is a party to. */
export function claims(db: GraphDatabase, key: string): Promise<ClaimsResponse> {
  return withReads(db, async (read) => {
    const [row] = await read<{ n: PlainNode }>('nodes-by-key', { keys: [key] });
    if (!row || !(row.n.labels.includes('Allegation') || row.n.labels.includes('Entity')))
      throw new NotFoundError(`claims: no Entity or Allegation has the id "${key}"`);
    const keys = row.n.labels.includes('Allegation')
      ? [key]
      : (await read<{ id: string }>('claims-of-entity', { key })).map((r) => r.id);
    return { key, kind: kindOf(row.n.labels), name: nameOf(row.n.properties, key), claims: await claimsOf(read, keys) };
  });
}

/** The "most contested" overview: the allegations some assert and some deny, ranked, with their parties. */
export function contestedOverview(db: GraphDatabase, limit: number): Promise<ContestedOverviewResponse> {
  return withReads(db, async (read) => {
    const rows = await read<{ al: PlainNode; allegers: number; deniers: number; parties: string[] }>(
      'overview-contested',
      { limit },
    );
    const keys = [...new Set(rows.flatMap((r) => [nodeKey(r.al), ...r.parties]))];
    return {
      subgraph: await inducedSubgraphIn(read, keys, true),
      ranked: rows.map(({ al, allegers, deniers }) => ({
        key: nodeKey(al),
        name: nameOf(al.properties, nodeKey(al)),
        claim: text(al.properties.claim),
        status: text(al.properties.status),
        allegers,
        deniers,
        articleCount: Number(al.properties.articleCount ?? 0),
      })),
    };
  });
}
