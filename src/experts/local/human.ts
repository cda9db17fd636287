// @vladmandic/human's models, run in the tfjs worker thread (tfjs-client.ts): CenterNet (80 COCO
// classes) for objects, and the MediaPipe selfie model (vendored under models/selfie) for person
// masks. This side decodes the image (sharp, off the event loop) and shapes the answers.
import type { Media } from '../../pipeline/types.js';
import type { Detection } from '../format.js';
import { decodeRgb } from './inputs.js';
import type { TfjsWorker } from './tfjs-client.js';

/** Objects CenterNet finds, best first, with boxes in pixels of the upright input image. */
export async function detectObjects(tfjs: TfjsWorker, image: Media, signal?: AbortSignal): Promise<Detection[]> {
  const rgb = await decodeRgb(image);
  const objects = await tfjs.detect(rgb, signal);
  const clamp = (value: number, max: number): number => Math.min(max, Math.max(0, Math.round(value)));
  return objects
    .map(({ label, score, box: [x, y, width, height] }) => ({
      label,
      score: Math.round(score * 1000) / 1000,
      box: { xmin: clamp(x, rgb.width), ymin: clamp(y, rgb.height), xmax: clamp(x + width, rgb.width), ymax: clamp(y + height, rgb.height) },
    }))
    .sort((a, b) => b.score - a.score);
}

export interface PersonMask {
  /** One byte per pixel, 0 (background) to 255 (person), the size of the upright input. */
  alpha: Uint8Array;
  width: number;
  height: number;
}

export async function segmentPerson(tfjs: TfjsWorker, image: Media, signal?: AbortSignal): Promise<PersonMask> {
  const rgb = await decodeRgb(image);
  return { alpha: await tfjs.segment(rgb, signal), width: rgb.width, height: rgb.height };
}
