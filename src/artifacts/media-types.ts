// Media types: THE sniffer of the service (uploads, fetched inputs, model outputs all use it), the
// extension stored with an artifact, and the kind of resource a type is. Types are sniffed from
// magic bytes, never trusted from a file name or a remote header alone. MP4 and WebM containers
// hold audio or video: the brand (M4A) or the kind the caller expects decides. There used to be a
// second sniffer for model outputs that knew audio/mp4 and audio/webm while the store did not:
// those outputs were saved as .bin and could not be read back.
import type { Media } from '../pipeline/types.js';

type Kind = Media['kind'];

interface MediaType {
  mime: string;
  extension: string;
  kind: Kind;
  /** `kind` is what the caller expects, for containers that hold either audio or video. */
  matches: (bytes: Uint8Array, kind?: Kind) => boolean;
}

const ascii = (bytes: Uint8Array, offset: number, text: string): boolean =>
  [...text].every((char, i) => bytes[offset + i] === char.charCodeAt(0));

const isMp4 = (b: Uint8Array) => ascii(b, 4, 'ftyp');
const isAudioMp4 = (b: Uint8Array, kind?: Kind) => isMp4(b) && (ascii(b, 8, 'M4A') || ascii(b, 8, 'M4B') || kind === 'audio');
const isEbml = (b: Uint8Array) => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3;

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
  { mime: 'audio/mp4', extension: 'm4a', kind: 'audio', matches: isAudioMp4 },
  { mime: 'audio/webm', extension: 'weba', kind: 'audio', matches: (b, kind) => isEbml(b) && kind === 'audio' },
  { mime: 'video/mp4', extension: 'mp4', kind: 'video', matches: isMp4 },
  { mime: 'video/webm', extension: 'webm', kind: 'video', matches: isEbml },
];

const MIME_ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/mp3': 'audio/mpeg',
  'audio/x-flac': 'audio/flac',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
};

const EXTENSION_ALIASES: Record<string, string> = { jpeg: 'jpg', tif: 'tiff', m4b: 'm4a' };

/** The type of some bytes; `kind` settles containers that hold either audio or video. */
export function sniffMediaType(bytes: Uint8Array, kind?: Kind): MediaType | undefined {
  return MEDIA_TYPES.find((type) => type.matches(bytes, kind));
}

/** The mime type of some bytes (see sniffMediaType). */
export function sniffMime(bytes: Uint8Array, kind?: Kind): string | undefined {
  return sniffMediaType(bytes, kind)?.mime;
}

export function mediaTypeByMime(mime: string): MediaType | undefined {
  const base = mime.split(';')[0]!.trim().toLowerCase();
  const canonical = MIME_ALIASES[base] ?? base;
  return MEDIA_TYPES.find((type) => type.mime === canonical);
}

export function mediaTypeByExtension(extension: string): MediaType | undefined {
  const ext = extension.toLowerCase().replace(/^\./, '');
  const canonical = EXTENSION_ALIASES[ext] ?? ext;
  return MEDIA_TYPES.find((type) => type.extension === canonical);
}

/** Media from bytes, typed by their magic bytes only: a declared type proves nothing. */
export function toMedia(bytes: Uint8Array, kind?: Kind): Media | undefined {
  const type = sniffMediaType(bytes, kind);
  return type ? { kind: type.kind, mime: type.mime, bytes } : undefined;
}
