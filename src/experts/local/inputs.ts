// Reading an expert's arguments: text stays a string, images and audio arrive as Media bytes.
import sharp from 'sharp';
import type { Media, ResolvedArgs } from '../../pipeline/types.js';
import { badInput } from './failures.js';

const MAX_TEXT_CHARS = 100_000;

export function textArg(args: ResolvedArgs, name: string): string {
  const value = optionalTextArg(args, name);
  if (value === undefined) throw badInput(`The argument "${name}" (text) is missing or empty.`);
  return value;
}

export function optionalTextArg(args: ResolvedArgs, name: string): string | undefined {
  const value = args[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput(`The argument "${name}" must be text, not ${value.kind}.`);
  const trimmed = value.trim();
  if (trimmed.length > MAX_TEXT_CHARS) {
    throw badInput(`The argument "${name}" is too long for a local expert (${trimmed.length} characters, at most ${MAX_TEXT_CHARS}).`, {
      tryNextModel: true,
    });
  }
  return trimmed || undefined;
}

export function mediaArg(args: ResolvedArgs, name: string, kind: Media['kind']): Media {
  const value = args[name];
  if (value === undefined) throw badInput(`The argument "${name}" (${kind}) is missing.`);
  if (typeof value === 'string' || value.kind !== kind) {
    throw badInput(`The argument "${name}" must be ${kind === 'image' ? 'an' : 'a'} ${kind}, not ${typeof value === 'string' ? 'text' : value.kind}.`);
  }
  return value;
}

export interface RgbImage {
  /** Interleaved RGB bytes, row by row, upright (EXIF orientation applied). */
  data: Buffer;
  width: number;
  height: number;
}

/** Decodes an image to upright RGB pixels; an undecodable file is a bad input no model can use. */
export async function decodeRgb(image: Media, options: { maxPixels?: number } = {}): Promise<RgbImage> {
  try {
    const { data, info } = await sharp(image.bytes, { limitInputPixels: options.maxPixels ?? 100_000_000 })
      .rotate()
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`expected 3 colour channels, got ${info.channels}`);
    return { data, width: info.width, height: info.height };
  } catch (error) {
    throw badInput(`The image (${image.mime}, ${image.bytes.length} bytes) could not be decoded: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Upright width and height of an image without decoding its pixels. */
export async function imageSize(image: Media): Promise<{ width: number; height: number }> {
  try {
    const { width, height, orientation } = await sharp(image.bytes).metadata();
    if (!width || !height) throw new Error('no dimensions');
    return orientation && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch (error) {
    throw badInput(`The image (${image.mime}) could not be read: ${(error as Error).message}`, { cause: error });
  }
}

export const pngMedia = (bytes: Uint8Array): Media => ({ kind: 'image', bytes, mime: 'image/png' });
