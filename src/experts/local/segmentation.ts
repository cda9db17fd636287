// image-segmentation of people: MediaPipe's selfie segmentation model (vendored under
// models/selfie, MIT) through human. One mask, "person", laid over a PNG copy of the image.
import sharp from 'sharp';
import { overlayMasks } from '../images.js';
import type { ExpertRun } from './runtime.js';
import { loading } from './failures.js';
import { segmentPerson } from './human.js';
import { mediaArg } from './inputs.js';

/** Below this share of the pixels the "mask" is noise, not a person. */
const MIN_COVERAGE = 0.005;

export const segmentPeople: ExpertRun = async (args, { runtime, signal }) => {
  const image = mediaArg(args, 'image', 'image');
  const selfie = await loading('the selfie segmentation model', runtime.models.selfie.get());
  const { alpha, width, height } = await segmentPerson(selfie, image, signal);
  let inside = 0;
  let [xmin, ymin, xmax, ymax] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (alpha[y * width + x]! < 128) continue;
      inside++;
      xmin = Math.min(xmin, x);
      xmax = Math.max(xmax, x);
      ymin = Math.min(ymin, y);
      ymax = Math.max(ymax, y);
    }
  }
  const coverage = Math.round((inside / (width * height)) * 1000) / 1000;
  const found = coverage >= MIN_COVERAGE;
  const mask = await sharp(alpha, { raw: { width, height, channels: 1 } }).png().toBuffer();
  return {
    image: await overlayMasks(image, found ? [{ label: 'person', mask }] : []),
    text: found ? `person (${Math.round(coverage * 100)}% of the image)` : 'no person found',
    data: found ? [{ label: 'person', coverage, box: { xmin, ymin, xmax: xmax + 1, ymax: ymax + 1 } }] : [],
  };
};
