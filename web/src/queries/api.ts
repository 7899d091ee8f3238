/*
 * The Queries panel's calls to the saved-query API (web/server/routes/queries.ts) and to the
 * explorer's search, with JSON errors turned into the explorer's ApiError.
 */
import { ApiError } from '../api/client.ts';
import type { SearchResponse } from '#model/api-types.ts';
import type { QueryDefinition, QueryRunResult, SavedQueryInput } from '#model/saved-queries/types.ts';

export interface QueryList {
  queries: QueryDefinition[];
  problems: string[];
  limits: { timeoutMs: number; maxRows: number; maxNodes: number };
  savedIn: string;
}

export interface EditorSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: { name: string; signature: string }[];
  procedures: { name: string; signature: string; returnItems: { name: string; signature: string }[] }[];
}

async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(signal && { signal }),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('queries: the newsgraph server did not answer. Is it still running?', 0, 'Unreachable');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: the status line below.
  }
  if (response.ok) return parsed as T;
  const error = (parsed ?? {}) as { error?: string; message?: string };
  throw new ApiError(
    error.message ?? `${response.status} ${response.statusText}`,
    response.status,
    error.error ?? 'InternalError',
  );
}

export const queriesApi = {
  list: (signal?: AbortSignal) => call<QueryList>('GET', '/queries', undefined, signal),
  run: (name: string, params: Record<string, unknown>) =>
    call<QueryRunResult>('POST', `/queries/${encodeURIComponent(name)}/run`, { params }),
  cypher: (query: string, params: Record<string, unknown>) =>
    call<QueryRunResult>('POST', '/cypher', { query, params }),
  schema: (signal?: AbortSignal) => call<EditorSchema>('GET', '/cypher/schema', undefined, signal),
  save: (input: SavedQueryInput) => call<QueryDefinition>('POST', '/saved-queries', input),
  update: (name: string, input: SavedQueryInput) =>
    call<QueryDefinition>('PUT', `/saved-queries/${encodeURIComponent(name)}`, input),
  remove: (name: string) => call<void>('DELETE', `/saved-queries/${encodeURIComponent(name)}`),
  search: (q: string, signal?: AbortSignal) =>
    call<SearchResponse>('GET', `/search?${new URLSearchParams({ q, limit: '8' }).toString()}`, undefined, signal),
};
