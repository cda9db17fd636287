// What the artifacts folder holds and what must go: files older than the time to live, then the
// oldest files until the total fits the quota. The index is rebuilt from the folder itself at
// start-up and on every sweep, so files written by other replicas sharing the folder, or left by
// an earlier run, are counted and expire too.
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export interface RetentionPolicy {
  /** ARTIFACTS_MAX_BYTES; 0: no quota. */
  maxBytes: number;
  /** ARTIFACTS_TTL in ms; 0: files never expire. */
  ttlMs: number;
}

export interface Usage {
  bytes: number;
  files: number;
}

interface Entry {
  bytes: number;
  createdAt: number;
}

export class ArtifactIndex {
  /** Oldest first: insertion order is creation order. */
  private entries = new Map<string, Entry>();
  private total = 0;

  constructor(
    private readonly folder: string,
    private readonly policy: RetentionPolicy,
    private readonly isArtifact: (name: string) => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  usage(): Usage {
    return { bytes: this.total, files: this.entries.size };
  }

  isExpired(createdAt: number): boolean {
    return this.policy.ttlMs > 0 && this.now() - createdAt > this.policy.ttlMs;
  }

  /** Records a file just written, then deletes the oldest others while the quota is exceeded. */
  async add(id: string, bytes: number): Promise<void> {
    this.forget(id);
    this.entries.set(id, { bytes, createdAt: this.now() });
    this.total += bytes;
    await this.enforceQuota(id);
  }

  async remove(id: string): Promise<void> {
    this.forget(id);
    await unlink(join(this.folder, id)).catch(() => {});
  }

  /** Re-reads the folder, deletes expired files, then applies the quota. */
  async sweep(): Promise<void> {
    const names = await readdir(this.folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const found: Array<[string, Entry]> = [];
    for (const name of names.filter(this.isArtifact)) {
      const info = await stat(join(this.folder, name)).catch(() => null);
      if (info?.isFile()) found.push([name, { bytes: info.size, createdAt: info.mtimeMs }]);
    }
    found.sort((a, b) => a[1].createdAt - b[1].createdAt);
    this.entries = new Map(found);
    this.total = found.reduce((sum, [, entry]) => sum + entry.bytes, 0);
    for (const [id, entry] of found) if (this.isExpired(entry.createdAt)) await this.remove(id);
    await this.enforceQuota();
  }

  private forget(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.total -= entry.bytes;
    this.entries.delete(id);
  }

  private async enforceQuota(keep?: string): Promise<void> {
    if (this.policy.maxBytes <= 0) return;
    for (const id of [...this.entries.keys()]) {
      if (this.total <= this.policy.maxBytes) return;
      if (id !== keep) await this.remove(id);
    }
  }
}
