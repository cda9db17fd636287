// Image rendering shared by the expert providers: boxes drawn over detections, masks laid over
// segmentations. sharp composites an SVG (boxes) or raw colour layers (masks) onto the input.
import sharp from 'sharp';
import type { Media } from '../pipeline/types.js';
import type { Detection } from './format.js';

const PALETTE = ['#e6194b', '#3cb44b', '#ffe119', '#4363d8', '#f58231', '#911eb4', '#46f0f0', '#f032e6', '#bcf60c', '#fabebe'];

/** Masks may be larger than the image (a model's own resolution), up to 4 × its pixels or this. */
const MASK_MIN_PIXELS = 4_194_304;

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * A copy of the image with one labelled box per detection (boxes in pixel coordinates). A photo
 * stays a JPEG: as PNG it would be ten times larger on disk and take twice as long to encode, on
 * the path between the detector's answer and the answer call.
 */
export async function drawDetections(image: Media, detections: Detection[]): Promise<Media> {
  const source = sharp(image.bytes).rotate();
  const { width = 0, height = 0, format } = await source.metadata();
  const stroke = Math.max(2, Math.round(Math.min(width, height) / 200));
  const fontSize = Math.max(12, Math.round(Math.min(width, height) / 30));
  const colours = new Map<string, string>();
  const shapes = detections.map((detection) => {
    if (!colours.has(detection.label)) colours.set(detection.label, PALETTE[colours.size % PALETTE.length]!);
    const colour = colours.get(detection.label)!;
    const { xmin, ymin, xmax, ymax } = detection.box;
    const caption = escapeXml(`${detection.label} ${detection.score.toFixed(2)}`);
    const textY = ymin > fontSize + 4 ? ymin - 4 : ymin + fontSize + 2;
    return (
      `<rect x="${xmin}" y="${ymin}" width="${Math.max(1, xmax - xmin)}" height="${Math.max(1, ymax - ymin)}" fill="none" stroke="${colour}" stroke-width="${stroke}"/>` +
      `<text x="${xmin + 2}" y="${textY}" font-family="DejaVu Sans, sans-serif" font-size="${fontSize}" fill="${colour}" stroke="black" stroke-width="0.6">${caption}</text>`
    );
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}</svg>`;
  const drawn = sharp(image.bytes).rotate().composite([{ input: Buffer.from(svg) }]);
  if (format === 'jpeg') return { kind: 'image', bytes: await drawn.jpeg({ quality: 90 }).toBuffer(), mime: 'image/jpeg' };
  return { kind: 'image', bytes: await drawn.png().toBuffer(), mime: 'image/png' };
}

export interface Mask {
  label: string;
  /** A greyscale (or any) image the size of the input, or any size (it is resized); white = inside. */
  mask: Uint8Array;
}

/** A PNG copy of the image with each mask tinted in its own colour at 50 % opacity. */
export async function overlayMasks(image: Media, masks: Mask[]): Promise<Media> {
  const base = sharp(image.bytes).rotate();
  const { width = 0, height = 0 } = await base.metadata();
  const layers = await Promise.all(
    masks.map(async (mask, index) => {
      // A mask comes from the model, not from the checked input: one declaring far more pixels
      // than the image (a 97 KB PNG can declare 100 million) is refused before it is decoded.
      const alpha = await sharp(mask.mask, { limitInputPixels: Math.max(4 * width * height, MASK_MIN_PIXELS) })
        .resize(width, height, { fit: 'fill' })
        .greyscale()
        .raw()
        .toBuffer();
      const [r, g, b] = hexToRgb(PALETTE[index % PALETTE.length]!);
      const rgba = Buffer.alloc(width * height * 4);
      for (let i = 0; i < width * height; i++) {
        rgba[i * 4] = r;
        rgba[i * 4 + 1] = g;
        rgba[i * 4 + 2] = b;
        rgba[i * 4 + 3] = Math.round(alpha[i]! / 2);
      }
      return { input: rgba, raw: { width, height, channels: 4 as const } };
    }),
  );
  const bytes = await base.composite(layers).png().toBuffer();
  return { kind: 'image', bytes, mime: 'image/png' };
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
