// The TensorFlow.js models, as they run inside the tfjs worker thread (tfjs-worker.mjs): one
// engine on the wasm backend (the cpu backend is ~30x slower on convolutions), models read from
// disk through `fetch`, each model loaded on first use and kept. Plain JavaScript, so the same
// file runs from src/ (tests, tsx) and from dist/ (copied there by scripts/copy-assets.mjs).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Folder of the tfjs wasm binaries (tfjs-backend-wasm ships them in its dist folder). */
const wasmFolder = () => `${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`;

/** human's `exports` map is invalid (keys without `./`), so its files are required by path. */
const humanFolder = () => path.dirname(path.dirname(require.resolve('@vladmandic/human')));

/** A model file of this repository, as a `file:` URL (the same from src/experts/local and dist/experts/local). */
const repoModelUrl = (relative) => new URL(`../../../models/${relative}`, import.meta.url).href;

const SHIM = Symbol.for('hugginggpt.fileFetchShim');

/**
 * Node's fetch rejects `file:` URLs, and tfjs without tfjs-node loads models with fetch. Wrap
 * fetch once so that `file:` URLs (and only those) are read from disk. Prefix `file:`, not
 * `file://`: some loaders build `file:/path`.
 */
export function installFileFetchShim() {
  const current = globalThis.fetch;
  if (current[SHIM]) return;
  const shimmed = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return current(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200 });
    } catch {
      return new Response(`not found: ${url}`, { status: 404 });
    }
  };
  globalThis.fetch = Object.assign(shimmed, { [SHIM]: true });
}

/** A value loaded on first use and kept; a failed load is forgotten, so the next use retries it. */
function lazy(load) {
  let pending;
  return () => {
    pending ??= load().catch((error) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** `@tensorflow/tfjs` with the wasm backend active. */
const tensorflow = lazy(async () => {
  installFileFetchShim();
  const tf = require('@tensorflow/tfjs');
  require('@tensorflow/tfjs-backend-wasm').setWasmPaths(wasmFolder());
  if (tf.getBackend() !== 'wasm' && !(await tf.setBackend('wasm'))) throw new Error('the tfjs wasm backend did not start');
  await tf.ready();
  return tf;
});

const OFF = { enabled: false };

/** One Human instance per model, with everything else switched off. */
async function createHuman(modelKey, config) {
  await tensorflow();
  const { Human } = require(path.join(humanFolder(), 'dist', 'human.node-wasm.js'));
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

async function createUpscaler() {
  await tensorflow();
  // upscaler/node requires @tensorflow/tfjs-node, which this project maps to a shim re-exporting
  // @tensorflow/tfjs, so it runs on the same engine and backend as human.
  const Upscaler = require('upscaler/node');
  const upscaler = new Upscaler({ model: require('@upscalerjs/default-model') });
  await upscaler.getModel();
  return upscaler;
}

/** The models, by the names the main thread uses. */
const models = {
  centernet: lazy(() =>
    createHuman('centernet', {
      // Every candidate from 0.1, none suppressed (an IoU threshold of 1 keeps overlapping boxes):
      // the main thread fuses views and merges boxes per label (detection-fusion.ts), where
      // human's own class-blind NMS would drop a zebra standing behind another.
      object: { enabled: true, modelPath: 'centernet.json', minConfidence: 0.1, iouThreshold: 1, maxDetected: 100 },
    }),
  ),
  selfie: lazy(() => createHuman('selfie', { segmentation: { enabled: true, modelPath: repoModelUrl('selfie/selfie.json'), mode: 'alpha' } })),
  upscaler: lazy(createUpscaler),
};

/** A failure the main thread reports as the expert's own (EXPERT_FAILED with this message). */
export class ExpertFailure extends Error {}

/** A model that does not load: the main thread reports the expert as unavailable. */
export class LoadFailure extends Error {}

/** Loads a model (once) and returns it; a model that does not load raises a LoadFailure. */
export async function load(name) {
  if (!Object.hasOwn(models, name)) throw new Error(`unknown tfjs model "${name}"`);
  try {
    return await models[name]();
  } catch (error) {
    throw new LoadFailure(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** `{ data, width, height }` (interleaved upright RGB bytes) as a batch of one int32 tensor. */
const toTensor4d = (human, image) => human.tf.tensor4d(new Int32Array(image.data), [1, image.height, image.width, 3], 'int32');

/** CenterNet's candidate objects (not merged): `[{ label, score, box: [x, y, width, height] }]` in pixels of the input. */
export async function detect(image) {
  const human = await load('centernet');
  const input = toTensor4d(human, image);
  try {
    const result = await human.detect(input);
    if (result.error) throw new ExpertFailure(`CenterNet failed: ${result.error}`);
    return result.object.map(({ label, score, box }) => ({ label, score, box }));
  } finally {
    human.tf.dispose(input);
  }
}

/** The selfie model's person mask: one byte per input pixel, 0 (background) to 255 (person). */
export async function segment(image) {
  const human = await load('selfie');
  const input = toTensor4d(human, image);
  let mask = null;
  try {
    mask = await human.segmentation(input);
    if (!mask) throw new ExpertFailure('the selfie model returned no mask');
    return Uint8Array.from(await mask.data(), (value) => Math.min(255, Math.max(0, value)));
  } finally {
    human.tf.dispose(input);
    if (mask) human.tf.dispose(mask);
  }
}

/** The image at twice its size: `{ data, width, height }`, interleaved RGB bytes. */
export async function upscale(image) {
  const upscaler = await load('upscaler');
  const tf = await tensorflow();
  const input = tf.tensor3d(new Int32Array(image.data), [image.height, image.width, 3], 'int32');
  let output;
  try {
    output = await upscaler.upscale(input, { output: 'tensor', patchSize: 64, padding: 4 });
    const bytes = tf.tidy(() => output.clipByValue(0, 255).round().cast('int32'));
    try {
      const [height = 0, width = 0] = bytes.shape;
      return { data: Uint8Array.from(await bytes.data()), width, height };
    } finally {
      bytes.dispose();
    }
  } finally {
    input.dispose();
    output?.dispose();
  }
}
