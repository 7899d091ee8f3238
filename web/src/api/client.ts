/*
 * The browser's one HTTP client for the newsgraph API: typed calls for the explorer, the saved
 * queries and export, JSON errors turned into ApiError, and listeners told whenever the API says
 * Neo4j is unreachable (503, for the banner) or asks for its token (401, for the sign-in form).
 */
import type {
  ApiErrorBody,
  ArticleResponse,
  EditorSchemaResponse,
  EvidenceResponse,
  ExportRequest,
  NeighbourhoodResponse,
  NodeDetails,
  OverviewResponse,
  QueryListResponse,
  SavedViewResponse,
  SearchResponse,
  StatsResponse,
  Subgraph,
} from '#model/api-types.ts';
import type { Filters } from '#model/filters.ts';
import type { QueryDefinition, QueryRunResult, SavedQueryInput } from '#model/saved-queries/types.ts';
import { analystApi } from './analyst-client.ts';

/** An API call that failed; `status` 0 means the server could not be reached at all; `code` is the error kind's. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }

  /** Neo4j (or the API itself) is unreachable: show the banner and retry later. */
  get unavailable(): boolean {
    return this.status === 503 || this.status === 0;
  }
}

type Listener = (error: ApiError) => void;
const unavailableListeners = new Set<Listener>();
const unauthorizedListeners = new Set<Listener>();

/** Calls `listener` whenever a call finds the database (or the API) unreachable; returns an unsubscribe. */
export function onUnavailable(listener: Listener): () => void {
  unavailableListeners.add(listener);
  return () => unavailableListeners.delete(listener);
}

/** Calls `listener` whenever the server asks for its token (401); returns an unsubscribe. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** The error an answer that is not OK stands for (its JSON body when it has one, else its status line). */
async function failureOf(response: Response): Promise<ApiError> {
  let body: ApiErrorBody = { error: 'InternalError', message: `${response.status} ${response.statusText}` };
  try {
    const parsed = (await response.json()) as Partial<ApiErrorBody>;
    body = { error: parsed.error ?? body.error, message: parsed.message ?? body.message };
  } catch {
    // Not JSON: keep the status line.
  }
  return new ApiError(body.message, response.status, body.error);
}

/** Sends one request to /api; resolves with an OK response, else throws ApiError (and tells the listeners of a 503). */
async function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: { accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(signal && { signal }),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    const failure = new ApiError(
      'request: the newsgraph server did not answer. Is it still running?',
      0,
      'Unreachable',
    );
    unavailableListeners.forEach((l) => l(failure));
    throw failure;
  }
  if (response.ok) return response;
  const failure = await failureOf(response);
  if (failure.status === 503) unavailableListeners.forEach((l) => l(failure));
  if (failure.status === 401) unauthorizedListeners.forEach((l) => l(failure));
  throw failure;
}

/** A JSON call (nothing for 204 No Content); a read the database did not answer in time is tried once more. */
async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await send(method, path, body, signal);
  } catch (error) {
    if (method !== 'GET' || !(error instanceof ApiError) || error.code !== 'QueryTimeout') throw error;
    response = await send(method, path, body, signal);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const get = <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal);

function filterQuery(filters: Filters): Record<string, string> {
  const q: Record<string, string> = {};
  if (filters.kinds.length) q.kinds = filters.kinds.join(',');
  if (filters.relTypes.length) q.types = filters.relTypes.join(',');
  if (filters.from) q.from = filters.from;
  if (filters.to) q.to = filters.to;
  if (filters.statuses.length) q.statuses = filters.statuses.join(',');
  if (filters.minArticles > 0) q.minArticles = String(filters.minArticles);
  if (filters.keepUndated && (filters.from || filters.to)) q.keepUndated = 'true';
  return q;
}

const qs = (params: Record<string, string | number | undefined>): string => {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number] => e[1] !== undefined && e[1] !== '',
  );
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
};
const enc = encodeURIComponent;

