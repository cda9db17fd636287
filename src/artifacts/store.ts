// Artifacts: files produced by tasks (or uploaded as inputs), kept in a folder under
// unguessable ids. An id is 32 hex characters plus an extension, so it can never name a path
// outside the folder. A retention policy bounds the folder: a time to live and a quota in bytes,
// oldest first out, applied at start-up, on every write and by a periodic sweep.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactRef, Media } from '../pipeline/types.js';
import { mediaTypeByExtension, mediaTypeByMime } from './media-types.js';
import { ArtifactIndex, type RetentionPolicy, type Usage } from './retention.js';

export const ARTIFACT_ID = /^[a-f0-9]{32}\.[a-z0-9]{2,5}$/;

export interface StoredArtifact {
  bytes: Uint8Array;
  mime: string;
  kind: Media['kind'];
}

export interface ArtifactStore {
  put(media: Media): Promise<ArtifactRef>;
  get(id: string): Promise<StoredArtifact | null>;
  /** Deletes expired files and applies the quota now (also done periodically). */
  sweep?(): Promise<void>;
  /** Stops the periodic sweep. */
  close?(): void;
}

export interface StoreOptions extends Partial<RetentionPolicy> {
  /** Called with the folder's size after every change. */
  onUsage?: (usage: Usage) => void;
  /** Time between sweeps; by default a tenth of the TTL, between 1 s and 10 min. */
  sweepIntervalMs?: number;
  now?: () => number;
}

export function artifactUrl(id: string): string {
  return `/artifacts/${id}`;
}

const MAX_SWEEP_INTERVAL_MS = 10 * 60_000;

export function createFileArtifactStore(folder: string, options: StoreOptions = {}): ArtifactStore {
  const policy: RetentionPolicy = { maxBytes: options.maxBytes ?? 0, ttlMs: options.ttlMs ?? 0 };
  const index = new ArtifactIndex(folder, policy, (name) => ARTIFACT_ID.test(name), options.now);
  // Writes to the index (a put, a sweep) run one at a time, so a sweep never loses a put.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };
  const report = () => options.onUsage?.(index.usage());
  const sweep = () =>
    exclusive(async () => {
      await index.sweep();
      report();
    });
  // Start-up: create the folder, then apply the policy to what an earlier run left.
  const ready = mkdir(folder, { recursive: true }).then(sweep);
  ready.catch(() => {}); // surfaced by the first put or get

  const retained = policy.maxBytes > 0 || policy.ttlMs > 0;
  const interval = options.sweepIntervalMs ?? Math.min(MAX_SWEEP_INTERVAL_MS, Math.max(1000, policy.ttlMs / 10 || MAX_SWEEP_INTERVAL_MS));
  const timer = retained ? setInterval(() => void sweep().catch(() => {}), interval).unref() : undefined;

  return {
    async put(media) {
      await ready;
      const extension = mediaTypeByMime(media.mime)?.extension ?? 'bin';
      const id = `${randomBytes(16).toString('hex')}.${extension}`;
      await writeFile(join(folder, id), media.bytes, { flag: 'wx' });
      await exclusive(async () => {
        await index.add(id, media.bytes.length);
        report();
      });
      return { artifact: id, url: artifactUrl(id), mime: media.mime };
    },
    async get(id) {
      if (!ARTIFACT_ID.test(id)) return null;
      const type = mediaTypeByExtension(id.split('.').pop()!);
      if (!type) return null;
      try {
        // The TTL holds between sweeps too: an expired file is gone even if it is still on disk.
        if (index.isExpired((await stat(join(folder, id))).mtimeMs)) {
          await exclusive(async () => {
            await index.remove(id);
            report();
          });
          return null;
        }
        const bytes = await readFile(join(folder, id));
        return { bytes, mime: type.mime, kind: type.kind };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    sweep,
    close: () => clearInterval(timer),
  };
}
