// The caches (plans by conversation, outputs of deterministic expert calls) behind one small
// interface. It is asynchronous on purpose: shared state may later live in Redis (DESIGN.md,
// "Growing past one machine"), and a Redis version fits the same two methods. The in-memory one
// is a bounded LRU with a time to live: a Map in recency order, the oldest entry out first.
import { createHash } from 'node:crypto';

export interface Cache<V> {
  get(key: string): Promise<V | undefined>;
  set(key: string, value: V): Promise<void>;
}

export interface MemoryCacheOptions {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}

export function createMemoryCache<V>({ maxEntries, ttlMs, now = Date.now }: MemoryCacheOptions): Cache<V> {
  const entries = new Map<string, { value: V; expires: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expires <= now()) return undefined;
      entries.set(key, entry); // most recently used last
      // Copies in and out: a caller that changes what it got must not change the cache.
      return structuredClone(entry.value);
    },
    async set(key, value) {
      entries.delete(key);
      entries.set(key, { value: structuredClone(value), expires: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}

/** A key for any JSON-able parts (bytes are hashed as bytes): sha256, hex. */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    if (part instanceof Uint8Array) hash.update(part);
    else hash.update(JSON.stringify(part) ?? 'undefined');
    hash.update('\u0000');
  }
  return hash.digest('hex');
}
