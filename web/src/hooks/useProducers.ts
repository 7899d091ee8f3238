/*
 * React state driven by pure producers: a domain (core/<domain>/index.ts) declares its actions as
 * `(args) => (state) => new state`; this hook holds the state and binds each action to it.
 */
import { useMemo, useState } from 'react';

/** A domain's actions: each takes its arguments and returns a producer of the next state. */
export type Producers<S> = Record<string, (...args: never[]) => (state: S) => S>;

/** The actions bound to a state: calling one applies its producer. */
export type BoundActions<S, P extends Producers<S>> = { [K in keyof P]: (...args: Parameters<P[K]>) => void };

/** The state and its bound actions; `producers` must be a module constant, so the actions stay the same. */
export function useProducers<S, P extends Producers<S>>(initial: S | (() => S), producers: P): [S, BoundActions<S, P>] {
  const [state, setState] = useState(initial);
  const actions = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(producers).map(([name, producer]) => [name, (...args: never[]) => setState(producer(...args))]),
      ) as unknown as BoundActions<S, P>,
    [producers],
  );
  return [state, actions];
}
