// image-to-text as a detection-based description: "an image with 2 zebras and 1 giraffe", written
// from CenterNet's detections. Not a neural captioner: it names objects and counts, nothing else.
import { describeDetections } from '../format.js';
import type { ExpertRun } from './runtime.js';
import { mediaArg } from './inputs.js';
import { detect } from './object-detection.js';

export const describeByDetection: ExpertRun = async (args, context) => {
  const detections = await detect(mediaArg(args, 'image', 'image'), context);
  const caption =
    detections.length > 0 ? `an image with ${describeDetections(detections)}` : 'an image with none of the 80 COCO object classes in it';
  return { text: caption, data: { generated_text: caption, method: 'detection-based description (CenterNet)', detections } };
};
