/*
 * Query files: one query per `.cypher` file, opened by a header of `// key: value` lines.
 *
 *   // name: ego-network
 *   // title: Ego network of an actor
 *   // description: The entities around an actor, through relations, shared events and allegations.
 *   // param: actor entity = state:ru -- The actor at the centre.
 *   // param: depth integer[1..4] = 2 -- How many hops out.
 *   // param: from date? -- Earliest date; empty for no lower bound.
 *   // result: graph
 *   MATCH ...
 *
 * A param line is `<name> <type>[<min>..<max>][?] [= <default>] [-- <description>]`: a range (integer
 * and float only; either end may be left out) bounds the values, `?` makes it optional (null when
 * not given), a default makes it optional with that value. The body must use every declared
 * parameter as `$name` and no other.
 */
import { parseCypherFile } from '../db/cypher-files.ts';
import { QueryFileError } from '#model/errors.ts';
import { coerceParamValue } from '#model/saved-queries/params.ts';
import {
  PARAM_TYPES,
  RESULT_KINDS,
  type ParamType,
  type QueryDefinition,
  type QueryParam,
  type QuerySource,
  type ResultKind,
} from '#model/saved-queries/types.ts';

const NAME = /^[a-z0-9][a-z0-9-]*$/;
const NUMBER = '-?\\d+(?:\\.\\d+)?';
const PARAM_LINE = new RegExp(
  `^([A-Za-z_][A-Za-z0-9_]*)\\s+([a-z]+)(?:\\[\\s*(${NUMBER})?\\s*\\.\\.\\s*(${NUMBER})?\\s*\\])?(\\?)?\\s*(?:=\\s*(.*?))?\\s*(?:--\\s*(.*))?$`,
);
const HEADER_LINE = /^\/\/\s*([A-Za-z][\w-]*)\s*:\s?(.*)$/;

/** The `$name` parameters a Cypher text refers to (outside string literals and comments). */
export function referencedParams(cypher: string): string[] {
  const withoutStrings = cypher
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const names = new Set<string>();
  for (const match of withoutStrings.matchAll(/\$(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))/g))
    names.add(match[1] ?? match[2]!);
  return [...names];
}

/** Parses one `param:` header value. */
export function parseParamLine(text: string, where: string): QueryParam {
  const match = PARAM_LINE.exec(text.trim());
  if (!match)
    throw new QueryFileError(
      `${where}: cannot read "param: ${text}"; write "param: <name> <type>[<min>..<max>][?] [= <default>] [-- <description>]"`,
    );
  const [, name, typeText, minText, maxText, question, defaultText, description] = match;
  if (!(PARAM_TYPES as readonly string[]).includes(typeText!)) {
    throw new QueryFileError(
      `${where}: parameter "${name}" has type "${typeText}"; the types are ${PARAM_TYPES.join(', ')}`,
    );
  }
  const type = typeText as ParamType;
  const param: QueryParam = {
    name: name!,
    type,
    optional: question === '?' || defaultText !== undefined,
    description: description?.trim() ?? '',
    ...(minText !== undefined && { min: Number(minText) }),
    ...(maxText !== undefined && { max: Number(maxText) }),
  };
  if ((minText !== undefined || maxText !== undefined) && type !== 'integer' && type !== 'float')
    throw new QueryFileError(`${where}: parameter "${name}" has a range, but only integer and float parameters can`);
  if (param.min !== undefined && param.max !== undefined && param.min > param.max)
    throw new QueryFileError(
      `${where}: parameter "${name}" has the range ${param.min}..${param.max}, whose start is past its end`,
    );
  if (defaultText !== undefined && defaultText !== '') {
    try {
      const value = coerceParamValue(param, defaultText);
      if (value !== null) param.default = value;
    } catch (error) {
      throw new QueryFileError(`${where}: the default of "${name}": ${(error as Error).message}`);
    }
  }
  return param;
}

/** Reads a query file's text into a definition; throws QueryFileError naming `file` when the header is unusable. */
export function parseQueryFile(text: string, options: { file?: string; source?: QuerySource } = {}): QueryDefinition {
  const where = options.file ?? 'query file';
  const fields: Record<string, string> = {};
  const params: QueryParam[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('//')) break;
    const match = HEADER_LINE.exec(trimmed);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (key === 'param') params.push(parseParamLine(value, where));
    else fields[key] = fields[key] ? `${fields[key]} ${value}` : value;
  }
  const { body } = parseCypherFile(text);
  const name = fields.name ?? '';
  if (!NAME.test(name))
    throw new QueryFileError(
      `${where}: the header needs "// name: <slug>" (lower-case letters, digits, hyphens), not "${name}"`,
    );
  if (!fields.title) throw new QueryFileError(`${where}: the header needs "// title: ..."`);
  const result = (fields.result ?? '') as ResultKind;
  if (!RESULT_KINDS.includes(result))
    throw new QueryFileError(
      `${where}: the header needs "// result: graph" or "// result: table", not "${fields.result ?? ''}"`,
    );
  if (!body) throw new QueryFileError(`${where}: the file has a header but no query`);
  checkParamsMatchBody(params, body, where);
  return {
    name,
    title: fields.title,
    description: fields.description ?? '',
    params,
    result,
    cypher: body,
    source: options.source ?? 'library',
    ...(options.file !== undefined && { file: options.file }),
  };
}

/** Every declared parameter is used, every used parameter is declared, and none is declared twice. */
export function checkParamsMatchBody(params: QueryParam[], cypher: string, where: string): void {
  const declared = params.map((p) => p.name);
  const twice = declared.filter((n, i) => declared.indexOf(n) !== i);
  if (twice.length > 0) throw new QueryFileError(`${where}: parameter "${twice[0]}" is declared twice`);
  const used = referencedParams(cypher);
  const undeclared = used.filter((n) => !declared.includes(n));
  if (undeclared.length > 0)
    throw new QueryFileError(
      `${where}: the query uses ${undeclared.map((n) => `$${n}`).join(', ')} but the header declares no such parameter`,
    );
  const unused = declared.filter((n) => !used.includes(n));
  if (unused.length > 0)
    throw new QueryFileError(
      `${where}: the header declares ${unused.map((n) => `"${n}"`).join(', ')} but the query never uses it`,
    );
}

/** Writes a definition back as a query file (used for saved queries). */
export function formatQueryFile(
  query: Pick<QueryDefinition, 'name' | 'title' | 'description' | 'params' | 'result' | 'cypher'>,
): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines = [`// name: ${query.name}`, `// title: ${oneLine(query.title)}`];
  if (query.description) lines.push(`// description: ${oneLine(query.description)}`);
  for (const p of query.params) {
    const defaultText =
      p.default === undefined ? '' : ` = ${Array.isArray(p.default) ? p.default.join(', ') : String(p.default)}`;
    const optional = p.optional && p.default === undefined ? '?' : '';
    const range = p.min !== undefined || p.max !== undefined ? `[${p.min ?? ''}..${p.max ?? ''}]` : '';
    lines.push(
      `// param: ${p.name} ${p.type}${range}${optional}${defaultText}${p.description ? ` -- ${oneLine(p.description)}` : ''}`,
    );
  }
  lines.push(`// result: ${query.result}`);
  return `${lines.join('\n')}\n${query.cypher.trim()}\n`;
}
