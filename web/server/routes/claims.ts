/* GET /claims/:key (who asserts, targets, denies, confirms an allegation, or an entity's allegations) and GET /overview/contested. */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from './index.ts';
import { claims, contestedOverview } from '../analysis/claims.ts';
import { KEY, responses } from './schemas.ts';

export const claimsRoutes: FastifyPluginAsync<RouteOptions> = async (app, { db }) => {
  app.get<{ Params: { key: string } }>(
    '/claims/:key',
    {
      schema: {
        // The claims of an allegation, or of every allegation an entity is a party to, with each party's sentences.
        params: { type: 'object', properties: { key: KEY }, required: ['key'] },
        response: responses(),
      },
    },
    async (request) => claims(db, request.params.key),
  );

  app.get<{ Querystring: { limit: number } }>(
    '/overview/contested',
    {
      schema: {
        // The allegations some assert and some deny, most contested first, with their parties, as a view.
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 100, default: 15 } },
          additionalProperties: false,
        },
        response: responses(),
      },
    },
    async (request) => contestedOverview(db, request.query.limit),
  );
};
