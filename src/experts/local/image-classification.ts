// image-classification derived from CenterNet: the labels of the objects it detects, each with
// its best detection score. Not an ImageNet classifier (none ships with weights offline): an
// image without any of the 80 COCO classes gets no label.
import { formatLabels, type LabelScore } from '../format.js';
import type { ExpertRun } from './runtime.js';
import { mediaArg } from './inputs.js';
import { detect } from './object-detection.js';

export const classifyByDetection: ExpertRun = async (args, context) => {
  const detections = await detect(mediaArg(args, 'image', 'image'), context);
  const best = new Map<string, number>();
  for (const { label, score } of detections) best.set(label, Math.max(score, best.get(label) ?? 0));
  const labels: LabelScore[] = [...best].map(([label, score]) => ({ label, score })).sort((a, b) => b.score - a.score);
  return {
    text: labels.length > 0 ? formatLabels(labels, 5) : 'none of the 80 COCO object classes detected',
    data: labels,
  };
};
