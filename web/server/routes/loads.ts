/* What's new: GET /loads (the recorded loads, newest first) and GET /loads/:id/changes (what it and later loads added or changed). */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from './index.ts';
import { changesSince, loads } from '../analysis/loads.ts';
import { KEY, responses } from './schemas.ts';

export const loadsRoutes: FastifyPluginAsync<RouteOptions> = async (app, { db }) => {
  app.get<{ Querystring: { limit: number } }>(
    '/loads',
    {
      schema: {
        // Each load: when, which files, the extractor version, article counts, nodes added and changed.
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
          additionalProperties: false,
        },
        response: responses(),
      },
    },
    async (request) => loads(db, request.query.limit),
  );

  app.get<{ Params: { id: string } }>(
    '/loads/:id/changes',
    {
      schema: {
        // The entities, events and allegations this load and every later one added or changed.
        params: { type: 'object', properties: { id: KEY }, required: ['id'] },
        response: responses(),
      },
    },
    async (request) => changesSince(db, request.params.id),
  );
};
