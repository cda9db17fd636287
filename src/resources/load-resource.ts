// Turns a resource argument into bytes: a data: URI, an http(s) URL, an artifact
// (/artifacts/<id>), or an example file shipped with the service (/examples/<name>). The bytes'
// real type is sniffed (declared types are ignored) and must be of the kind the task needs.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ARTIFACT_ID, type ArtifactStore } from '../artifacts/store.js';
import { toMedia } from '../artifacts/media-types.js';
import { TaskFailure } from '../pipeline/errors.js';
import type { Media } from '../pipeline/types.js';
import { fetchUrl, type FetchPolicy } from './fetch-url.js';
import { DEFAULT_MEDIA_LIMITS, checkMediaLimits, type MediaLimits } from './media-limits.js';

export interface ResourceLoader {
  load(value: string, kind: Media['kind'], signal?: AbortSignal): Promise<Media>;
  /** Fails with RESOURCE_TOO_LARGE when media declares more pixels or seconds than allowed (done by load too). */
  check(media: Media): Promise<void>;
}

export interface ResourceLoaderOptions extends FetchPolicy {
  artifacts: ArtifactStore;
  examplesDir: string;
  /** MAX_IMAGE_PIXELS and MAX_AUDIO_SECONDS; DEFAULT_MEDIA_LIMITS when absent. */
  mediaLimits?: MediaLimits;
}

const EXAMPLE_NAME = /^[\w.-]+\.[a-z0-9]{2,5}$/i;

export function createResourceLoader(options: ResourceLoaderOptions): ResourceLoader {
  async function bytesOf(value: string, signal?: AbortSignal): Promise<Uint8Array> {
    if (value.startsWith('data:')) return decodeDataUri(value, options.maxBytes);
    if (/^https?:\/\//i.test(value)) return fetchUrl(value, options, signal);
    const artifactId = /^(?:\/?artifacts\/|artifact:)?([a-f0-9]{32}\.[a-z0-9]{2,5})$/i.exec(value)?.[1];
    if (artifactId && ARTIFACT_ID.test(artifactId)) {
      const stored = await options.artifacts.get(artifactId);
      if (!stored) throw new TaskFailure('RESOURCE_NOT_FOUND', `artifact ${artifactId} does not exist (it may have been deleted)`, { tryNextModel: false });
      return stored.bytes;
    }
    const name = basename(value.replace(/^\.?\/?(public\/)?examples\//, ''));
    if (EXAMPLE_NAME.test(name) && name === value.replace(/^\.?\/?(public\/)?examples\//, '')) {
      try {
        return await readFile(join(options.examplesDir, name));
      } catch {
        throw new TaskFailure(
          'RESOURCE_NOT_FOUND',
          `"${value}" is not a file the service has: upload it (POST /artifacts) and pass /artifacts/<id>, give an http(s) URL or a data: URI, or use an example (GET /examples)`,
          { tryNextModel: false },
        );
      }
    }
    throw new TaskFailure('RESOURCE_INVALID', `"${value.slice(0, 80)}" is not a resource: give an http(s) URL, a data: URI, /artifacts/<id> or /examples/<file>`, { tryNextModel: false });
  }

  const limits = options.mediaLimits ?? DEFAULT_MEDIA_LIMITS;
  return {
    check: (media) => checkMediaLimits(media, limits),
    async load(value, kind, signal) {
      const bytes = await bytesOf(value.trim(), signal);
      if (bytes.length > options.maxBytes) {
        throw new TaskFailure('RESOURCE_TOO_LARGE', `the ${kind} is larger than RESOURCE_MAX_BYTES (${options.maxBytes} bytes)`, { tryNextModel: false });
      }
      const media = toMedia(bytes, kind);
      if (!media || media.kind !== kind) {
        const found = media ? `${media.kind} (${media.mime})` : 'a file of unknown type';
        throw new TaskFailure('RESOURCE_INVALID', `"${value.slice(0, 80)}" should be ${article(kind)} ${kind} but is ${found}`, { tryNextModel: false });
      }
      await checkMediaLimits(media, limits);
      return media;
    },
  };
}

function decodeDataUri(uri: string, maxBytes: number): Uint8Array {
  const match = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(uri);
  if (!match) throw new TaskFailure('RESOURCE_INVALID', 'malformed data: URI (expected data:<type>;base64,<data>)', { tryNextModel: false });
  const [, , params, payload] = match;
  if (payload!.length > maxBytes * 1.4) throw new TaskFailure('RESOURCE_TOO_LARGE', `the data: URI is larger than RESOURCE_MAX_BYTES (${maxBytes} bytes)`, { tryNextModel: false });
  return params!.includes(';base64') ? Buffer.from(payload!, 'base64') : percentDecode(payload!);
}

/** The bytes of a percent-encoded payload; bytes, not UTF-8 text, so binary data survives. */
function percentDecode(payload: string): Uint8Array {
  const bad = /%(?![0-9a-f]{2})/i.exec(payload);
  if (bad) {
    const at = payload.slice(bad.index, bad.index + 3);
    throw new TaskFailure('RESOURCE_INVALID', `malformed data: URI: "${at}" at position ${bad.index} is not a percent-encoded byte (%XX); encode binary data as base64 (data:<type>;base64,…)`, { tryNextModel: false });
  }
  const parts = payload.split(/(%[0-9a-f]{2})/i);
  return Buffer.concat(parts.map((part) => (part.startsWith('%') && part.length === 3 ? Buffer.from([Number.parseInt(part.slice(1), 16)]) : Buffer.from(part, 'utf8'))));
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');
