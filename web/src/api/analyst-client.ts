/*
 * The analyst's calls of the browser's one HTTP client (client.ts hands in its `get` and `request`,
 * so errors, the 503 banner and aborts work alike): search everything, a sentence in context,
 * paths, claims, the "most contested" overview, loads and what they changed, entity decisions.
 */
import type {
  ChangesResponse,
  ClaimsResponse,
  ContestedOverviewResponse,
  LoadsResponse,
  PathsResponse,
  SearchAllResponse,
  SentenceContext,
} from '#model/analyst-api.ts';
import type { DecisionInput, DecisionsResponse, EntityRule } from '#model/decisions.ts';

type Get = <T>(path: string, signal?: AbortSignal) => Promise<T>;
type Request = <T>(method: string, path: string, body?: unknown, signal?: AbortSignal) => Promise<T>;

const enc = encodeURIComponent;
const query = (params: Record<string, string | number>): string =>
  `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;

export function analystApi(get: Get, request: Request) {
  return {
    searchAll: (q: string, kinds: string[], limit: number, signal?: AbortSignal) =>
      get<SearchAllResponse>(
        `/search/all${query({ q, limit, ...(kinds.length > 0 && { kinds: kinds.join(',') }) })}`,
        signal,
      ),
    sentence: (id: string, signal?: AbortSignal) => get<SentenceContext>(`/sentences/${enc(id)}`, signal),
    paths: (from: string, to: string, signal?: AbortSignal) =>
      get<PathsResponse>(`/paths${query({ from, to })}`, signal),
    claims: (key: string, signal?: AbortSignal) => get<ClaimsResponse>(`/claims/${enc(key)}`, signal),
    contested: (limit = 15) => get<ContestedOverviewResponse>(`/overview/contested${query({ limit })}`),
    loads: (signal?: AbortSignal) => get<LoadsResponse>('/loads', signal),
    changes: (load: string, signal?: AbortSignal) => get<ChangesResponse>(`/loads/${enc(load)}/changes`, signal),
    decisions: (signal?: AbortSignal) => get<DecisionsResponse>('/decisions', signal),
    decide: (input: DecisionInput) => request<EntityRule>('POST', '/decisions', input),
    undo: (id: string, by: string) =>
      request<{ rule: EntityRule; exact: boolean }>('DELETE', `/decisions/${enc(id)}`, { by }),
  };
}
