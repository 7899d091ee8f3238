/*
 * One API answer for one request key: fetched when the key changes (none for null), the previous
 * request aborted, its error kept as a message. `current` is the answer to this key only, so a
 * panel never shows the answer to an earlier one.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';

export interface Fetched<T> {
  /** The answer for this key, or null while it loads (or when it failed). */
  data: T | null;
  /** Why it failed, for this key. */
  error: string | null;
  /** Whether this key's answer (or error) has arrived. */
  done: boolean;
}

/** Fetches `load(key)` whenever `key` changes; `load` must not change between renders for the same key. */
export function useFetched<T>(key: string | null, load: (key: string, signal: AbortSignal) => Promise<T>): Fetched<T> {
  const [state, setState] = useState<{ for: string; data: T | null; error: string | null } | null>(null);
  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    load(key, controller.signal)
      .then((data) => setState({ for: key, data, error: null }))
      .catch((e: unknown) => {
        if ((e as Error).name === 'AbortError') return;
        setState({ for: key, data: null, error: e instanceof ApiError ? e.message : String(e) });
      });
    return () => controller.abort();
  }, [key, load]);
  const current = state && state.for === key ? state : null;
  return { data: current?.data ?? null, error: current?.error ?? null, done: current !== null };
}
