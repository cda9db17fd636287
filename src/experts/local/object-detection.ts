// object-detection: CenterNet (COCO, 80 classes) through @vladmandic/human. Boxes are in pixels
// of the upright input image; the drawn copy is a PNG.
import type { Media } from '../../pipeline/types.js';
import { describeDetections, type Detection } from '../format.js';
import { drawDetections } from '../images.js';
import type { ExpertContext, ExpertRun } from './runtime.js';
import { detectObjects } from './human.js';
import { mediaArg } from './inputs.js';
import { hashBytes } from './memo.js';

/** CenterNet's detections for an image (shared by the experts derived from them, and cached). */
export async function detect(image: Media, { runtime, signal }: ExpertContext): Promise<Detection[]> {
  return runtime.detections.get(hashBytes(image.bytes), () => detectObjects(runtime.tfjs, image, signal));
}

export const detectObjectsExpert: ExpertRun = async (args, context) => {
  const image = mediaArg(args, 'image', 'image');
  const detections = await detect(image, context);
  return { data: detections, text: describeDetections(detections), image: await drawDetections(image, detections) };
};
