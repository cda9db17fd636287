// @vladmandic/human on the tfjs wasm backend: CenterNet (80 COCO classes) for objects, and the
// MediaPipe selfie model (vendored under models/selfie) for person masks. Each model gets its own
// Human instance with everything else switched off.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Tensor } from '@tensorflow/tfjs';
import type { Media } from '../../pipeline/types.js';
import type { Detection } from '../format.js';
import { failed } from './failures.js';
import { decodeRgb, type RgbImage } from './inputs.js';
import { repoModelUrl, require, tensorflow, tfLane, wasmFolder } from './tfjs.js';

interface HumanObject {
  label: string;
  score: number;
  /** x, y, width, height in pixels of the input. */
  box: [number, number, number, number];
}

export interface Human {
  tf: { tensor4d(values: Int32Array, shape: [number, number, number, number], dtype: 'int32'): Tensor; dispose(tensor: Tensor): void };
  models: { models: Record<string, unknown> };
  load(): Promise<void>;
  detect(input: Tensor): Promise<{ object: HumanObject[]; error?: string | null }>;
  segmentation(input: Tensor): Promise<Tensor | null>;
}

type HumanClass = new (config: Record<string, unknown>) => Human;

/** human's `exports` map is invalid (keys without `./`), so its files are required by path. */
const humanFolder = (): string => path.dirname(path.dirname(require.resolve('@vladmandic/human')));

const OFF = { enabled: false };

async function createHuman(modelKey: string, config: Record<string, unknown>): Promise<Human> {
  await tensorflow.get();
  const { Human } = require(path.join(humanFolder(), 'dist', 'human.node-wasm.js')) as { Human: HumanClass };
  const human = new Human({
    backend: 'wasm',
    wasmPath: wasmFolder(),
    modelBasePath: pathToFileURL(path.join(humanFolder(), 'models') + path.sep).href,
    debug: false,
    // No result caching between calls: the same image twice must give the same work and answer.
    cacheSensitivity: 0,
    face: OFF,
    body: OFF,
    hand: OFF,
    gesture: OFF,
    object: OFF,
    segmentation: OFF,
    ...config,
  });
  await human.load();
  if (!human.models.models[modelKey]) throw new Error(`human did not load its ${modelKey} model`);
  return human;
}

export const loadCenterNet = (): Promise<Human> =>
  createHuman('centernet', { object: { enabled: true, modelPath: 'centernet.json', minConfidence: 0.3, maxDetected: 20 } });

export const loadSelfie = (): Promise<Human> =>
  createHuman('selfie', { segmentation: { enabled: true, modelPath: repoModelUrl('selfie/selfie.json'), mode: 'alpha' } });

function toTensor(human: Human, image: RgbImage): Tensor {
  return human.tf.tensor4d(new Int32Array(image.data), [1, image.height, image.width, 3], 'int32');
}

/** Objects CenterNet finds, best first, with boxes in pixels of the upright input image. */
export async function detectObjects(human: Human, image: Media, signal?: AbortSignal): Promise<Detection[]> {
  const rgb = await decodeRgb(image);
  const objects = await tfLane(async () => {
    const input = toTensor(human, rgb);
    try {
      const result = await human.detect(input);
      if (result.error) throw failed(`CenterNet failed: ${result.error}`);
      return result.object;
    } finally {
      human.tf.dispose(input);
    }
  }, signal);
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

export async function segmentPerson(human: Human, image: Media, signal?: AbortSignal): Promise<PersonMask> {
  const rgb = await decodeRgb(image);
  const values = await tfLane(async () => {
    const input = toTensor(human, rgb);
    let mask: Tensor | null = null;
    try {
      mask = await human.segmentation(input);
      if (!mask) throw failed('the selfie model returned no mask');
      return await mask.data();
    } finally {
      human.tf.dispose(input);
      if (mask) human.tf.dispose(mask);
    }
  }, signal);
  return { alpha: Uint8Array.from(values, (value) => Math.min(255, Math.max(0, value))), width: rgb.width, height: rgb.height };
}
