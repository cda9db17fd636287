// The views of an image CenterNet looks at (see detection-fusion.ts for why several): the picture
// letterboxed into the model's 512×512 square (its shape kept, grey bars right and below) and
// stretched to fill it, each also mirrored. sharp resizes with an antialiasing filter here, on
// libvips threads: the model's own bilinear resize of a 1024-pixel photo skips pixels, and the
// worker then receives 0.8 MB per view instead of the whole photo.
import sharp from 'sharp';
import type { Box } from '../format.js';
import type { RgbImage } from './inputs.js';

/** CenterNet's fixed input side, in pixels. */
export const MODEL_SIDE = 512;

export interface ViewSpec {
  fit: 'letterbox' | 'stretch';
  mirror: boolean;
}

export const DETECTION_VIEWS: readonly ViewSpec[] = [
  { fit: 'letterbox', mirror: false },
  { fit: 'letterbox', mirror: true },
  { fit: 'stretch', mirror: false },
  { fit: 'stretch', mirror: true },
];

export interface View {
  pixels: RgbImage;
  /** Maps a box in the view's pixels back to the original image's pixels. */
  toOriginal(box: Box): Box;
}

/** The grey of the letterbox bars (the usual padding value of detectors trained on COCO). */
const BAR = { r: 114, g: 114, b: 114 };

export async function makeView(image: RgbImage, spec: ViewSpec): Promise<View> {
  const { width, height } = image;
  const scale = MODEL_SIDE / Math.max(width, height);
  const [scaleX, scaleY] = spec.fit === 'letterbox' ? [scale, scale] : [MODEL_SIDE / width, MODEL_SIDE / height];
  const inner = { width: Math.max(1, Math.round(width * scaleX)), height: Math.max(1, Math.round(height * scaleY)) };
  let pipeline = sharp(image.data, { raw: { width, height, channels: 3 } });
  if (spec.mirror) pipeline = pipeline.flop();
  const resized = await pipeline.resize(inner.width, inner.height, { fit: 'fill' }).raw().toBuffer();
  const data =
    spec.fit === 'letterbox'
      ? await sharp(resized, { raw: { ...inner, channels: 3 } })
          .extend({ right: MODEL_SIDE - inner.width, bottom: MODEL_SIDE - inner.height, background: BAR })
          .raw()
          .toBuffer()
      : resized;
  const clampX = (value: number): number => Math.min(width, Math.max(0, Math.round(value)));
  const clampY = (value: number): number => Math.min(height, Math.max(0, Math.round(value)));
  return {
    pixels: { data, width: MODEL_SIDE, height: MODEL_SIDE },
    toOriginal({ xmin, ymin, xmax, ymax }) {
      const [left, right] = spec.mirror ? [inner.width - xmax, inner.width - xmin] : [xmin, xmax];
      return { xmin: clampX(left / scaleX), ymin: clampY(ymin / scaleY), xmax: clampX(right / scaleX), ymax: clampY(ymax / scaleY) };
    },
  };
}