export const api = {
  health: (signal?: AbortSignal) => get<{ ok: boolean }>('/health', signal),
  /** Whether the server needs its token, and whether this browser has signed in with it. */
  session: () => get<{ tokenRequired: boolean; signedIn: boolean }>('/session'),
  /** Signs this browser in: the server sets an HttpOnly cookie; a wrong token is an ApiError 401. */
  login: (token: string) => request<void>('POST', '/login', { token }),
  search: (q: string, kinds: string[], signal?: AbortSignal) =>
    get<SearchResponse>(`/search${qs({ q, kinds: kinds.join(',') || undefined, limit: 8 })}`, signal),
  node: (key: string, signal?: AbortSignal) => get<NodeDetails>(`/nodes/${enc(key)}`, signal),
  neighbourhood: (key: string, options: { depth: 1 | 2; skip: number; limit: number; filters: Filters }) =>
    get<NeighbourhoodResponse>(
      `/nodes/${enc(key)}/neighbourhood${qs({ depth: options.depth, skip: options.skip, limit: options.limit, ...filterQuery(options.filters) })}`,
    ),
  /** A page of the sentences behind a node (`skip` of them left out). */
  nodeEvidence: (key: string, page: { skip?: number; limit: number }, signal?: AbortSignal) =>
    get<EvidenceResponse>(
      `/nodes/${enc(key)}/evidence${qs({ skip: page.skip || undefined, limit: page.limit })}`,
      signal,
    ),
  /** A page of the sentences behind an edge. */
  edgeEvidence: (
    edge: { source: string; target: string; type: string },
    page: { skip?: number; limit: number },
    signal?: AbortSignal,
  ) =>
    get<EvidenceResponse>(`/edges/evidence${qs({ ...edge, skip: page.skip || undefined, limit: page.limit })}`, signal),
  /** An article's metadata and sentences, for the source view. */
  article: (id: string, signal?: AbortSignal) => get<ArticleResponse>(`/articles/${enc(id)}`, signal),
  /** The nodes `keys` and the edges among them and (with `among`) to those nodes. */
  subgraph: (keys: string[], edgesOnly = false, among: string[] = []) =>
    request<Subgraph>('POST', '/subgraph', { keys, edgesOnly, among }),
  overview: () => get<OverviewResponse>('/overview'),
  /** Saved views: a long view kept on the server, and read back by its id. */
  views: {
    save: (search: string) => request<SavedViewResponse>('POST', '/views', { search }),
    load: (id: string) => get<SavedViewResponse>(`/views/${enc(id)}`),
  },
  stats: () => get<StatsResponse>('/stats'),

  /** The saved-query API (web/server/routes/queries.ts). */
  queries: {
    list: (signal?: AbortSignal) => get<QueryListResponse>('/queries', signal),
    run: (name: string, params: Record<string, unknown>) =>
      request<QueryRunResult>('POST', `/queries/${enc(name)}/run`, { params }),
    cypher: (query: string, params: Record<string, unknown>) =>
      request<QueryRunResult>('POST', '/cypher', { query, params }),
    schema: (signal?: AbortSignal) => get<EditorSchemaResponse>('/cypher/schema', signal),
    save: (input: SavedQueryInput) => request<QueryDefinition>('POST', '/saved-queries', input),
    update: (name: string, input: SavedQueryInput) =>
      request<QueryDefinition>('PUT', `/saved-queries/${enc(name)}`, input),
    remove: (name: string) => request<void>('DELETE', `/saved-queries/${enc(name)}`),
  },

  /** The analyst's questions (issue #13): search everything, sentences, paths, claims, loads, decisions. */
  analyst: analystApi(get, request),

  /** An export made by the server: the file's bytes and its Content-Disposition header. */
  exportFile: async (body: ExportRequest): Promise<{ blob: Blob; disposition: string | null }> => {
    const response = await send('POST', '/export', body);
    return { blob: await response.blob(), disposition: response.headers.get('content-disposition') };
  },
};
