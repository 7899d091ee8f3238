/*
 * The export API: a scope (the whole graph, a node's neighbourhood, a saved query's result, or the
 * explorer's view or selection by node keys and edge keys, an ad-hoc query's result) in one of the
 * export formats, streamed back as a download named newsgraph-<scope>-<date>.<ext>. GET takes the
 * scope in the query string; POST takes it as JSON (for views too large for a URL, with their
 * positions, colours and sizes). `coMentions` adds the derived co-mention edges, in every format alike.
 */
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import { UsageError } from '#model/errors.ts';
import { EXPORT_FORMATS, FORMAT_SPECS, exportFileName } from '#model/export/formats.ts';
import { exportFormat } from '../../../graph-store/export/formats.ts';
import { resolveScope, type ExportScope } from '../../../graph-store/export/resolve-scope.ts';
import { MAX_DEPTH, MAX_SUBGRAPH_NODES } from '../../../graph-store/export/scopes.ts';
import type { ExportFormatsResponse, ExportRequest } from '#model/api-types.ts';
import type { NodeViz } from '#model/export/types.ts';
import type { RouteOptions } from './index.ts';

const KEY = { type: 'string', minLength: 1, maxLength: 300 } as const;

interface ExportQuery {
  format: string;
  scope: 'all' | 'node' | 'query' | 'view' | 'selection';
  id?: string;
  depth?: number;
  name?: string;
  keys?: string;
  evidence?: boolean;
  coMentions?: boolean;
  [param: `param.${string}`]: string;
}

const querySchema = {
  type: 'object',
  required: ['format', 'scope'],
  properties: {
    format: { type: 'string', maxLength: 20, description: `One of ${EXPORT_FORMATS.join(', ')}` },
    scope: { type: 'string', enum: ['all', 'node', 'query', 'view', 'selection'] },
    id: KEY,
    depth: { type: 'integer', minimum: 0, maximum: MAX_DEPTH, default: 1 },
    name: { type: 'string', minLength: 1, maxLength: 100 },
    keys: {
      type: 'string',
      minLength: 1,
      maxLength: 20_000,
      description: 'Node keys, comma-separated (view, selection)',
    },
    evidence: { type: 'boolean', default: false },
    coMentions: { type: 'boolean', default: false, description: 'Include the derived co-mention edges' },
  },
  additionalProperties: { type: 'string', maxLength: 1000 },
} as const;

const vizSchema = {
  type: 'object',
  properties: {
    x: { type: 'number' },
    y: { type: 'number' },
    size: { type: 'number' },
    color: { type: 'string', maxLength: 40 },
  },
  additionalProperties: false,
} as const;

const bodySchema = {
  type: 'object',
  required: ['format', 'scope'],
  properties: {
    format: { type: 'string', maxLength: 20 },
    withEvidence: { type: 'boolean', default: false },
    coMentions: { type: 'boolean', default: false },
    viz: { type: 'object', additionalProperties: vizSchema, maxProperties: MAX_SUBGRAPH_NODES },
    scope: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { type: 'string', enum: ['all', 'node', 'query', 'cypher', 'view', 'selection'] },
        id: KEY,
        depth: { type: 'integer', minimum: 0, maximum: MAX_DEPTH },
        name: { type: 'string', minLength: 1, maxLength: 100 },
        query: { type: 'string', minLength: 1, maxLength: 100_000 },
        params: { type: 'object', additionalProperties: true, maxProperties: 50 },
        keys: { type: 'array', items: KEY, maxItems: MAX_SUBGRAPH_NODES },
        edges: { type: 'array', items: { type: 'string', maxLength: 700 }, maxItems: MAX_SUBGRAPH_NODES * 10 },
      },
    },
  },
} as const;

/** The scope a GET /api/export query string names, in the shape of POST /api/export's. */
function scopeOfQuery(q: ExportQuery): ExportRequest['scope'] {
  switch (q.scope) {
    case 'all':
      return { kind: 'all' };
    case 'node':
      return { kind: 'node', id: q.id ?? '', depth: q.depth };
    case 'query': {
      const params = Object.fromEntries(
        Object.entries(q)
          .filter(([k]) => k.startsWith('param.'))
          .map(([k, v]) => [k.slice('param.'.length), String(v)]),
      );
      return { kind: 'query', name: q.name ?? '', params };
    }
    case 'view':
    case 'selection':
      return { kind: q.scope, keys: (q.keys ?? '').split(',').filter(Boolean) };
  }
}

/** The export scope of a request (GET's query string or POST's body). */
function exportScope(s: ExportRequest['scope']): ExportScope {
  switch (s.kind) {
    case 'all':
      return { kind: 'all' };
    case 'node':
      if (!s.id) throw new UsageError('export: the node scope needs an id (id=<node id>)');
      return { kind: 'node', id: s.id, depth: s.depth ?? 1 };
    case 'query':
      if (!s.name) throw new UsageError('export: the query scope needs the name of a saved query (name=<saved query>)');
      return { kind: 'query', name: s.name, params: s.params ?? {} };
    case 'cypher':
      if (!s.query) throw new UsageError('export: the cypher scope needs a query');
      return { kind: 'cypher', query: s.query, params: s.params ?? {} };
    case 'view':
    case 'selection':
      return { kind: 'keys', name: s.kind, keys: s.keys ?? [], ...(s.edges && { edges: s.edges }) };
  }
}

/** Resolves, then streams; errors before the first byte get the app's JSON error with their kind's status. */
async function sendExport(
  db: GraphDatabase,
  request: FastifyRequest,
  reply: FastifyReply,
  formatName: string,
  scope: () => ExportScope,
  options: { withEvidence: boolean; coMentions: boolean; viz?: Record<string, NodeViz> },
): Promise<FastifyReply> {
  const format = exportFormat(formatName);
  const { withEvidence, coMentions, viz } = options;
  const source = await resolveScope(db, scope(), {
    withEvidence,
    coMentions,
    viz: viz ? new Map(Object.entries(viz)) : undefined,
  });
  const stream = new PassThrough();
  format.write(source, stream).then(
    () => stream.end(),
    (error: unknown) => {
      request.log.error(error);
      stream.destroy(error as Error);
    },
  );
  return reply
    .header('content-type', format.mediaType)
    .header('content-disposition', `attachment; filename="${exportFileName(source.scopeName, format)}"`)
    .send(stream);
}

export const exportRoutes: FastifyPluginAsync<RouteOptions> = async (api, { db }) => {
  api.get('/export/formats', async (): Promise<ExportFormatsResponse> => ({
    formats: EXPORT_FORMATS.map((name) => ({
      name,
      extension: FORMAT_SPECS[name].extension,
      description: FORMAT_SPECS[name].description,
    })),
  }));

  api.get<{ Querystring: ExportQuery }>('/export', { schema: { querystring: querySchema } }, async (request, reply) =>
    sendExport(db, request, reply, request.query.format, () => exportScope(scopeOfQuery(request.query)), {
      withEvidence: request.query.evidence === true,
      coMentions: request.query.coMentions === true,
    }),
  );

  api.post<{ Body: ExportRequest }>(
    '/export',
    { schema: { body: bodySchema }, bodyLimit: 32 * 1024 * 1024 },
    async (request, reply) =>
      sendExport(db, request, reply, request.body.format, () => exportScope(request.body.scope), {
        withEvidence: request.body.withEvidence === true,
        coMentions: request.body.coMentions === true,
        viz: request.body.viz,
      }),
  );
};
