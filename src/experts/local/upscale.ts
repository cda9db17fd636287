// image-to-image: x2 super-resolution with UpscalerJS's default model (a small ESRGAN/RDN net),
// run in the tfjs worker thread. It does one thing, so an instruction asking for anything else
// (restyle, recolour, edit) is refused rather than silently ignored.
import sharp from 'sharp';
import type { ExpertRun } from './runtime.js';
import { badInput } from './failures.js';
import { decodeRgb, imageSize, mediaArg, optionalTextArg, pngMedia } from './inputs.js';

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
  const rgb = await decodeRgb(image);
  const pixels = await runtime.tfjs.upscale(rgb, signal);
  const png = await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 3 } }).png().toBuffer();
  return {
    image: pngMedia(png),
    data: { scale: 2, width: pixels.width, height: pixels.height, source: { width: rgb.width, height: rgb.height } },
  };
};
