/*
 * The browser's client for the explorer API: typed calls, JSON errors turned into ApiError, and
 * a listener told whenever the API says Neo4j is unreachable (503), for the banner.
 */
import type {
  ApiErrorBody,
  EvidenceResponse,
  NeighbourhoodResponse,
  NodeDetails,
  OverviewResponse,
  SearchResponse,
  StatsResponse,
  Subgraph,
} from '#model/api-types.ts';
import type { Filters } from '#model/filters.ts';

/** An API call that failed; `status` 0 means the server could not be reached at all. */
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

/** Calls `listener` whenever a call finds the database (or the API) unreachable; returns an unsubscribe. */
export function onUnavailable(listener: Listener): () => void {
  unavailableListeners.add(listener);
  return () => unavailableListeners.delete(listener);
}

async function request<T>(path: string, init?: RequestInit & { signal?: AbortSignal }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
      ...init,
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
  if (response.ok) return (await response.json()) as T;
  let body: ApiErrorBody = { error: 'InternalError', message: `${response.status} ${response.statusText}` };
  try {
    body = (await response.json()) as ApiErrorBody;
  } catch {
    // Not JSON: keep the status line.
  }
  const failure = new ApiError(body.message, response.status, body.error);
  if (failure.status === 503) unavailableListeners.forEach((l) => l(failure));
  throw failure;
}

function filterQuery(filters: Filters): Record<string, string> {
  const q: Record<string, string> = {};
  if (filters.kinds.length) q.kinds = filters.kinds.join(',');
  if (filters.relTypes.length) q.types = filters.relTypes.join(',');
  if (filters.from) q.from = filters.from;
  if (filters.to) q.to = filters.to;
  if (filters.statuses.length) q.statuses = filters.statuses.join(',');
  if (filters.minArticles > 0) q.minArticles = String(filters.minArticles);
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
  health: (signal?: AbortSignal) => request<{ ok: boolean }>('/health', { signal }),
  search: (q: string, kinds: string[], signal?: AbortSignal) =>
    request<SearchResponse>(`/search${qs({ q, kinds: kinds.join(',') || undefined, limit: 8 })}`, { signal }),
  node: (key: string, signal?: AbortSignal) => request<NodeDetails>(`/nodes/${enc(key)}`, { signal }),
  neighbourhood: (key: string, options: { depth: 1 | 2; skip: number; limit: number; filters: Filters }) =>
    request<NeighbourhoodResponse>(
      `/nodes/${enc(key)}/neighbourhood${qs({ depth: options.depth, skip: options.skip, limit: options.limit, ...filterQuery(options.filters) })}`,
    ),
  nodeEvidence: (key: string, limit: number, signal?: AbortSignal) =>
    request<EvidenceResponse>(`/nodes/${enc(key)}/evidence${qs({ limit })}`, { signal }),
  edgeEvidence: (edge: { source: string; target: string; type: string }, limit: number, signal?: AbortSignal) =>
    request<EvidenceResponse>(`/edges/evidence${qs({ ...edge, limit })}`, { signal }),
  /** The nodes `keys` and the edges among them and (with `among`) to those nodes. */
  subgraph: (keys: string[], edgesOnly = false, among: string[] = []) =>
    request<Subgraph>('/subgraph', { method: 'POST', body: JSON.stringify({ keys, edgesOnly, among }) }),
  overview: () => request<OverviewResponse>('/overview'),
  stats: () => request<StatsResponse>('/stats'),
};
