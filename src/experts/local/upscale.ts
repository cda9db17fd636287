// image-to-image: x2 super-resolution with UpscalerJS's default model (a small ESRGAN/RDN net),
// on the shared tfjs wasm engine. It does one thing, so an instruction asking for anything
// else (restyle, recolour, edit) is refused rather than silently ignored.
import sharp from 'sharp';
import type { Tensor3D } from '@tensorflow/tfjs';
import type { ExpertRun } from './runtime.js';
import { badInput, loading } from './failures.js';
import { decodeRgb, imageSize, mediaArg, optionalTextArg, pngMedia } from './inputs.js';
import { require, tensorflow, tfLane } from './tfjs.js';

export interface Upscaler {
  getModel(): Promise<unknown>;
  upscale(input: Tensor3D, options: { output: 'tensor'; patchSize: number; padding: number; signal?: AbortSignal }): Promise<Tensor3D>;
  dispose(): Promise<void>;
}

export async function loadUpscaler(): Promise<Upscaler> {
  await tensorflow.get();
  // upscaler/node requires @tensorflow/tfjs-node, which this project maps to a shim re-exporting
  // @tensorflow/tfjs, so it runs on the same engine and backend as everything else.
  const UpscalerClass = require('upscaler/node') as new (options: { model: unknown }) => Upscaler;
  const upscaler = new UpscalerClass({ model: require('@upscalerjs/default-model') });
  await upscaler.getModel();
  return upscaler;
}

const UPSCALE_WORDS = /upscal|up-scal|super.?resolution|resolution|enlarg|enhanc|sharpen|bigger|larger|increase|magnif|zoom|quality|detail|double|2x|x2|×2/i;

export const upscaleImage: ExpertRun = async (args, { runtime, signal, model }) => {
  const image = mediaArg(args, 'image', 'image');
  const instruction = optionalTextArg(args, 'text');
  if (instruction && !UPSCALE_WORDS.test(instruction)) {
    throw badInput(`${model} only upscales images x2; it cannot follow the instruction "${instruction.slice(0, 120)}".`, { tryNextModel: true });
  }
  const { width, height } = await imageSize(image);
  const limit = runtime.options.maxUpscalePixels;
  if (width * height > limit) {
    throw badInput(`The image is ${width}x${height}; ${model} upscales images of at most ${limit} pixels (about ${Math.floor(Math.sqrt(limit))}x${Math.floor(Math.sqrt(limit))}) in reasonable time.`, {
      tryNextModel: true,
    });
  }
  const upscaler = await loading('the x2 super-resolution model', runtime.models.upscaler.get());
  const tf = await tensorflow.get();
  const rgb = await decodeRgb(image);
  const pixels = await tfLane(async () => {
    const input = tf.tensor3d(new Int32Array(rgb.data), [rgb.height, rgb.width, 3], 'int32');
    let output: Tensor3D | undefined;
    try {
      output = await upscaler.upscale(input, { output: 'tensor', patchSize: 64, padding: 4, signal });
      const bytes = tf.tidy(() => output!.clipByValue(0, 255).round().cast('int32'));
      try {
        const [height = 0, width = 0] = bytes.shape;
        return { values: Uint8Array.from(await bytes.data()), height, width };
      } finally {
        bytes.dispose();
      }
    } finally {
      input.dispose();
      output?.dispose();
    }
  }, signal);
  const png = await sharp(pixels.values, { raw: { width: pixels.width, height: pixels.height, channels: 3 } }).png().toBuffer();
  return {
    image: pngMedia(png),
    data: { scale: 2, width: pixels.width, height: pixels.height, source: { width: rgb.width, height: rgb.height } },
  };
};
