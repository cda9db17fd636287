// Adapters for the tasks that read or make images and video. Part of the one adapter table in
// adapters.ts. Images go to the client as Blobs carrying their mime type.
import sharp from 'sharp';
import type { ExpertOutput, Media } from '../../pipeline/types.js';
import type { TaskType } from '../../registry/task-types.js';
import { describeDetections, formatLabels, type Detection } from '../format.js';
import { drawDetections, overlayMasks } from '../images.js';
import { adapter, labels, media, optionalText, sortByScore, text, type Adapter } from './adapter-kit.js';
import { mediaFromBase64, mediaFromBlob, toBlob, unwrapSingleList } from './media.js';

export const VISION_ADAPTERS = {
  'image-classification': adapter({
    call: ({ client, target, options }, args) =>
      client.imageClassification({ ...target, inputs: toBlob(media(args, 'image', 'image', 'image-classification')) }, options),
    parse: (raw) => ({ data: sortByScore(raw), text: formatLabels(raw) }),
  }),

  'zero-shot-image-classification': adapter({
    call: ({ client, target, options }, args) =>
      client.zeroShotImageClassification(
        {
          ...target,
          inputs: toBlob(media(args, 'image', 'image', 'zero-shot-image-classification')),
          parameters: { candidate_labels: labels(args, 'zero-shot-image-classification') },
        },
        options,
      ),
    parse: (raw) => ({ data: sortByScore(raw), text: formatLabels(raw) }),
  }),

  'object-detection': adapter({
    call: ({ client, target, options }, args) =>
      client.objectDetection({ ...target, inputs: toBlob(media(args, 'image', 'image', 'object-detection')) }, options),
    parse: async (raw, args) => {
      const detections: Detection[] = raw.map(({ label, score, box }) => ({ label, score, box }));
      const image = await drawDetections(media(args, 'image', 'image', 'object-detection'), detections);
      return { data: detections, text: describeDetections(detections), image };
    },
  }),

  'image-segmentation': adapter({
    call: ({ client, target, options }, args) =>
      client.imageSegmentation({ ...target, inputs: toBlob(media(args, 'image', 'image', 'image-segmentation')) }, options),
    parse: async (raw, args) => {
      const segments = raw.map(({ label, score }) => ({ label, score: score ?? null }));
      const masks = raw.map(({ label, mask }) => ({ label, mask: new Uint8Array(Buffer.from(mask, 'base64')) }));
      const image = await overlayMasks(media(args, 'image', 'image', 'image-segmentation'), masks);
      const scored = segments.filter((segment): segment is { label: string; score: number } => segment.score !== null);
      const summary =
        segments.length === 0
          ? 'no regions found'
          : scored.length === segments.length
            ? formatLabels(scored, scored.length)
            : [...new Set(segments.map((segment) => segment.label))].join(', ');
      return { data: segments, text: summary, image };
    },
  }),

  'image-to-text': adapter({
    // The Inference API answers [{"generated_text": …}]; the client only takes the bare object.
    call: ({ client, target, options }, args) =>
      client.imageToText({ ...target, inputs: toBlob(media(args, 'image', 'image', 'image-to-text')) }, { ...options, fetch: unwrapSingleList(options.fetch) }),
    parse: (raw) => ({ text: raw.generated_text }),
  }),

  'image-to-image': adapter({
    call: ({ client, target, options }, args) => {
      const prompt = optionalText(args, 'text');
      const inputs = toBlob(media(args, 'image', 'image', 'image-to-image'));
      return client.imageToImage({ ...target, inputs, ...(prompt ? { parameters: { prompt } } : {}) }, options);
    },
    parse: async (raw, _args, { target }) => ({ image: await mediaFromBlob(raw, 'image', target.model) }),
  }),

  'text-to-image': adapter({
    call: ({ client, target, options }, args) =>
      client.textToImage({ ...target, inputs: text(args, 'text', 'text-to-image') }, { ...options, outputType: 'blob' }),
    parse: async (raw, _args, { target }) => ({ image: await mediaFromBlob(raw, 'image', target.model) }),
  }),

  'text-to-video': adapter({
    call: ({ client, target, options }, args) => client.textToVideo({ ...target, inputs: text(args, 'text', 'text-to-video') }, options),
    parse: async (raw, _args, { target }) => ({ video: await mediaFromBlob(raw, 'video', target.model) }),
  }),

  'visual-question-answering': adapter({
    call: ({ client, target, options }, args) =>
      client.visualQuestionAnswering(
        {
          ...target,
          inputs: {
            question: text(args, 'question', 'visual-question-answering'),
            image: toBlob(media(args, 'image', 'image', 'visual-question-answering')),
          },
        },
        options,
      ),
    parse: (raw) => ({ data: raw, text: raw.answer }),
  }),

  'document-question-answering': adapter({
    call: ({ client, target, options }, args) =>
      client.documentQuestionAnswering(
        {
          ...target,
          inputs: {
            question: text(args, 'question', 'document-question-answering'),
            image: toBlob(media(args, 'image', 'image', 'document-question-answering')),
          },
        },
        options,
      ),
    parse: (raw) => ({ data: raw, text: raw.answer }),
  }),

  // The client has no depthEstimation method: post the raw image through its generic request path.
  // hf-inference answers { predicted_depth: number[][], depth: <base64 PNG> }; an endpoint may send the PNG itself.
  'depth-estimation': adapter({
    call: ({ raw }, args) => raw('depth-estimation', { data: toBlob(media(args, 'image', 'image', 'depth-estimation')) }),
    parse: (raw, _args, { target }) => parseDepth(raw, target.model),
  }),
} satisfies Partial<Record<TaskType, Adapter>>;

async function parseDepth(raw: unknown, model: string): Promise<ExpertOutput> {
  if (raw instanceof Blob) return { image: await mediaFromBlob(raw, 'image', model) };
  const { depth, predicted_depth: predicted } = (raw ?? {}) as { depth?: unknown; predicted_depth?: unknown };
  const grid = isGrid(predicted) ? predicted : undefined;
  const data = grid ? depthRange(grid) : undefined;
  if (typeof depth === 'string') return { image: mediaFromBase64(depth, '', 'image', model), data };
  if (grid) return { image: await renderDepth(grid), data };
  throw new Error('expected an image, or JSON with a base64 "depth" image or a "predicted_depth" grid');
}

function isGrid(value: unknown): value is number[][] {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0]) || value[0].length === 0) return false;
  const width = value[0].length;
  return value.every((row) => Array.isArray(row) && row.length === width && row.every((x) => typeof x === 'number'));
}

function depthRange(grid: number[][]): { width: number; height: number; min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const row of grid) {
    for (const value of row) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return { width: grid[0]!.length, height: grid.length, min, max };
}

/** A greyscale PNG of a depth grid, larger values brighter, as the Hub's depth pipeline renders it. */
async function renderDepth(grid: number[][]): Promise<Media> {
  const { width, height, min, max } = depthRange(grid);
  const span = max - min || 1;
  const pixels = Buffer.from(grid.flat().map((value) => Math.round(((value - min) / span) * 255)));
  const bytes = await sharp(pixels, { raw: { width, height, channels: 1 } }).png().toBuffer();
  return { kind: 'image', bytes: new Uint8Array(bytes), mime: 'image/png' };
}
