// Media types: the extension stored with an artifact, and the kind of resource a type is.
// Types are sniffed from magic bytes, never trusted from a file name or a remote header alone.
import type { Media } from '../pipeline/types.js';

interface MediaType {
  mime: string;
  extension: string;
  kind: Media['kind'];
  matches: (bytes: Uint8Array) => boolean;
}

const ascii = (bytes: Uint8Array, offset: number, text: string): boolean =>
  [...text].every((char, i) => bytes[offset + i] === char.charCodeAt(0));

const MEDIA_TYPES: MediaType[] = [
  { mime: 'image/png', extension: 'png', kind: 'image', matches: (b) => b[0] === 0x89 && ascii(b, 1, 'PNG') },
  { mime: 'image/jpeg', extension: 'jpg', kind: 'image', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', extension: 'gif', kind: 'image', matches: (b) => ascii(b, 0, 'GIF8') },
  { mime: 'image/webp', extension: 'webp', kind: 'image', matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { mime: 'image/bmp', extension: 'bmp', kind: 'image', matches: (b) => ascii(b, 0, 'BM') && b.length > 26 },
  { mime: 'image/tiff', extension: 'tiff', kind: 'image', matches: (b) => ascii(b, 0, 'II*\0') || ascii(b, 0, 'MM\0*') },
  { mime: 'audio/wav', extension: 'wav', kind: 'audio', matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE') },
  { mime: 'audio/flac', extension: 'flac', kind: 'audio', matches: (b) => ascii(b, 0, 'fLaC') },
  { mime: 'audio/ogg', extension: 'ogg', kind: 'audio', matches: (b) => ascii(b, 0, 'OggS') },
  { mime: 'audio/mpeg', extension: 'mp3', kind: 'audio', matches: (b) => ascii(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0) },
  { mime: 'video/mp4', extension: 'mp4', kind: 'video', matches: (b) => ascii(b, 4, 'ftyp') },
  { mime: 'video/webm', extension: 'webm', kind: 'video', matches: (b) => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3 },
];

export function sniffMediaType(bytes: Uint8Array): MediaType | undefined {
  return MEDIA_TYPES.find((type) => type.matches(bytes));
}

export function mediaTypeByMime(mime: string): MediaType | undefined {
  const base = mime.split(';')[0]!.trim().toLowerCase();
  const aliases: Record<string, string> = { 'image/jpg': 'image/jpeg', 'audio/x-wav': 'audio/wav', 'audio/wave': 'audio/wav', 'audio/mp3': 'audio/mpeg', 'audio/x-flac': 'audio/flac' };
  const canonical = aliases[base] ?? base;
  return MEDIA_TYPES.find((type) => type.mime === canonical);
}

export function mediaTypeByExtension(extension: string): MediaType | undefined {
  const ext = extension.toLowerCase().replace(/^\./, '');
  return MEDIA_TYPES.find((type) => type.extension === ext || (ext === 'jpeg' && type.extension === 'jpg'));
}

/** Media from bytes, typed by their magic bytes only: a declared type proves nothing. */
export function toMedia(bytes: Uint8Array): Media | undefined {
  const type = sniffMediaType(bytes);
  return type ? { kind: type.kind, mime: type.mime, bytes } : undefined;
}
