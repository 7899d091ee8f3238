/*
 * Who may use the API. A local tool is reachable from every web page its user opens, so before any
 * route three checks run:
 *   Host    only the names the server is meant to be reached by (127.0.0.1, localhost, ::1, the bind
 *           address, NEWSGRAPH_ALLOWED_HOSTS) are answered: a page that rebinds its DNS name to
 *           127.0.0.1 gets 403, not the API (DNS rebinding).
 *   Origin  a request that changes something (POST, PUT, PATCH, DELETE) must come from the app's own
 *           origin, or one listed in NEWSGRAPH_CORS_ORIGINS (cross-site requests).
 *   Token   with NEWSGRAPH_TOKEN set, every API request carries it: `Authorization: Bearer <token>`, or
 *           the HttpOnly SameSite=Strict cookie that POST /api/login sets for the browser.
 * The server refuses to listen on an address other hosts can reach unless a token is set.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { networkInterfaces, hostname } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { ForbiddenError, UnauthorizedError, UsageError } from '#model/errors.ts';

export const SESSION_COOKIE = 'newsgraph_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** API paths open without the token: what the login form needs. */
const OPEN_PATHS = new Set(['/api/session', '/api/login', '/api/logout']);

export interface AccessOptions {
  /** Host names (no port) the server answers to. */
  allowedHosts: string[];
  /** Other origins allowed to make requests (CORS), e.g. "http://127.0.0.1:3000". */
  corsOrigins: string[];
  /** The token every API request needs; none: open to whoever passes the Host and Origin checks. */
  token: string | undefined;
}

/** Whether an address (or name) is only reachable from this machine. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/** Throws UsageError when `host` is reachable from other machines and no token guards the API. */
export function assertSafeBind(host: string, token: string | undefined): void {
  if (isLoopback(host) || token) return;
  throw new UsageError(
    `refusing to serve on ${host} without NEWSGRAPH_TOKEN: anyone who can reach that address could read the graph. Set NEWSGRAPH_TOKEN (at least 16 characters), or serve on 127.0.0.1.`,
  );
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The access options for a server bound to `bindHost`, from NEWSGRAPH_TOKEN, NEWSGRAPH_ALLOWED_HOSTS and NEWSGRAPH_CORS_ORIGINS. */
export function accessOptionsFromEnv(bindHost: string, env: NodeJS.ProcessEnv = process.env): AccessOptions {
  const token = env.NEWSGRAPH_TOKEN || undefined;
  if (token !== undefined && token.length < 16)
    throw new UsageError('NEWSGRAPH_TOKEN must be at least 16 characters long.');
  const hosts = new Set(['127.0.0.1', 'localhost', '::1', bindHost.replace(/^\[|\]$/g, '').toLowerCase()]);
  if (bindHost === '0.0.0.0' || bindHost === '::') {
    // Every address this machine has, and its name: the ones other machines reach it by.
    hosts.add(hostname().toLowerCase());
    for (const addresses of Object.values(networkInterfaces()))
      for (const a of addresses ?? []) hosts.add(a.address.toLowerCase());
    hosts.delete(bindHost);
  }
  for (const host of list(env.NEWSGRAPH_ALLOWED_HOSTS)) hosts.add(host.toLowerCase());
  return { allowedHosts: [...hosts], corsOrigins: list(env.NEWSGRAPH_CORS_ORIGINS), token };
}

/** The host name of a Host header, without its port ("[::1]:5173" → "::1"). */
export function hostOf(header: string | undefined): string {
  if (!header) return '';
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (bracketed) return bracketed[1]!.toLowerCase();
  return header.replace(/:\d+$/, '').toLowerCase();
}

/** The cookie value that stands for the token: a keyed hash, so the cookie never holds the token itself. */
export function sessionValue(token: string): string {
  return createHmac('sha256', token).update('newsgraph browser session').digest('hex');
}

/** Compares two secrets in constant time. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Why a request that changes something may not, or null: its origin must be the app's own (or allowed). */
function originProblem(request: FastifyRequest, options: AccessOptions): string | null {
  if (!STATE_CHANGING.has(request.method)) return null;
  const origin = request.headers.origin;
  if (origin === undefined) {
    // No Origin: not a browser's cross-site request, unless the browser says it is.
    const site = request.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none' ? null : `a ${site} request`;
  }
  if (options.corsOrigins.includes(origin)) return null;
  try {
    const url = new URL(origin);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host === request.headers.host) return null;
  } catch {
    // "null" or garbage: refused below.
  }
  return `a request from ${origin}`;
}

/** Whether the request carries the token (bearer header, or the session cookie). */
function authenticated(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), token)) return true;
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie !== undefined && sameSecret(cookie, sessionValue(token));
}

/** Registers the checks (before every route) and the session routes: GET /api/session, POST /api/login, POST /api/logout. */
export async function registerAccess(app: FastifyInstance, options: AccessOptions): Promise<void> {
  await app.register(fastifyCookie);
  const allowed = new Set(options.allowedHosts);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const host = hostOf(request.headers.host);
    if (!allowed.has(host)) {
      throw new ForbiddenError(
        `This server does not answer to the host name "${host}" (NEWSGRAPH_ALLOWED_HOSTS adds names).`,
      );
    }
    const problem = originProblem(request, options);
    if (problem) throw new ForbiddenError(`Refused ${problem}: changes are accepted from this app's own pages only.`);
    const origin = request.headers.origin;
    if (origin !== undefined && options.corsOrigins.includes(origin)) {
      reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
      reply.header('access-control-allow-credentials', 'true');
      if (request.method === 'OPTIONS') {
        reply.header('access-control-allow-methods', 'GET, POST, PUT, DELETE');
        reply.header('access-control-allow-headers', 'authorization, content-type');
        return reply.code(204).send();
      }
    }
    const path = request.url.split('?')[0]!;
    if (!options.token || !path.startsWith('/api/') || OPEN_PATHS.has(path)) return undefined;
    if (!authenticated(request, options.token)) {
      throw new UnauthorizedError(
        'This newsgraph server needs its token: sign in, or send "Authorization: Bearer <token>".',
      );
    }
    return undefined;
  });

  app.get('/api/session', async (request) => ({
    tokenRequired: options.token !== undefined,
    signedIn: options.token === undefined || authenticated(request, options.token),
  }));

  app.post<{ Body: { token: string } }>(
    '/api/login',
    {
      schema: {
        body: {
          type: 'object',
          properties: { token: { type: 'string', maxLength: 1024 } },
          required: ['token'],
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      if (!options.token) return reply.code(204).send();
      if (!sameSecret(request.body.token, options.token)) {
        // A wrong guess costs a second, so guessing stays slow.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        throw new UnauthorizedError('That is not this server\u2019s token.');
      }
      return reply
        .setCookie(SESSION_COOKIE, sessionValue(options.token), { httpOnly: true, sameSite: 'strict', path: '/' })
        .code(204)
        .send();
    },
  );

  app.post('/api/logout', async (_request, reply) => reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send());
}
