// image-segmentation of people: MediaPipe's selfie segmentation model (vendored under
// models/selfie) through human, laid over a PNG copy of the image. The selfie model assumes a
// person is in the frame and will outline a cat or a zebra just as readily, so its mask is kept
// only inside the boxes of the people CenterNet detects: no person detected, no mask.
import sharp from 'sharp';
import type { Box, Detection } from '../format.js';
import { overlayMasks } from '../images.js';
import type { ExpertRun } from './runtime.js';
import { segmentPerson, type PersonMask } from './human.js';
import { mediaArg } from './inputs.js';
import { detect } from './object-detection.js';

/** Person boxes are widened by this share of their size: detectors crop hands and feet. */
const BOX_MARGIN = 0.08;

/** Zeroes the mask outside the (widened) boxes; returns the kept share of the image and its bounds. */
function keepInside(mask: PersonMask, boxes: Box[]): { coverage: number; box: Box | null } {
  const { alpha, width, height } = mask;
  const inside = new Uint8Array(width * height);
  for (const { xmin, ymin, xmax, ymax } of boxes) {
    const dx = Math.round((xmax - xmin) * BOX_MARGIN);
    const dy = Math.round((ymax - ymin) * BOX_MARGIN);
    for (let y = Math.max(0, ymin - dy); y < Math.min(height, ymax + dy); y++) {
      inside.fill(1, y * width + Math.max(0, xmin - dx), y * width + Math.min(width, xmax + dx));
    }
  }
  let count = 0;
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let i = 0; i < alpha.length; i++) {
    if (!inside[i]) alpha[i] = 0;
    if (alpha[i]! < 128) continue;
    const [x, y] = [i % width, Math.floor(i / width)];
    count++;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return { coverage: count / alpha.length, box: count > 0 ? { xmin: left, ymin: top, xmax: right + 1, ymax: bottom + 1 } : null };
}

export const segmentPeople: ExpertRun = async (args, context) => {
  const image = mediaArg(args, 'image', 'image');
  const people: Detection[] = (await detect(image, context)).filter((detection) => detection.label === 'person');
  // Loaded even when nobody is in the picture: a missing model fails every call, not some.
  await context.runtime.tfjs.load('selfie', context.signal);
  const mask = people.length > 0 ? await segmentPerson(context.runtime.tfjs, image, context.signal) : null;
  const kept = mask ? keepInside(mask, people.map((person) => person.box)) : null;
  if (!mask || !kept?.box) {
    return { image: await overlayMasks(image, []), text: 'no person found', data: [] };
  }
  const png = await sharp(mask.alpha, { raw: { width: mask.width, height: mask.height, channels: 1 } }).png().toBuffer();
  const coverage = Math.round(kept.coverage * 1000) / 1000;
  const count = `${people.length} ${people.length === 1 ? 'person' : 'people'} detected`;
  return {
    image: await overlayMasks(image, [{ label: 'person', mask: png }]),
    text: `person (${count}; the mask covers ${Math.round(coverage * 100)}% of the image)`,
    data: [{ label: 'person', score: Math.max(...people.map((person) => person.score)), coverage, box: kept.box, people: people.length }],
  };
};
