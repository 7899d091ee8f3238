/*
 * Saved views, for links to views too long to hold in a URL (graph-store/saved-views):
 *   POST /views        { search }  keep a view (the explorer's query string) → 201 { id }
 *   GET  /views/:id                the view → { id, search }
 */
import type { FastifyPluginAsync } from 'fastify';
import { MAX_VIEW_BYTES, loadView, saveView } from '../../../graph-store/saved-views/view-store.ts';
import type { SavedViewResponse } from '#model/api-types.ts';
import type { RouteOptions } from './index.ts';

export const viewsRoutes: FastifyPluginAsync<RouteOptions> = async (app) => {
  app.post<{ Body: { search: string } }>(
    '/views',
    {
      bodyLimit: MAX_VIEW_BYTES + 1024,
      schema: {
        body: {
          type: 'object',
          properties: { search: { type: 'string', minLength: 1, maxLength: MAX_VIEW_BYTES } },
          required: ['search'],
          additionalProperties: false,
        },
      },
    },
    async (request, reply): Promise<SavedViewResponse> => {
      const search = request.body.search.replace(/^\?/, '');
      const id = saveView(search);
      reply.code(201);
      return { id, search };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/views/:id',
    { schema: { params: { type: 'object', properties: { id: { type: 'string', pattern: '^[a-z0-9]{6,32}$' } } } } },
    async (request): Promise<SavedViewResponse> => ({ id: request.params.id, search: loadView(request.params.id) }),
  );
};
