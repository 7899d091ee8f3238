/*
 * Search over everything and the sentence behind a hit: GET /search/all (entities, events,
 * allegations, sentences, grouped with counts) and GET /sentences/:id (the sentence, its article
 * and the facts it supports). Inputs are validated by JSON schema.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from './index.ts';
import { searchAll } from '../analysis/search-all.ts';
import { sentenceContext } from '../analysis/sentence-context.ts';
import { KEY, NAME_LIST, list, responses } from './schemas.ts';

export const searchRoutes: FastifyPluginAsync<RouteOptions> = async (app, { db }) => {
  app.get<{ Querystring: { q: string; kinds?: string; limit: number } }>(
    '/search/all',
    {
      schema: {
        // One search over entities, events, allegations and sentences, grouped by kind with counts.
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            kinds: { type: 'string', pattern: NAME_LIST, description: 'Person,State,...,Event,Allegation,Sentence' },
            limit: { type: 'integer', minimum: 1, maximum: 50, default: 6 },
          },
          required: ['q'],
          additionalProperties: false,
        },
        response: responses(),
      },
    },
    async (request) => searchAll(db, request.query.q, list(request.query.kinds), request.query.limit),
  );

  app.get<{ Params: { id: string } }>(
    '/sentences/:id',
    {
      schema: {
        // One sentence with its article, the events and allegations it supports, the entities it mentions.
        params: { type: 'object', properties: { id: KEY }, required: ['id'] },
        response: responses(),
      },
    },
    async (request) => sentenceContext(db, request.params.id),
  );
};
