/*
 * The server's defences, against the tests' own Neo4j with the sample corpus, through Fastify's
 * inject: security headers on every answer, the Host check (DNS rebinding), the Origin check on
 * changes (cross-site requests), the token (bearer header and sign-in cookie), the refusal to serve
 * other machines without a token, user Cypher kept from settings and others' transactions, and
 * answers that never name a server path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { GraphDatabase } from '../../graph-store/db/graph-database.ts';
import { loadSampleCorpus, testTarget } from '../../testing/test-database.ts';
import { runProcess } from '../../testing/run-cli.ts';
import { UsageError } from '#model/errors.ts';
import { buildApp, withoutServerPaths } from './app.ts';
import { accessOptionsFromEnv, assertSafeBind, SESSION_COOKIE, sessionValue } from './access.ts';

const TOKEN = 'a-token-for-tests-only-0123456789';
let db: GraphDatabase;
let open: FastifyInstance;
let guarded: FastifyInstance;

beforeAll(async () => {
  db = GraphDatabase.open(testTarget());
  await loadSampleCorpus(db);
  open = await buildApp({ db, access: accessOptionsFromEnv('127.0.0.1', {}) });
  guarded = await buildApp({ db, access: accessOptionsFromEnv('127.0.0.1', { NEWSGRAPH_TOKEN: TOKEN }) });
});

afterAll(async () => {
  await open?.close();
  await guarded?.close();
  await db?.close();
});

const here = { host: '127.0.0.1:5173' };

describe('security headers', () => {
  it('should send a CSP without inline script, nosniff, no framing, no referrer and no CORS', async () => {
    const response = await open.inject({ url: '/api/health', headers: { ...here, origin: 'http://evil.example' } });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the Host check', () => {
  it('should answer the loopback names, and refuse any other with 403, reading and writing', async () => {
    for (const host of ['127.0.0.1:5173', 'localhost:5173', '[::1]:5173', 'localhost']) {
      expect((await open.inject({ url: '/api/stats', headers: { host } })).statusCode, host).toBe(200);
    }
    for (const host of ['evil.example', 'evil.example:5173', '127.0.0.1.evil.example', 'localhost.evil.example:80']) {
      const response = await open.inject({ url: '/api/stats', headers: { host } });
      expect(response.statusCode, host).toBe(403);
      expect(response.json()).toMatchObject({ error: 'Forbidden' });
    }
    const save = await open.inject({
      method: 'POST',
      url: '/api/saved-queries',
      headers: { host: 'evil.example:5173', origin: 'http://evil.example:5173' },
      payload: { title: 'Rebound query', cypher: 'RETURN 1 AS one', params: [] },
    });
    expect(save.statusCode).toBe(403);
    const list = await open.inject({ url: '/api/queries', headers: here });
    expect(list.body).not.toContain('Rebound query');
  });

  it('should answer names added by NEWSGRAPH_ALLOWED_HOSTS', async () => {
    const app = await buildApp({
      db,
      access: accessOptionsFromEnv('127.0.0.1', { NEWSGRAPH_ALLOWED_HOSTS: 'graph.internal, other.internal' }),
    });
    try {
      expect((await app.inject({ url: '/api/stats', headers: { host: 'graph.internal:8080' } })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('the Origin check', () => {
  const cypher = { method: 'POST' as const, url: '/api/cypher', payload: { query: 'RETURN 1 AS one', params: {} } };

  it('should accept changes from the app itself and from clients that send no origin', async () => {
    expect((await open.inject({ ...cypher, headers: { ...here, origin: 'http://127.0.0.1:5173' } })).statusCode).toBe(
      200,
    );
    expect((await open.inject({ ...cypher, headers: here })).statusCode).toBe(200);
  });

  it('should refuse changes from other origins, "null" and cross-site fetches', async () => {
    for (const headers of [
      { origin: 'http://evil.example' },
      { origin: 'http://127.0.0.1:9999' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const response = await open.inject({ ...cypher, headers: { ...here, ...headers } });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json<{ message: string }>().message).toMatch(/accepted from this app's own pages only/);
    }
  });
});

describe('the token', () => {
  it('should refuse every API request without it, and tell the browser it is needed', async () => {
    const response = await guarded.inject({ url: '/api/stats', headers: here });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'Unauthorized' });
    expect((await guarded.inject({ url: '/api/health', headers: here })).statusCode).toBe(401);
    expect((await guarded.inject({ url: '/api/session', headers: here })).json()).toEqual({
      tokenRequired: true,
      signedIn: false,
    });
  });

  it('should accept it as a bearer header, and refuse a wrong one', async () => {
    const ok = await guarded.inject({ url: '/api/stats', headers: { ...here, authorization: `Bearer ${TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    const wrong = await guarded.inject({ url: '/api/stats', headers: { ...here, authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.statusCode).toBe(401);
  });

  it('should sign a browser in with an HttpOnly SameSite cookie that is not the token', async () => {
    const refused = await guarded.inject({
      method: 'POST',
      url: '/api/login',
      headers: here,
      payload: { token: 'wrong-token-0123456789' },
    });
    expect(refused.statusCode).toBe(401);
    const login = await guarded.inject({
      method: 'POST',
      url: '/api/login',
      headers: { ...here, origin: 'http://127.0.0.1:5173' },
      payload: { token: TOKEN },
    });
    expect(login.statusCode).toBe(204);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toContain(TOKEN);
    const cookie = `${SESSION_COOKIE}=${sessionValue(TOKEN)}`;
    expect((await guarded.inject({ url: '/api/stats', headers: { ...here, cookie } })).statusCode).toBe(200);
    expect((await guarded.inject({ url: '/api/session', headers: { ...here, cookie } })).json()).toEqual({
      tokenRequired: true,
      signedIn: true,
    });
  });

  it('should refuse to serve another machine without a token, in one line', async () => {
    expect(() => assertSafeBind('0.0.0.0', undefined)).toThrow(UsageError);
    expect(() => assertSafeBind('192.168.1.20', '')).toThrow(
      /refusing to serve on 192\.168\.1\.20 without NEWSGRAPH_TOKEN/,
    );
    expect(() => assertSafeBind('0.0.0.0', TOKEN)).not.toThrow();
    expect(() => assertSafeBind('127.0.0.1', undefined)).not.toThrow();
    expect(() => accessOptionsFromEnv('0.0.0.0', { NEWSGRAPH_TOKEN: 'short' })).toThrow(/at least 16 characters/);
    const started = runProcess(['web/server/start.ts'], { HOST: '0.0.0.0', NEWSGRAPH_TOKEN: '' });
    expect(started.status).toBe(2);
    expect(started.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^newsgraph: refusing to serve on 0\.0\.0\.0 without NEWSGRAPH_TOKEN/),
    ]);
  });
});

describe('user Cypher and the server', () => {
  it('should refuse to show settings, transactions, connections, databases or users', async () => {
    for (const query of [
      'SHOW SETTINGS',
      'SHOW SETTINGS YIELD name, value RETURN name, value',
      'SHOW TRANSACTIONS',
      'SHOW TRANSACTIONS YIELD * RETURN *',
      'CALL dbms.listConfig()',
      'CALL dbms.listConnections()',
      'SHOW DATABASES',
      'SHOW USERS',
    ]) {
      const response = await open.inject({
        method: 'POST',
        url: '/api/cypher',
        headers: here,
        payload: { query, params: {} },
      });
      expect(response.statusCode, query).toBe(403);
      expect(response.json(), query).toMatchObject({ error: 'WriteRefused' });
    }
  });

  it('should name an article file within its corpus, and keep server paths out of error messages', async () => {
    const [article] = await db.read<{ id: string; file: string }>(
      'MATCH (a:Article) RETURN a.id AS id, a.file AS file LIMIT 1',
    );
    const text = await open.inject({ url: `/api/articles/${article!.id}/text`, headers: here });
    expect(text.statusCode).toBe(200);
    expect(text.body).not.toMatch(/(^|\s)\/(work|home|tmp|root|Users)\//m);
    expect(
      withoutServerPaths("ENOENT: no such file or directory, open '/srv/newsgraph/.newsgraph/x/secret.cypher'"),
    ).toBe("ENOENT: no such file or directory, open 'secret.cypher'");
    expect(withoutServerPaths('No API route GET /api/nothing at bolt://127.0.0.1:7687')).toBe(
      'No API route GET /api/nothing at bolt://127.0.0.1:7687',
    );
  });
});
