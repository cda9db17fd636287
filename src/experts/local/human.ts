// @vladmandic/human's models, run in the tfjs worker thread (tfjs-client.ts): CenterNet (80 COCO
// classes) for objects, and the MediaPipe selfie model (vendored under models/selfie) for person
// masks. This side decodes the image (sharp, off the event loop) and shapes the answers.
import type { Media } from '../../pipeline/types.js';
import type { Detection } from '../format.js';
import { fuseCandidates, type Candidate } from './detection-fusion.js';
import { DETECTION_VIEWS, makeView } from './detection-views.js';
import { decodeRgb } from './inputs.js';
import type { TfjsWorker } from './tfjs-client.js';

/**
 * Objects CenterNet finds, best first, with boxes in pixels of the upright input image: the
 * candidates of every view (detection-views.ts), fused (detection-fusion.ts).
 */
export async function detectObjects(tfjs: TfjsWorker, image: Media, signal?: AbortSignal): Promise<Detection[]> {
  const rgb = await decodeRgb(image);
  const views = await Promise.all(DETECTION_VIEWS.map((spec) => makeView(rgb, spec)));
  const candidates: Candidate[] = [];
  // One view after another: the worker runs one call at a time anyway, and an abort stops the rest.
  for (const [index, view] of views.entries()) {
    for (const { label, score, box: [x, y, width, height] } of await tfjs.detect(view.pixels, signal)) {
      candidates.push({ label, score, view: index, box: view.toOriginal({ xmin: x, ymin: y, xmax: x + width, ymax: y + height }) });
    }
  }
  return fuseCandidates(candidates, views.length);
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
