// Limits on what a decoder would be asked to do, read from headers before anything is decoded: a
// 97 KB PNG can declare 9 999 × 9 999 pixels and cost gigabytes once decoded; an hour of audio
// ties up speech recognition for an hour.
import sharp from 'sharp';
import { TaskFailure } from '../pipeline/errors.js';
import type { Media } from '../pipeline/types.js';
import { audioDurationSeconds } from './audio-duration.js';

export interface MediaLimits {
  /** MAX_IMAGE_PIXELS: width × height. */
  maxImagePixels: number;
  /** MAX_AUDIO_SECONDS. */
  maxAudioSeconds: number;
}

export const DEFAULT_MEDIA_LIMITS: MediaLimits = { maxImagePixels: 16_777_216, maxAudioSeconds: 600 };

const count = (value: number) => value.toLocaleString('en-US');

export async function checkMediaLimits(media: Media, limits: MediaLimits): Promise<void> {
  if (media.kind === 'image') {
    const { width, height } = await imageHeaderSize(media);
    if (width * height > limits.maxImagePixels) {
      throw new TaskFailure(
        'RESOURCE_TOO_LARGE',
        `the image is ${width}×${height} pixels (${count(width * height)}), more than MAX_IMAGE_PIXELS (${count(limits.maxImagePixels)}); scale it down first`,
        { tryNextModel: false },
      );
    }
  }
  if (media.kind === 'audio') {
    const seconds = audioDurationSeconds(media.bytes);
    if (seconds !== undefined && seconds > limits.maxAudioSeconds) {
      throw new TaskFailure('RESOURCE_TOO_LARGE', `the audio lasts ${Math.round(seconds)} s, more than MAX_AUDIO_SECONDS (${limits.maxAudioSeconds} s); cut it first`, {
        tryNextModel: false,
      });
    }
  }
}

/** Width and height from the header only (sharp reads no pixels for metadata; BMP, which libvips does not load, is read here). */
async function imageHeaderSize(media: Media): Promise<{ width: number; height: number }> {
  const bytes = Buffer.from(media.bytes.buffer, media.bytes.byteOffset, media.bytes.byteLength);
  if (media.mime === 'image/bmp' && bytes.length >= 26) {
    // A 12-byte (OS/2) DIB header has 16-bit sizes; the others 32-bit, height negative for top-down rows.
    if (bytes.readUInt32LE(14) === 12) return { width: bytes.readUInt16LE(18), height: bytes.readUInt16LE(20) };
    return { width: Math.abs(bytes.readInt32LE(18)), height: Math.abs(bytes.readInt32LE(22)) };
  }
  try {
    const { width, height } = await sharp(bytes).metadata();
    if (!width || !height) throw new Error('no dimensions in the header');
    return { width, height };
  } catch (error) {
    throw new TaskFailure('RESOURCE_INVALID', `the image (${media.mime}, ${bytes.length} bytes) cannot be read: ${(error as Error).message}`, {
      tryNextModel: false,
      cause: error,
    });
  }
}
