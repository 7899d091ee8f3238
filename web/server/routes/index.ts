/*
 * Every API route plugin, registered under /api by the app. Add a route module: one line here.
 * Each plugin receives { db } (the process's one GraphDatabase) as options.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { GraphDatabase } from '../../../graph-store/db/graph-database.ts';
import { explorerRoutes } from './explorer.ts';
import { exportRoutes } from './export.ts';
import { queriesRoutes } from './queries.ts';
import { viewsRoutes } from './views.ts';
import { searchRoutes } from './search.ts';
import { pathsRoutes } from './paths.ts';
import { claimsRoutes } from './claims.ts';
import { loadsRoutes } from './loads.ts';
import { decisionsRoutes } from './decisions.ts';

export interface RouteOptions {
  db: GraphDatabase;
}

export const routePlugins: FastifyPluginAsync<RouteOptions>[] = [
  explorerRoutes,
  exportRoutes,
  queriesRoutes,
  viewsRoutes,
  // The analyst's questions (issue #13).
  searchRoutes,
  pathsRoutes,
  claimsRoutes,
  loadsRoutes,
  decisionsRoutes,
];
