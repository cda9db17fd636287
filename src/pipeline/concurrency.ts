// Small async helpers: a bounded-concurrency gate, abortable sleep, and jittered backoff.
import type { Provider } from './types.js';

/** Runs at most `limit` functions at a time, in submission order. */
export function createLimiter(limit: number): <T>(run: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return async (run) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await run();
    } finally {
      release();
    }
  };
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Exponential backoff with full jitter: a random delay in [base·2^(n-1)/2, base·2^(n-1)]. */
export function backoffDelay(attempt: number, baseMs: number): number {
  const ceiling = baseMs * 2 ** Math.max(0, attempt - 1);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** A process-wide slot pool (one per provider): `acquire` waits its turn, FIFO, and gives up when `signal` aborts. */
export interface Gate {
  readonly limit: number;
  /** Resolves with the function that frees the slot; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  readonly active: number;
  readonly waiting: number;
}

export function createGate(limit: number): Gate {
  let active = 0;
  const queue: Array<{ grant: () => void }> = [];
  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      if (next) next.grant();
      else active--;
    };
  };
  return {
    limit,
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < limit) {
        active++;
        return Promise.resolve(releaser());
      }
      return new Promise((resolve, reject) => {
        // A freed slot passes straight to the next waiter, so `active` stays at the limit.
        const waiter = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(releaser());
          },
        };
        const onAbort = () => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
      });
    },
  };
}

/** A slot of the provider's process-wide gate (REMOTE_CONCURRENCY, LOCAL_CONCURRENCY); no gate, no wait. */
export function acquireSlot(gates: Partial<Record<Provider, Gate>> | undefined, provider: Provider, signal?: AbortSignal): Promise<() => void> {
  const gate = gates?.[provider];
  return gate ? gate.acquire(signal) : Promise.resolve(() => {});
}
