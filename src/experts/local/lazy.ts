// Models load on first use and stay loaded; runtimes that are not re-entrant run one call at a time.
import { cancelled } from './failures.js';

/** A value loaded on first use and kept. A failed load is forgotten, so the next call retries it. */
export interface Lazy<T> {
  get(): Promise<T>;
  /** The loaded value, if the load has finished. */
  loaded(): T | undefined;
  /** Forget the value (after `close`); returns it so the caller can dispose of it. */
  reset(): Promise<T | undefined>;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    get() {
      pending ??= load().then(
        (loadedValue) => (value = loadedValue),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => value,
    async reset() {
      const current = pending;
      pending = undefined;
      value = undefined;
      return current?.catch(() => undefined);
    },
  };
}

/** Runs tasks one after another, in call order; a task whose signal aborted while it waited is skipped. */
export type Lane = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

export function createLane(): Lane {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    const run = tail.then(() => {
      if (signal?.aborted) throw cancelled();
      return task();
    });
    tail = run.catch(() => undefined);
    return run;
  };
}
