// Small but real media for fakes and tests: PNG/JPEG made by sharp, a PCM WAV file, and an MP4
// header. Images and audio decode downstream; the MP4 only has a valid `ftyp` box (no frames).
import sharp from 'sharp';
import type { Media } from '../../src/pipeline/types.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export async function makePng(width = 32, height = 24, background: Rgb = { r: 40, g: 160, b: 90 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).png().toBuffer();
}

export async function makeJpeg(width = 32, height = 24, background: Rgb = { r: 200, g: 120, b: 40 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).jpeg().toBuffer();
}

/** A greyscale PNG from one byte per pixel (0 = black, 255 = white). */
export async function greyPng(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(Buffer.from(pixels), { raw: { width, height, channels: 1 } }).png().toBuffer();
}

/** 16-bit mono PCM WAV holding a sine tone. */
export function makeWav(seconds = 0.1, sampleRate = 16_000, frequency = 440): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / sampleRate) * 12_000), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** An ISO base media file: an `ftyp` box (brand isom) and an empty `mdat`. Sniffs as video/mp4. */
export function makeMp4(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypisom', 4, 'ascii');
  ftyp.writeUInt32BE(0x200, 12);
  ftyp.write('isommp41', 16, 'ascii');
  const mdat = Buffer.alloc(8);
  mdat.writeUInt32BE(8, 0);
  mdat.write('mdat', 4, 'ascii');
  return Buffer.concat([ftyp, mdat]);
}

/** The same media as `Media` arguments of an ExpertCall. */
export async function imageArg(width = 32, height = 24): Promise<Media> {
  return { kind: 'image', bytes: new Uint8Array(await makePng(width, height)), mime: 'image/png' };
}

export function audioArg(seconds = 0.1): Media {
  return { kind: 'audio', bytes: new Uint8Array(makeWav(seconds)), mime: 'audio/wav' };
}
