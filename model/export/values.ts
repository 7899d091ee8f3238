/*
 * Pure helpers the writers share: the type of a property (inferred over a whole stream, so keys can
 * be declared up front), a node's display label, the label a node is MERGEd on, and
 * the collector of cited articles.
 */
import { ID_LABELS } from '../graph-model.ts';
import type { CitedArticle, ExportEdge, ExportNode } from './types.ts';

export type ScalarType = 'boolean' | 'long' | 'double' | 'string';

/** A property's type across every element that has it: a scalar, or a list of scalars. */
export interface ValueType {
  base: ScalarType;
  list: boolean;
}

const WIDEN: Record<ScalarType, number> = { boolean: 0, long: 1, double: 2, string: 3 };

function scalarType(value: unknown): ScalarType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function widen(a: ScalarType, b: ScalarType): ScalarType {
  if (a === b) return a;
  // A boolean mixed with anything, or a string mixed with anything, is written as a string.
  if (a === 'boolean' || b === 'boolean') return 'string';
  return WIDEN[a] > WIDEN[b] ? a : b;
}

/** The type of one value, or null for null or an empty list (which say nothing about the type). */
export function valueType(value: unknown): ValueType | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return { base: value.map(scalarType).reduce(widen), list: true };
  }
  return { base: scalarType(value), list: false };
}

/** Property name → type, widened over every value seen; lists of unknown type default to strings. */
export class TypeModel {
  readonly types = new Map<string, ValueType>();
  private readonly emptyLists = new Set<string>();

  /** Records every property of one element. */
  note(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const type = valueType(value);
      if (!type) {
        if (Array.isArray(value)) this.emptyLists.add(name);
        continue;
      }
      const known = this.types.get(name);
      if (!known) this.types.set(name, type);
      else if (known.list !== type.list) this.types.set(name, { base: 'string', list: false });
      else this.types.set(name, { base: widen(known.base, type.base), list: known.list });
    }
  }

  /** The final model, in first-seen order (properties only ever seen as empty lists are string lists). */
  entries(): [string, ValueType][] {
    for (const name of this.emptyLists) if (!this.types.has(name)) this.types.set(name, { base: 'string', list: true });
    return [...this.types.entries()];
  }
}

/** Scalar value as text for a typed attribute (numbers as written by JS, which round-trips). */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The label a node is MERGEd and MATCHed on: its constrained label, else its first label. */
export function keyLabel(labels: string[] | undefined): string | undefined {
  if (!labels || labels.length === 0) return undefined;
  return ID_LABELS.find((label) => labels.includes(label)) ?? labels[0];
}

/** A short human label for a node: its name, label, title or text, else its key. */
export function displayLabel(node: Pick<ExportNode, 'key' | 'properties'>): string {
  const p = node.properties;
  for (const name of ['name', 'label', 'title', 'claim', 'text']) {
    const value = p[name];
    if (typeof value === 'string' && value.trim() !== '') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  }
  return node.key;
}

/**
 * Collects the articles an export cites, while it streams: Article nodes (with their details), the
 * `articleId` of Sentence nodes and the `articleIds` provenance of relationships. Holds one entry per
 * article, never the graph.
 */
export class CitationCollector {
  private readonly cited = new Map<string, CitedArticle | null>();

  noteNode(node: ExportNode): void {
    const p = node.properties;
    if (node.labels.includes('Article')) {
      this.cited.set(node.key, {
        id: node.key,
        title: stringOrNull(p.title),
        source: stringOrNull(p.source),
        publishedAt: stringOrNull(p.publishedAt),
        url: stringOrNull(p.url),
      });
    } else if (typeof p.articleId === 'string' && !this.cited.has(p.articleId)) {
      this.cited.set(p.articleId, null);
    }
    this.noteIds(p.articleIds);
  }

  noteEdge(edge: ExportEdge): void {
    this.noteIds(edge.properties.articleIds);
  }

  private noteIds(ids: unknown): void {
    if (!Array.isArray(ids)) return;
    for (const id of ids) if (typeof id === 'string' && !this.cited.has(id)) this.cited.set(id, null);
  }

  get size(): number {
    return this.cited.size;
  }

  /** Every cited article with its details (asking `lookup` for those not exported as nodes), by date then title. */
  async resolve(lookup: (ids: string[]) => Promise<CitedArticle[]>): Promise<CitedArticle[]> {
    const missing = [...this.cited.entries()].filter(([, details]) => details === null).map(([id]) => id);
    const found = new Map((missing.length > 0 ? await lookup(missing) : []).map((a) => [a.id, a]));
    const all = [...this.cited.entries()].map(
      ([id, details]) => details ?? found.get(id) ?? { id, title: null, source: null, publishedAt: null, url: null },
    );
    return all.sort(
      (a, b) =>
        (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || (a.title ?? a.id).localeCompare(b.title ?? b.id),
    );
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : value === null || value === undefined ? null : String(value);
}

/** The SOURCES file: one block per cited article. */
export function sourcesText(articles: CitedArticle[], header: string): string {
  const lines = [header, `${articles.length} article${articles.length === 1 ? '' : 's'} cited.`, ''];
  for (const a of articles) {
    lines.push(`${a.title ?? '(untitled)'}`);
    lines.push(`  outlet: ${a.source ?? 'unknown'}`);
    lines.push(`  date:   ${a.publishedAt ?? 'unknown'}`);
    lines.push(`  url:    ${a.url ?? 'none'}`);
    lines.push(`  id:     ${a.id}`);
    lines.push('');
  }
  return lines.join('\n');
}
