/* GET /paths?from=&to=: the shortest paths between two entities, with the evidence of each step. */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from './index.ts';
import { shortestPaths } from '../analysis/paths.ts';
import { KEY, responses } from './schemas.ts';

export const pathsRoutes: FastifyPluginAsync<RouteOptions> = async (app, { db }) => {
  app.get<{ Querystring: { from: string; to: string; limit: number } }>(
    '/paths',
    {
      schema: {
        // Shortest paths through entities, events and allegations (never sentences), up to 8 hops.
        querystring: {
          type: 'object',
          properties: { from: KEY, to: KEY, limit: { type: 'integer', minimum: 1, maximum: 25, default: 10 } },
          required: ['from', 'to'],
          additionalProperties: false,
        },
        response: responses(),
      },
    },
    async (request) => shortestPaths(db, request.query.from, request.query.to, request.query.limit),
  );
};
