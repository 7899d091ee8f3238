/*
 * Same or different: GET /decisions (the rules, with who decided and when, and those undone),
 * POST /decisions (merge two entities, or split an alias off one: the rule is applied to the graph
 * at once and kept in the decisions file the loader applies on every load) and DELETE
 * /decisions/:id (undo). State-changing calls take JSON bodies; every write is a fixed query.
 */
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from './index.ts';
import { ENTITY_TYPES } from '#model/graph-model.ts';
import { sameWords, type DecisionInput, type DecisionsResponse, type EntityRule } from '#model/decisions.ts';
import { InputError, NotFoundError } from '#model/errors.ts';
import { addRule, decisionsFile, readRules, undoRule } from '../../../graph-store/decisions/rules-file.ts';
import { applyRuleInGraph, entityRef, undoRuleInGraph } from '../../../graph-store/decisions/apply-in-graph.ts';
import { displayPath } from '../../../graph-store/paths.ts';
import { splitEntityId } from '../../../graph-loader/src/resolve/apply-decisions.ts';
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import { KEY, responses } from './schemas.ts';

const NAME = { type: 'string', minLength: 1, maxLength: 200 } as const;
const WHO = { type: 'string', maxLength: 100 } as const;

const decisionBody = {
  oneOf: [
    {
      type: 'object',
      properties: {
        action: { const: 'merge' },
        from: KEY,
        into: KEY,
        by: WHO,
        note: { type: 'string', maxLength: 500 },
      },
      required: ['action', 'from', 'into'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: {
        action: { const: 'split' },
        entity: KEY,
        alias: NAME,
        name: NAME,
        type: { type: 'string', enum: [...ENTITY_TYPES] },
        by: WHO,
        note: { type: 'string', maxLength: 500 },
      },
      required: ['action', 'entity', 'alias'],
      additionalProperties: false,
    },
  ],
} as const;

/** Who decided: the name the explorer sent, else the user the server runs as. */
function decider(by: string | undefined): string {
  const given = by?.trim();
  if (given) return given;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** A new rule's id: its action and time, sortable, unique. */
function ruleId(action: string, at: string): string {
  return `${action}-${at.replace(/[-:.]/g, '')}-${randomBytes(2).toString('hex')}`;
}

/** The rule a decision stands for, with the names and types of the entities as the graph has them now. */
async function ruleFor(db: GraphDatabase, input: DecisionInput): Promise<EntityRule> {
  const decidedAt = new Date().toISOString();
  const base = {
    id: ruleId(input.action, decidedAt),
    decidedBy: decider(input.by),
    decidedAt,
    ...(input.note && { note: input.note }),
  };
  if (input.action === 'merge') {
    if (input.from === input.into) throw new InputError('merge: choose two different entities');
    const [from, into] = [await entityRef(db, input.from), await entityRef(db, input.into)];
    return {
      ...base,
      action: 'merge',
      from: { id: from.id, name: from.name },
      into: { id: into.id, name: into.name, type: into.type },
    };
  }
  const entity = await entityRef(db, input.entity);
  const alias = entity.aliases.find((a) => sameWords(a, input.alias));
  if (!alias)
    throw new InputError(
      `split: “${input.alias}” is not an alias of ${entity.name} (its aliases: ${entity.aliases.join(', ') || 'none'})`,
    );
  const name = input.name?.trim() || alias;
  const type = input.type ?? entity.type;
  const id = splitEntityId(type, name);
  if (id === entity.id)
    throw new InputError(`split: “${name}” would be ${entity.name} again; give the other entity another name`);
  return { ...base, action: 'split', entity: { id: entity.id, name: entity.name }, alias, into: { id, name, type } };
}

export const decisionsRoutes: FastifyPluginAsync<RouteOptions> = async (app, { db }) => {
  app.get('/decisions', { schema: { response: responses() } }, async (): Promise<DecisionsResponse> => {
    // The rules in force, with who decided and when, and those undone.
    const file = decisionsFile();
    return { file: displayPath(file), ...readRules(file) };
  });

  app.post<{ Body: DecisionInput }>(
    '/decisions',
    // Merge two entities, or split an alias off one: applied to the graph now, and on every load from the file.
    {
      schema: { body: decisionBody, response: { 201: { type: 'object', additionalProperties: true }, ...responses() } },
    },
    async (request, reply) => {
      const rule = await ruleFor(db, request.body);
      const file = decisionsFile();
      await applyRuleInGraph(db, rule, () => addRule(file, rule));
      return reply.code(201).send(rule);
    },
  );

  app.delete<{ Params: { id: string }; Body: { by?: string } | undefined }>(
    '/decisions/:id',
    {
      schema: {
        // Undo a decision: the graph goes back to how it was, and the rule moves to the undone ones.
        params: { type: 'object', properties: { id: KEY }, required: ['id'] },
        body: { type: 'object', properties: { by: WHO }, additionalProperties: false },
        response: responses(),
      },
    },
    async (request) => {
      const file = decisionsFile();
      const rule = readRules(file).rules.find((r) => r.id === request.params.id);
      if (!rule) throw new NotFoundError(`undo: no decision "${request.params.id}" in ${displayPath(file)}`);
      const by = decider(request.body?.by);
      const exact = await undoRuleInGraph(db, rule, () => {
        if (readRules(file).rules.some((r) => r.id === rule.id)) undoRule(file, rule.id, by);
      });
      return { rule, exact };
    },
  );
};
