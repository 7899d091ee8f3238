/*
 * The saved-query API, read-only for the graph:
 *   GET    /queries                  the shipped library and the saved queries, with the result caps
 *   POST   /queries/:name/run        run one with { params }
 *   POST   /cypher                   run ad-hoc Cypher with { query, params }
 *   POST   /saved-queries            "Save as": store a user query on this server (201)
 *   PUT    /saved-queries/:name      edit a saved query
 *   DELETE /saved-queries/:name      delete a saved query (204)
 *   GET    /cypher/schema            labels, types, property keys, functions and the allowed procedures,
 *                                    for the editor's completion
 * Saved queries are files in <state dir>/saved-queries/ (.newsgraph/saved-queries, or
 * $NEWSGRAPH_HOME/saved-queries): they survive restarts and every user of the server sees them.
 * Every run goes through the read-only runner (graph-store/saved-queries/run-query.ts).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { EditorSchemaResponse, QueryListResponse } from '#model/api-types.ts';
import {
  createSavedQuery,
  deleteSavedQuery,
  findQuery,
  loadLibrary,
  loadSavedQueries,
  savedQueriesDir,
  updateSavedQuery,
} from '../../../graph-store/saved-queries/query-library.ts';
import { defaultLimits, runCypher, runQuery } from '../../../graph-store/saved-queries/run-query.ts';
import { PARAM_TYPES, RESULT_KINDS, type QueryDefinition, type SavedQueryInput } from '#model/saved-queries/types.ts';
import { displayPath } from '../../../graph-store/paths.ts';
import { cypherQuery } from '../../../graph-store/db/cypher-files.ts';
import { READ_ONLY_PROCEDURES } from '../../../graph-store/saved-queries/read-only-guard.ts';
import type { RouteOptions } from './index.ts';

const NAME = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,99}$' } as const;
const PARAM_VALUES = { type: 'object', additionalProperties: true, maxProperties: 50 } as const;

const savedQueryBody = {
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 2000 },
    cypher: { type: 'string', minLength: 1, maxLength: 100_000 },
    result: { type: 'string', enum: [...RESULT_KINDS] },
    params: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,59}$' },
          type: { type: 'string', enum: [...PARAM_TYPES] },
          optional: { type: 'boolean' },
          default: {},
          description: { type: 'string', maxLength: 500 },
        },
        required: ['name', 'type'],
        additionalProperties: false,
      },
    },
  },
  required: ['title', 'cypher'],
  additionalProperties: false,
} as const;

/** A definition as the browser sees it: no server paths. */
function publicQuery({ file: _file, ...query }: QueryDefinition): Omit<QueryDefinition, 'file'> {
  return query;
}

function savedInput(body: SavedQueryInput): SavedQueryInput {
  return {
    ...body,
    params: (body.params ?? []).map((p) => ({ ...p, optional: p.optional ?? false, description: p.description ?? '' })),
  };
}

export const queriesRoutes: FastifyPluginAsync<RouteOptions> = async (app, { db }) => {
  const all = (): QueryDefinition[] => [...loadLibrary(), ...loadSavedQueries().queries];

  app.get('/queries', async (): Promise<QueryListResponse> => {
    const saved = loadSavedQueries();
    return {
      queries: [...loadLibrary(), ...saved.queries].map(publicQuery),
      problems: saved.problems,
      limits: defaultLimits(),
      savedIn: displayPath(savedQueriesDir()),
    };
  });

  app.post<{ Params: { name: string }; Body: { params?: Record<string, unknown> } }>(
    '/queries/:name/run',
    {
      schema: {
        params: { type: 'object', properties: { name: NAME }, required: ['name'] },
        body: { type: 'object', properties: { params: PARAM_VALUES }, additionalProperties: false },
      },
    },
    async (request) => runQuery(db, findQuery(request.params.name, all()), request.body?.params ?? {}),
  );

  app.post<{ Body: { query: string; params?: Record<string, unknown> } }>(
    '/cypher',
    {
      schema: {
        body: {
          type: 'object',
          properties: { query: { type: 'string', minLength: 1, maxLength: 100_000 }, params: PARAM_VALUES },
          required: ['query'],
          additionalProperties: false,
        },
      },
    },
    async (request) => runCypher(db, request.body.query, request.body.params ?? {}),
  );

  app.get('/cypher/schema', async (): Promise<EditorSchemaResponse> => {
    const [tokens] = await db.read<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }>(
      cypherQuery('queries/support', 'editor-schema'),
      {},
      { timeoutMs: 10_000 },
    );
    const functions = await db.read<{ name: string; signature: string }>(
      cypherQuery('queries/support', 'editor-functions'),
      {},
      { timeoutMs: 10_000 },
    );
    return {
      labels: tokens?.labels ?? [],
      relationshipTypes: tokens?.relationshipTypes ?? [],
      propertyKeys: tokens?.propertyKeys ?? [],
      functions,
      procedures: [...READ_ONLY_PROCEDURES].sort().map((name) => ({ name, signature: '', returnItems: [] })),
    };
  });

  app.post<{ Body: SavedQueryInput }>(
    '/saved-queries',
    { schema: { body: savedQueryBody } },
    async (request, reply) => {
      const saved = createSavedQuery(savedInput(request.body));
      return reply.code(201).send(publicQuery(saved));
    },
  );

  app.put<{ Params: { name: string }; Body: SavedQueryInput }>(
    '/saved-queries/:name',
    { schema: { params: { type: 'object', properties: { name: NAME }, required: ['name'] }, body: savedQueryBody } },
    async (request) => publicQuery(updateSavedQuery(request.params.name, savedInput(request.body))),
  );

  app.delete<{ Params: { name: string } }>(
    '/saved-queries/:name',
    { schema: { params: { type: 'object', properties: { name: NAME }, required: ['name'] } } },
    async (request, reply) => {
      deleteSavedQuery(request.params.name);
      return reply.code(204).send();
    },
  );
};
