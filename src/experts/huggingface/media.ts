// Bytes in and out of the Hugging Face client: our Media become Blobs with their mime type, and
// the Blobs (or base64 strings) a model returns become Media with their real mime type. Endpoints
// often answer `application/octet-stream` or nothing, and some labels are wrong, so the type comes
// from the magic bytes when they are a known format, and from the declared type otherwise.
import { TaskFailure } from '../../pipeline/errors.js';
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

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** The mime type of common image, audio and video formats, from their first bytes. */
export function sniffMime(bytes: Uint8Array, kind?: MediaKind): string | undefined {
  const b = bytes;
  if (b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (ascii(b, 0, 4) === 'GIF8') return 'image/gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WAVE') return 'audio/wav';
  if (ascii(b, 0, 4) === 'fLaC') return 'audio/flac';
  if (ascii(b, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (ascii(b, 4, 4) === 'ftyp') return /^M4A/.test(ascii(b, 8, 4)) ? 'audio/mp4' : kind === 'audio' ? 'audio/mp4' : 'video/mp4';
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return kind === 'audio' ? 'audio/webm' : 'video/webm';
  return undefined;
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
