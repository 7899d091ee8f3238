/* The main kind of a node from its labels, the same on the server and in the browser. */

const KIND_ORDER = ['Person', 'State', 'Organisation', 'Place', 'Event', 'Allegation', 'Article', 'Sentence'];

/** Person, State, Organisation, Place, Event, Allegation, Article, Sentence, or the first label. */
export function kindOf(labels: readonly string[]): string {
  for (const kind of KIND_ORDER) if (labels.includes(kind)) return kind;
  return labels.find((l) => l !== 'Entity' && l !== 'Actor') ?? labels[0] ?? 'Node';
}

/** The display name of a node from its properties. */
export function nameOf(properties: Record<string, unknown>, fallback: string): string {
  for (const key of ['name', 'label', 'title', 'claim', 'type', 'text', 'id']) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  }
  return fallback;
}
