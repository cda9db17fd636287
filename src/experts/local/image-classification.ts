// image-classification derived from CenterNet: the labels of the objects it detects. Not an
// ImageNet classifier (none ships with weights offline): an image without any of the 80 COCO
// classes gets no label. A label's score is the chance that at least one of its detections is
// right (1 − Π(1 − score), the detections taken as independent), so four players at 0.4–0.7
// outrank one ball at 0.72: the photo is of people more than of a ball.
import { formatLabels, type LabelScore } from '../format.js';
import type { ExpertRun } from './runtime.js';
import { mediaArg } from './inputs.js';
import { detect } from './object-detection.js';

export const classifyByDetection: ExpertRun = async (args, context) => {
  const detections = await detect(mediaArg(args, 'image', 'image'), context);
  const missed = new Map<string, number>();
  for (const { label, score } of detections) missed.set(label, (missed.get(label) ?? 1) * (1 - score));
  const labels: LabelScore[] = [...missed]
    .map(([label, miss]) => ({ label, score: Math.round((1 - miss) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score);
  return {
    text: labels.length > 0 ? formatLabels(labels, 5) : 'none of the 80 COCO object classes detected',
    data: labels,
  };
};
