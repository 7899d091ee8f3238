/* The main kind of a node from its labels, the same on the server and in the browser. */

const KIND_ORDER = ['Person', 'State', 'Organisation', 'Place', 'Event', 'Allegation', 'Article', 'Sentence'];

/** Person, State, Organisation, Place, Event, Allegation, Article, Sentence, or the first label. */
export function kindOf(labels: readonly string[]): string {
  for (const kind of KIND_ORDER) if (labels.includes(kind)) return kind;
  return labels.find((l) => l !== 'Entity' && l !== 'Actor') ?? labels[0] ?? 'Node';
}

/** Free text (a claim, a sentence) is cut to this many characters when it stands for a node's name. */
const FREE_TEXT_CHARS = 80;

/** The display name of a node from its properties: a name or label in full, free text cut with "…". */
export function nameOf(properties: Record<string, unknown>, fallback: string): string {
  for (const key of ['name', 'label', 'title', 'claim', 'type', 'text', 'id']) {
    const value = properties[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const freeText = key === 'claim' || key === 'text';
    return freeText && value.length > FREE_TEXT_CHARS ? `${value.slice(0, FREE_TEXT_CHARS - 1)}…` : value;
  }
  return fallback;
}
