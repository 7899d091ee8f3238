/*
 * Reads a newsgraph Cypher export back without running it: each line is parsed as one of the two
 * statement shapes the writer produces, and anything else is refused with its line number. So
 * `newsgraph import` never executes Cypher text from a file; it writes through its own MERGE queries.
 *   MERGE (n:Label {id: "…"}) [SET n += {…}[, n:Other:Labels]];
 *   MATCH (a[:Label] {id: "…"}) MATCH (b[:Label] {id: "…"}) MERGE (a)-[:TYPE {…}]->(b);
 */
import { InputError } from '#model/errors.ts';
import type { ImportedGraph } from './types.ts';

type Token = { kind: 'name' | 'string' | 'number' | 'punct'; text: string; value?: unknown };

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += line[j] === '\\' ? 2 : 1;
      const raw = line.slice(i, j + 1);
      // Double-quoted strings are JSON (what the writer emits); single-quoted ones get the same escapes.
      const json = c === '"' ? raw : `"${raw.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`;
      tokens.push({ kind: 'string', text: raw, value: JSON.parse(json) });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let name = '';
      while (j < line.length) {
        if (line[j] === '`' && line[j + 1] === '`') {
          name += '`';
          j += 2;
        } else if (line[j] === '`') break;
        else name += line[j++];
      }
      tokens.push({ kind: 'name', text: name });
      i = j + 1;
    } else if (/\d/.test(c) || (c === '-' && /\d/.test(line[i + 1] ?? ''))) {
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(line.slice(i));
      if (!match) throw new Error(`unexpected "${c}"`);
      tokens.push({ kind: 'number', text: match[0], value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i))!;
      tokens.push({ kind: 'name', text: match[0] });
      i += match[0].length;
    } else if (line.startsWith('+=', i) || line.startsWith('->', i)) {
      tokens.push({ kind: 'punct', text: line.slice(i, i + 2) });
      i += 2;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.at];
  }

  next(): Token {
    const token = this.tokens[this.at++];
    if (!token) throw new Error('the statement ends too early');
    return token;
  }

  expect(text: string): void {
    const token = this.next();
    if (token.text !== text || token.kind === 'string') throw new Error(`expected "${text}", found "${token.text}"`);
  }

  keyword(word: string): void {
    const token = this.next();
    if (token.kind !== 'name' || token.text.toUpperCase() !== word)
      throw new Error(`expected ${word}, found "${token.text}"`);
  }

  name(): string {
    const token = this.next();
    if (token.kind !== 'name') throw new Error(`expected a name, found "${token.text}"`);
    return token.text;
  }

  isPunct(text: string): boolean {
    const token = this.peek();
    return token !== undefined && token.kind === 'punct' && token.text === text;
  }

  value(): unknown {
    const token = this.next();
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'name') {
      const word = token.text.toLowerCase();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
    }
    if (token.text === '[') {
      const items: unknown[] = [];
      while (!this.isPunct(']')) {
        items.push(this.value());
        if (!this.isPunct(']')) this.expect(',');
      }
      this.expect(']');
      return items;
    }
    if (token.text === '{') {
      this.at--;
      return this.map();
    }
    throw new Error(`unexpected "${token.text}"`);
  }

  map(): Record<string, unknown> {
    this.expect('{');
    const map: Record<string, unknown> = {};
    while (!this.isPunct('}')) {
      const key = this.name();
      this.expect(':');
      map[key] = this.value();
      if (!this.isPunct('}')) this.expect(',');
    }
    this.expect('}');
    return map;
  }

  /** `(v[:Label...] {id: value})` → labels and id. */
  nodePattern(): { variable: string; labels: string[]; id: string } {
    this.expect('(');
    const variable = this.name();
    const labels: string[] = [];
    while (this.isPunct(':')) {
      this.next();
      labels.push(this.name());
    }
    const props = this.map();
    this.expect(')');
    if (props.id === undefined || props.id === null) throw new Error('a node pattern without an id');
    return { variable, labels, id: String(props.id) };
  }

  end(): void {
    if (this.isPunct(';')) this.next();
    if (this.peek()) throw new Error(`unexpected "${this.peek()!.text}" after the statement`);
  }
}

/** Reads a Cypher export into nodes and relationships (node labels known only for MERGEd nodes). */
export function readCypherScript(content: string, file: string): ImportedGraph {
  const graph: ImportedGraph = { nodes: [], edges: [] };
  content.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    try {
      const p = new Parser(tokenize(trimmed));
      const first = p.name().toUpperCase();
      if (first === 'MERGE') {
        const node = p.nodePattern();
        const labels = [...node.labels];
        let properties: Record<string, unknown> = { id: node.id };
        if (p.peek()) {
          p.keyword('SET');
          for (;;) {
            if (p.name() !== node.variable) throw new Error('SET on another variable');
            if (p.isPunct('+=')) {
              p.next();
              properties = { ...properties, ...p.map() };
            } else {
              while (p.isPunct(':')) {
                p.next();
                labels.push(p.name());
              }
            }
            if (!p.isPunct(',')) break;
            p.next();
          }
        }
        p.end();
        graph.nodes.push({ key: node.id, labels: labels.length > 0 ? labels : ['Node'], properties });
      } else if (first === 'MATCH') {
        const a = p.nodePattern();
        p.keyword('MATCH');
        const b = p.nodePattern();
        p.keyword('MERGE');
        p.expect('(');
        if (p.name() !== a.variable) throw new Error('MERGE from another variable');
        p.expect(')');
        p.expect('-');
        p.expect('[');
        p.expect(':');
        const type = p.name();
        const properties = p.isPunct('{') ? p.map() : {};
        p.expect(']');
        p.expect('->');
        p.expect('(');
        if (p.name() !== b.variable) throw new Error('MERGE to another variable');
        p.expect(')');
        p.end();
        graph.edges.push({ type, source: a.id, target: b.id, properties });
      } else {
        throw new Error(`statements start with MERGE or MATCH, not ${first}`);
      }
    } catch (error) {
      throw new InputError(
        `${file} line ${index + 1} is not a newsgraph export statement (${(error as Error).message}); import runs only MERGE statements of the form newsgraph writes`,
      );
    }
  });
  return graph;
}
