/*
 * The explorer's API: search, node details, neighbourhood, evidence, timeline events, graph stats,
 * the start-screen overview and the induced subgraph of a view. Every route validates its input
 * with a JSON schema; the functions it calls live in explorer-queries.ts.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from './index.ts';
import {
  articleText,
  edgeEvidence,
  inducedSubgraph,
  neighbourhood,
  nodeDetails,
  nodeEvidence,
  overview,
  searchEntities,
  stats,
  timelineEvents,
} from '../explorer-queries.ts';
import { DEFAULT_FILTERS, type Filters } from '#model/filters.ts';
import { DATE, KEY, LIST, NAME_LIST, anyObject, list, responses } from './schemas.ts';

const filterQuery = {
  kinds: {
    type: 'string',
    pattern: NAME_LIST,
    description: 'Node kinds, comma-separated (Person,State,...,Event,Allegation)',
  },
  types: { type: 'string', pattern: NAME_LIST, description: 'Relationship types, comma-separated' },
  from: { type: 'string', pattern: DATE },
  to: { type: 'string', pattern: DATE },
  statuses: { type: 'string', pattern: NAME_LIST, description: 'Allegation statuses, comma-separated' },
  minArticles: { type: 'integer', minimum: 0, maximum: 1000, default: 0 },
  keepUndated: { type: 'boolean', default: false, description: 'With from/to: keep the Events without a date' },
} as const;

interface FilterQuery {
  kinds?: string;
  types?: string;
  from?: string;
  to?: string;
  statuses?: string;
  minArticles?: number;
  keepUndated?: boolean;
}

function filtersFrom(q: FilterQuery): Filters {
  return {
    ...DEFAULT_FILTERS,
    kinds: list(q.kinds),
    relTypes: list(q.types),
    from: q.from ?? null,
    to: q.to ?? null,
    statuses: list(q.statuses),
    minArticles: q.minArticles ?? 0,
    keepUndated: q.keepUndated === true,
  };
}

const pageQuery = {
  skip: { type: 'integer', minimum: 0, maximum: 100_000, default: 0 },
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
} as const;

export const explorerRoutes: FastifyPluginAsync<RouteOptions> = async (app, { db }) => {
  app.get<{ Querystring: { q: string; kinds?: string; limit: number } }>(
    '/search',
    {
      schema: {
        // Full-text, typo-tolerant search over entity names and aliases.
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            kinds: filterQuery.kinds,
            limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
          },
          required: ['q'],
          additionalProperties: false,
        },
        response: responses(anyObject),
      },
    },
    async (request) => searchEntities(db, request.query.q, list(request.query.kinds), request.query.limit),
  );

  app.get<{ Params: { key: string } }>(
    '/nodes/:key',
    {
      schema: {
        // One Entity, Event or Allegation with its counts and parties.
        params: { type: 'object', properties: { key: KEY }, required: ['key'] },
        response: responses(anyObject),
      },
    },
    async (request) => nodeDetails(db, request.params.key),
  );

  app.get<{ Params: { key: string }; Querystring: FilterQuery & { depth: 1 | 2; skip: number; limit: number } }>(
    '/nodes/:key/neighbourhood',
    {
      schema: {
        // The neighbours of a node (depth 1 or 2), filtered, ranked and limited, with the count left out.
        params: { type: 'object', properties: { key: KEY }, required: ['key'] },
        querystring: {
          type: 'object',
          properties: { depth: { type: 'integer', enum: [1, 2], default: 1 }, ...pageQuery, ...filterQuery },
          additionalProperties: false,
        },
        response: responses(anyObject),
      },
    },
    async (request) =>
      neighbourhood(db, {
        key: request.params.key,
        depth: request.query.depth,
        skip: request.query.skip,
        limit: request.query.limit,
        filters: filtersFrom(request.query),
      }),
  );

  app.get<{ Params: { key: string }; Querystring: { skip: number; limit: number } }>(
    '/nodes/:key/evidence',
    {
      schema: {
        // The sentences behind a node, newest article first, with article title, outlet, date, URL and mention offsets.
        params: { type: 'object', properties: { key: KEY }, required: ['key'] },
        querystring: { type: 'object', properties: pageQuery, additionalProperties: false },
        response: responses(anyObject),
      },
    },
    async (request) => nodeEvidence(db, request.params.key, request.query.skip, request.query.limit),
  );

  app.get<{ Querystring: { source: string; target: string; type: string; skip: number; limit: number } }>(
    '/edges/evidence',
    {
      schema: {
        // The sentences behind an edge (a stored relationship or a CO_MENTIONED link).
        querystring: {
          type: 'object',
          properties: { source: KEY, target: KEY, type: { type: 'string', pattern: '^[A-Z_]{1,40}$' }, ...pageQuery },
          required: ['source', 'target', 'type'],
          additionalProperties: false,
        },
        response: responses(anyObject),
      },
    },
    async (request) => {
      const { source, target, type, skip, limit } = request.query;
      return edgeEvidence(db, { source, target, type }, skip, limit);
    },
  );

  app.post<{ Body: { keys: string[] } }>(
    '/subgraph',
    {
      schema: {
        // The given nodes and every edge among them, to reopen a shared view.
        body: {
          type: 'object',
          properties: {
            keys: { type: 'array', items: KEY, maxItems: 5000 },
            edgesOnly: { type: 'boolean', default: false },
            among: { type: 'array', items: KEY, maxItems: 20000, default: [] },
          },
          required: ['keys'],
          additionalProperties: false,
        },
        response: responses(anyObject),
      },
    },
    async (request) => {
      const body = request.body as { keys: string[]; edgesOnly: boolean; among: string[] };
      return inducedSubgraph(db, body.keys, !body.edgesOnly, body.among);
    },
  );

  app.get<{ Querystring: { keys?: string; from?: string; to?: string; limit: number } }>(
    '/events',
    {
      schema: {
        // Dated events for a timeline, oldest first; optionally only those of the given entities, within a date range.
        querystring: {
          type: 'object',
          properties: {
            keys: { type: 'string', pattern: LIST },
            from: filterQuery.from,
            to: filterQuery.to,
            limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
          },
          additionalProperties: false,
        },
        response: responses(anyObject),
      },
    },
    async (request) =>
      timelineEvents(db, {
        keys: request.query.keys ? list(request.query.keys) : null,
        from: request.query.from ?? null,
        to: request.query.to ?? null,
        limit: request.query.limit,
      }),
  );

  // Node counts by label and relationship counts by type.
  app.get('/stats', { schema: { response: responses(anyObject) } }, async () => stats(db));

  app.get<{ Querystring: { limit: number } }>(
    '/overview',
    {
      schema: {
        // The start screen: the whole graph when small, else its most connected nodes.
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 60 } },
          additionalProperties: false,
        },
        response: responses(anyObject),
      },
    },
    async (request) => overview(db, request.query.limit),
  );

  app.get<{ Params: { id: string } }>(
    '/articles/:id',
    {
      schema: {
        // One article, its metadata and its sentences in order (id, index, text, offsets): the source view.
        params: { type: 'object', properties: { id: KEY }, required: ['id'] },
        response: responses(anyObject),
      },
    },
    async (request) => articleText(db, request.params.id),
  );

  app.get<{ Params: { id: string } }>(
    '/articles/:id/text',
    {
      schema: {
        // One article as plain text: where an evidence sentence links when its article has no URL.
        params: { type: 'object', properties: { id: KEY }, required: ['id'] },
      },
    },
    async (request, reply) => {
      const { article, sentences } = await articleText(db, request.params.id);
      const head = [
        article.title ?? 'Untitled article (no title in its metadata)',
        [article.source ?? 'outlet not recorded', article.publishedAt].filter(Boolean).join(', '),
        article.file,
      ]
        .filter((v) => typeof v === 'string' && v !== '')
        .join('\n');
      return reply.type('text/plain; charset=utf-8').send(`${head}\n\n${sentences.map((s) => s.text).join(' ')}\n`);
    },
  );
};
