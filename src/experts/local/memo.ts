// A small cache of finished results by key, least recently used out first. Detection results are
// kept by the image's hash: "count the zebras and describe the photo" runs three experts on the
// same picture, and each would otherwise run CenterNet's four passes again.
import { createHash } from 'node:crypto';

export interface Memo<T> {
  /** The cached value for `key`, or what `compute` returns (cached only when it succeeds). */
  get(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function createMemo<T>(capacity: number): Memo<T> {
  const entries = new Map<string, T>();
  return {
    async get(key, compute) {
      if (entries.has(key)) {
        const value = entries.get(key)!;
        entries.delete(key);
        entries.set(key, value);
        return value;
      }
      // Only settled successes are kept: a cancelled call must not cancel the next caller.
      const value = await compute();
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear: () => entries.clear(),
  };
}

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
