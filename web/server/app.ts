/*
 * The explorer's HTTP app: every plugin of the route registry under /api with { db }, one JSON
 * error shape (status and code from the error's kind), a fast 503 while Neo4j is down (see db-guard.ts), /api/health for the browser's
 * banner, and, when given a folder, the built front end with a fallback to index.html. Before any
 * route: the Host, Origin and token checks (access.ts); on every answer: the security headers
 * (security-headers.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyHelmet from '@fastify/helmet';
import type { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { NewsgraphError } from '#model/errors.ts';
import type { ApiErrorBody } from '#model/api-types.ts';
import { DatabaseGuard, guardedDatabase } from './db-guard.ts';
import { accessOptionsFromEnv, registerAccess, type AccessOptions } from './access.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { routePlugins } from './routes/index.ts';

export interface AppOptions {
  db: GraphDatabase;
  /** The built front end (dist/web) to serve; none for the API alone (dev). */
  staticDir?: string;
  /** Fastify's logger; off by default. */
  logger?: boolean;
  /** Replaces the TCP probe of the Bolt port (tests). */
  guard?: DatabaseGuard;
  /** Host names, origins and token (access.ts); by default from the environment, for 127.0.0.1. */
  access?: AccessOptions;
}

/** An absolute path in a message (after white space, a quote, a bracket or "="), never one in a URL; API paths are kept. */
const ABSOLUTE_PATH = /(^|[\s'"(=])(\/[^\s'"()]*)/g;

/** The message with every absolute server path cut to its last part, so answers never reveal where files live. */
export function withoutServerPaths(message: string): string {
  return message.replace(ABSOLUTE_PATH, (match, before: string, file: string) =>
    file === '/' || file.startsWith('/api') ? match : `${before}${path.basename(file)}`,
  );
}

function body(error: ApiErrorBody['error'], message: string): ApiErrorBody {
  return { error, message: withoutServerPaths(message) };
}

/** Builds the app (not listening yet). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  });
  const guard = options.guard ?? new DatabaseGuard(options.db.target);
  const db = guardedDatabase(options.db, guard);

  // The one mapping from error kind to HTTP status: each kind carries its status and code (model/errors.ts).
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof NewsgraphError) return reply.code(error.httpStatus).send(body(error.code, error.message));
    if (error.validation)
      return reply
        .code(400)
        .send(body('BadRequest', `${request.method} ${request.url.split('?')[0]}: ${error.message}`));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return reply.code(error.statusCode).send(body('BadRequest', error.message));
    request.log.error(error);
    return reply.code(500).send(body('InternalError', `Unexpected error: ${error.message}`));
  });

  await app.register(fastifyHelmet, SECURITY_HEADERS);
  await registerAccess(app, options.access ?? accessOptionsFromEnv('127.0.0.1'));

  await app.register(
    async (api) => {
      // Whether the API can reach Neo4j: 200, or 503 with a message.
      api.get('/health', async (_request, reply) => {
        if (!(await guard.check(true)))
          return reply.code(503).send(body('DatabaseUnavailable', guard.unavailable().message));
        return { ok: true, neo4j: options.db.target.uri };
      });
      for (const plugin of routePlugins) await api.register(plugin, { db });
      api.setNotFoundHandler((request, reply) =>
        reply.code(404).send(body('NotFound', `No API route ${request.method} ${request.url.split('?')[0]}`)),
      );
    },
    { prefix: '/api' },
  );

  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, wildcard: false, index: ['index.html'] });
    // Client-side routes (and shared links) get the app.
    app.setNotFoundHandler((request, reply) => {
      if (request.method !== 'GET' || request.url.startsWith('/api/'))
        return reply.code(404).send(body('NotFound', `Nothing at ${request.url}`));
      return reply.sendFile('index.html');
    });
  }
  return app;
}
