/*
 * How a result value reads in a table cell (CLI table and CSV, the Queries panel's table): a node by
 * its name, a relationship by its type, a path as a chain, a list joined with commas. Pure, no
 * dependencies, so the browser uses it too.
 */

type Plain = Record<string, unknown>;

function isNode(value: Plain): boolean {
  return 'labels' in value && 'properties' in value && 'elementId' in value;
}

function isRelationship(value: Plain): boolean {
  return 'type' in value && 'startElementId' in value && 'properties' in value;
}

function isPath(value: Plain): boolean {
  return Array.isArray(value.nodes) && Array.isArray(value.relationships);
}

/** The name a node goes by: name, label, claim, title, id, then its first label. */
export function nodeName(node: { labels: string[]; properties: Record<string, unknown> }): string {
  const p = node.properties;
  for (const key of ['name', 'label', 'claim', 'title', 'text', 'id'])
    if (typeof p[key] === 'string' && p[key]) return p[key] as string;
  return `(${node.labels[0] ?? 'node'})`;
}

/** The text of one value in a table cell. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') {
    const v = value as Plain;
    if (isNode(v)) return nodeName(v as unknown as { labels: string[]; properties: Record<string, unknown> });
    if (isRelationship(v)) return `:${String(v.type)}`;
    if (isPath(v))
      return (v.nodes as { labels: string[]; properties: Record<string, unknown> }[]).map(nodeName).join(' — ');
    return JSON.stringify(v);
  }
  return String(value);
}
