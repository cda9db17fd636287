// image-to-text as OCR: Tesseract (LSTM, English "best_int" data) in a tesseract.js worker thread.
// The language data ships in @tesseract.js-data/eng; with `langPath` and `cacheMethod: 'none'`
// nothing is fetched and nothing is written to the working directory.
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import type { Worker } from 'tesseract.js';
import type { Media } from '../../pipeline/types.js';
import type { ExpertRun, Runtime } from './runtime.js';
import { badInput, loading } from './failures.js';
import { mediaArg } from './inputs.js';

const LOAD_TIMEOUT_MS = 60_000;
/** Lines Tesseract is less sure of than this (0–100) are noise: on photos it "reads" textures. */
const MIN_LINE_CONFIDENCE = 60;

export async function loadTesseract(): Promise<Worker> {
  const { createWorker, OEM } = await import('tesseract.js');
  const dataFolder = path.dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json'));
  const langPath = path.join(dataFolder, '4.0.0_best_int');
  let timer: NodeJS.Timeout | undefined;
  // A worker that cannot read its data reports through errorHandler and never settles: time out.
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`tesseract did not start within ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([createWorker('eng', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none', errorHandler: () => {} }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface OcrLine {
  text: string;
  confidence: number;
}

export interface OcrResult {
  text: string;
  lines: OcrLine[];
}

/** The legible lines of an image, top to bottom. */
export async function readText(runtime: Runtime, image: Media, signal?: AbortSignal): Promise<OcrResult> {
  let png: Buffer;
  try {
    png = await sharp(image.bytes).rotate().png().toBuffer();
  } catch (error) {
    throw badInput(`The image (${image.mime}) could not be decoded: ${(error as Error).message}`, { cause: error });
  }
  const worker = await loading('Tesseract OCR', runtime.models.tesseract.get());
  const page = await runtime.tesseractLane(() => worker.recognize(png, {}, { text: true, blocks: true }), signal);
  const lines = (page.data.blocks ?? [])
    .flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines))
    .map((line) => ({ text: line.text.trim(), confidence: Math.round(line.confidence) }))
    .filter((line) => line.confidence >= MIN_LINE_CONFIDENCE && /[\p{L}\p{N}]{2,}/u.test(line.text));
  return { text: lines.map((line) => line.text).join('\n'), lines };
}

export const ocr: ExpertRun = async (args, { runtime, signal }) => {
  const { text, lines } = await readText(runtime, mediaArg(args, 'image', 'image'), signal);
  return {
    text,
    data: { generated_text: text, lines, ...(lines.length === 0 ? { note: 'no legible text found' } : {}) },
  };
};
