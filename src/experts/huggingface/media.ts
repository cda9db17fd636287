// Bytes in and out of the Hugging Face client: our Media become Blobs with their mime type, and
// the Blobs (or base64 strings) a model returns become Media with their real mime type. Endpoints
// often answer `application/octet-stream` or nothing, and some labels are wrong, so the type comes
// from the magic bytes when they are a known format, and from the declared type otherwise.
import { TaskFailure } from '../../pipeline/errors.js';
import { sniffMime } from '../../artifacts/media-types.js';
import type { Media } from '../../pipeline/types.js';

type MediaKind = Media['kind'];

/** A Blob carrying the media's mime type (the client sends it as the request's Content-Type). */
export function toBlob(media: Media): Blob {
  return new Blob([new Uint8Array(media.bytes)], { type: media.mime });
}

/** Turns a Blob returned by the client into Media of the expected kind, or fails with EXPERT_BAD_OUTPUT. */
export async function mediaFromBlob(blob: unknown, kind: MediaKind, model: string): Promise<Media> {
  if (!(blob instanceof Blob)) {
    throw badOutput(model, `expected ${article(kind)} ${kind} but got ${describe(blob)}`);
  }
  return mediaFromBytes(new Uint8Array(await blob.arrayBuffer()), blob.type, kind, model);
}

/** Media from a base64 string (audio-to-audio blobs, depth maps, segmentation masks). */
export function mediaFromBase64(base64: string, declaredType: string, kind: MediaKind, model: string): Media {
  const payload = base64.replace(/^data:[^,]*,/, '');
  return mediaFromBytes(new Uint8Array(Buffer.from(payload, 'base64')), declaredType, kind, model);
}

function mediaFromBytes(bytes: Uint8Array, declaredType: string, kind: MediaKind, model: string): Media {
  if (bytes.length === 0) throw badOutput(model, `returned an empty ${kind}`);
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  // The bytes win over the label: the client itself labels every base64 image "image/jpeg".
  const mime = sniffMime(bytes, kind) ?? (declared.startsWith(`${kind}/`) ? declared : undefined);
  if (!mime) {
    throw badOutput(model, `expected ${article(kind)} ${kind} but got ${declared || 'untyped'} bytes that are not a known ${kind} format`);
  }
  if (!mime.startsWith(`${kind}/`)) throw badOutput(model, `expected ${article(kind)} ${kind} but got ${mime}`);
  return { kind, bytes, mime };
}

/** The one sniffer of the service, re-exported for the adapters. */
export { sniffMime };

/**
 * A fetch that turns a JSON reply `[{…}]` (one result in a list, the Inference API's usual shape
 * for captioning) into the bare object a client method expects; every other reply is untouched.
 */
export function unwrapSingleList(base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('application/json')) return response;
    const body: unknown = await response.json();
    const unwrapped = Array.isArray(body) && body.length === 1 && typeof body[0] === 'object' && body[0] !== null ? body[0] : body;
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(JSON.stringify(unwrapped), { status: response.status, statusText: response.statusText, headers });
  };
}

function badOutput(model: string, detail: string): TaskFailure {
  return new TaskFailure('EXPERT_BAD_OUTPUT', `Hugging Face model ${model} ${detail}.`, { tryNextModel: true });
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return `JSON (${JSON.stringify(value).slice(0, 80)})`;
  return typeof value;
}
