// Artifacts: files produced by tasks (or uploaded as inputs), kept in a folder under
// unguessable ids. An id is 32 hex characters plus an extension, so it can never name a path
// outside the folder.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactRef, Media } from '../pipeline/types.js';
import { mediaTypeByExtension, mediaTypeByMime } from './media-types.js';

export const ARTIFACT_ID = /^[a-f0-9]{32}\.[a-z0-9]{2,5}$/;

export interface StoredArtifact {
  bytes: Uint8Array;
  mime: string;
  kind: Media['kind'];
}

export interface ArtifactStore {
  put(media: Media): Promise<ArtifactRef>;
  get(id: string): Promise<StoredArtifact | null>;
}

export function artifactUrl(id: string): string {
  return `/artifacts/${id}`;
}

export function createFileArtifactStore(folder: string): ArtifactStore {
  let ready: Promise<unknown> | undefined;
  return {
    async put(media) {
      ready ??= mkdir(folder, { recursive: true });
      await ready;
      const extension = mediaTypeByMime(media.mime)?.extension ?? 'bin';
      const id = `${randomBytes(16).toString('hex')}.${extension}`;
      await writeFile(join(folder, id), media.bytes, { flag: 'wx' });
      return { artifact: id, url: artifactUrl(id), mime: media.mime };
    },
    async get(id) {
      if (!ARTIFACT_ID.test(id)) return null;
      const type = mediaTypeByExtension(id.split('.').pop()!);
      if (!type) return null;
      try {
        const bytes = await readFile(join(folder, id));
        return { bytes, mime: type.mime, kind: type.kind };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
