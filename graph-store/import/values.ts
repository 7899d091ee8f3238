/* Value conversions shared by the import readers. */
import neo4j from 'neo4j-driver';

/** Whole numbers become neo4j Integers (recursively in lists), so they are stored as INTEGER, not FLOAT. */
export function driverValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(driverValue);
  return value;
}

/** Every property through driverValue, nulls dropped. */
export function driverProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(properties)) if (v !== null && v !== undefined) out[k] = driverValue(v);
  return out;
}

/** A typed scalar from text: long/integer/short/byte → Integer, double/float → number, boolean, else string. */
export function typedScalar(type: string, text: string): unknown {
  switch (type) {
    case 'long':
    case 'int':
    case 'integer':
    case 'short':
    case 'byte':
      return /^-?\d+$/.test(text.trim()) ? neo4j.int(text.trim()) : text;
    case 'double':
    case 'float':
      return Number(text);
    case 'boolean':
      return text.trim().toLowerCase() === 'true';
    default:
      return text;
  }
}

/**
 * A GEXF 1.3 list value, `[a, "b, c", 3]` (or the 1.2 form `a|b|c`), as a list of typed scalars.
 * JSON arrays (what newsgraph writes) parse directly; otherwise pieces split on commas outside quotes.
 */
export function parseListText(base: string, text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed))
        return parsed.map((v) => (typeof v === 'string' ? typedScalar(base, v) : typedScalar(base, String(v))));
    } catch {
      // Not JSON: unquoted pieces, as graphology-gexf writes them.
    }
    return splitPieces(trimmed.slice(1, -1)).map((p) => typedScalar(base, p));
  }
  if (trimmed === '') return [];
  return trimmed.split('|').map((p) => typedScalar(base, p.trim()));
}

function splitPieces(inner: string): string[] {
  const pieces: string[] = [];
  let i = 0;
  while (i < inner.length) {
    while (i < inner.length && /\s/.test(inner[i]!)) i++;
    if (i >= inner.length) break;
    let piece = '';
    const quote = inner[i] === '"' || inner[i] === "'" ? inner[i]! : '';
    if (quote) {
      i++;
      while (i < inner.length && inner[i] !== quote) {
        if (inner[i] === '\\' && i + 1 < inner.length) {
          const next = inner[++i]!;
          piece += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
        } else piece += inner[i];
        i++;
      }
      i++;
      while (i < inner.length && inner[i] !== ',') i++;
    } else {
      while (i < inner.length && inner[i] !== ',') piece += inner[i++];
      piece = piece.trim();
    }
    pieces.push(piece);
    i++;
  }
  return pieces;
}
