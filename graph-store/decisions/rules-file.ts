/*
 * The decisions file: the analyst's same-or-different rules (model/decisions.ts) as YAML that people
 * can read, review and share. By default data/decisions/entity-rules.yaml; NEWSGRAPH_DECISIONS_FILE
 * names another. The loader reads it on every load; the server adds and undoes rules. A rule that
 * cannot be used is one line in `problems` (naming the file and the rule), and the rest still apply.
 * Writes go to a temporary file renamed over the old one, so a reader never sees half a file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { ENTITY_TYPES } from '#model/graph-model.ts';
import type { EntityRule, UndoneRule } from '#model/decisions.ts';
import { NotFoundError } from '#model/errors.ts';
import { dataPath, displayPath } from '../paths.ts';

const ref = z.object({ id: z.string().min(1), name: z.string() });
const typedRef = ref.extend({ type: z.enum(ENTITY_TYPES) });
const base = {
  id: z.string().min(1),
  decidedBy: z.string(),
  decidedAt: z.string().min(1),
  note: z.string().optional(),
};
const ruleSchema = z.discriminatedUnion('action', [
  z.object({ ...base, action: z.literal('merge'), from: ref, into: typedRef }),
  z.object({ ...base, action: z.literal('split'), entity: ref, alias: z.string().min(1), into: typedRef }),
]);
const undoneSchema = z.intersection(ruleSchema, z.object({ undoneBy: z.string(), undoneAt: z.string() }));

export interface RulesFile {
  rules: EntityRule[];
  undone: UndoneRule[];
  /** Rules that could not be used, one line each. */
  problems: string[];
}

const HEADER = `# newsgraph: same-or-different decisions about entities, applied by the loader on every load
# (docs/graph-model.md, "Decisions"). Made and undone from the explorer's Details panel; edit with care.
`;

/** Where the decisions are kept: NEWSGRAPH_DECISIONS_FILE, else data/decisions/entity-rules.yaml. */
export function decisionsFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEWSGRAPH_DECISIONS_FILE
    ? path.resolve(env.NEWSGRAPH_DECISIONS_FILE)
    : dataPath('decisions', 'entity-rules.yaml');
}

function parseList<T>(items: unknown, schema: z.ZodType<T>, file: string, section: string, problems: string[]): T[] {
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) {
    problems.push(`${displayPath(file)}: "${section}" should be a list`);
    return [];
  }
  return items.flatMap((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return [parsed.data];
    const issue = parsed.error.issues[0];
    const id = (item as { id?: unknown })?.id;
    problems.push(
      `${displayPath(file)}: ${section} #${i + 1}${typeof id === 'string' ? ` (${id})` : ''} skipped: ${issue?.path.join('.') || 'rule'} ${issue?.message ?? 'is not a rule'}`,
    );
    return [];
  });
}

/** Reads the rules (none when the file does not exist). */
export function readRules(file: string): RulesFile {
  if (!existsSync(file)) return { rules: [], undone: [], problems: [] };
  const problems: string[] = [];
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return {
      rules: [],
      undone: [],
      problems: [`${displayPath(file)}: not readable YAML (${(error as Error).message.split('\n')[0]})`],
    };
  }
  const doc = (data ?? {}) as { rules?: unknown; undone?: unknown };
  return {
    rules: parseList(doc.rules, ruleSchema, file, 'rules', problems),
    undone: parseList(doc.undone, undoneSchema, file, 'undone', problems),
    problems,
  };
}

function writeRules(file: string, content: Pick<RulesFile, 'rules' | 'undone'>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, HEADER + stringify({ rules: content.rules, undone: content.undone }, { lineWidth: 0 }));
  renameSync(temporary, file);
}

/** Adds a rule (again adding a rule with the same id changes nothing). */
export function addRule(file: string, rule: EntityRule): void {
  const current = readRules(file);
  if (current.rules.some((r) => r.id === rule.id)) return;
  writeRules(file, { rules: [...current.rules, rule], undone: current.undone });
}

/** Moves a rule to the undone ones, saying who undid it and when; returns it. NotFoundError when there is no such rule. */
export function undoRule(file: string, id: string, by: string, at = new Date().toISOString()): EntityRule {
  const current = readRules(file);
  const rule = current.rules.find((r) => r.id === id);
  if (!rule) throw new NotFoundError(`undoRule: no decision "${id}" in ${displayPath(file)}`);
  writeRules(file, {
    rules: current.rules.filter((r) => r.id !== id),
    undone: [...current.undone, { ...rule, undoneBy: by, undoneAt: at }],
  });
  return rule;
}
