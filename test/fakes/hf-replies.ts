// What the fake Hugging Face server answers for each task, in the real wire format: one reply
// builder per task type. JSON replies are `application/json` (the client reads anything else as a
// Blob); media replies carry their own type. Inputs are checked the way a real pipeline would
// (an image must decode, fill-mask needs a mask token) so a wrong request fails loudly.
import sharp from 'sharp';
import type { TaskType } from '../../src/registry/task-types.js';
import { greyPng, makeJpeg, makeMp4, makePng, makeWav } from './hf-media.js';

export interface FakeRequest {
  model: string;
  /** The parsed body when it was JSON. */
  json: any;
  bytes: Buffer;
  contentType: string;
  /** The fake's own base URL, for replies that point at a file to download. */
  baseUrl: string;
}

export interface Reply {
  status?: number;
  contentType: string;
  body: Buffer | string;
}

export type ReplyBuilder = (request: FakeRequest) => Reply | Promise<Reply>;

/** Thrown by a builder: the fake answers this status with `{ error }`, as the Hub does. */
export class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const json = (value: unknown, status = 200): Reply => ({ status, contentType: 'application/json', body: JSON.stringify(value) });
const media = (contentType: string, body: Buffer): Reply => ({ contentType, body });
const created = 1_700_000_000;

export const REPLIES: Record<TaskType, ReplyBuilder> = {
  'text-classification': () => json([[{ label: 'POSITIVE', score: 0.9991 }, { label: 'NEGATIVE', score: 0.0009 }]]),
  'token-classification': ({ json: body }) => json(entities(String(body?.inputs ?? ''))),
  'zero-shot-classification': ({ json: body }) => {
    const labels = candidateLabels(body);
    return json({ sequence: body.inputs, labels, scores: descendingScores(labels.length) });
  },
  'question-answering': ({ json: body }) => {
    const context = String(body?.inputs?.context ?? '');
    const match = /(\w+)\W*$/.exec(context);
    if (!body?.inputs?.question || !match) throw new FakeHttpError(400, 'question and context are required');
    return json({ answer: match[1], score: 0.93, start: match.index, end: match.index + match[1]!.length });
  },
  summarization: ({ json: body }) => json([{ summary_text: firstSentence(String(body?.inputs ?? '')) }]),
  translation: ({ json: body }) => json([{ translation_text: `[${body?.parameters?.tgt_lang ?? 'es'}] ${body?.inputs}` }]),
  // Both generation tasks come in through /v1/completions (the client's textGeneration).
  'text-generation': ({ json: body, model }) => completion(body, model),
  'text2text-generation': ({ json: body, model }) => completion(body, model),
  conversational: ({ json: body, model }) => {
    const last = body?.messages?.at(-1)?.content;
    return json({
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created,
      model: body?.model ?? model,
      choices: [{ index: 0, message: { role: 'assistant', content: `You said: ${last}` }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 },
    });
  },
  'sentence-similarity': ({ json: body }) => {
    const source = String(body?.inputs?.source_sentence ?? '');
    const sentences: unknown[] = body?.inputs?.sentences ?? [];
    return json(sentences.map((sentence) => jaccard(source, String(sentence))));
  },
  'fill-mask': ({ json: body }) => {
    const input = String(body?.inputs ?? '');
    const mask = ['[MASK]', '<mask>'].find((token) => input.includes(token));
    if (!mask) throw new FakeHttpError(400, 'No mask_token ([MASK]) found on the input');
    return json(
      [
        { token_str: 'paris', score: 0.81, token: 3000 },
        { token_str: 'lyon', score: 0.07, token: 3001 },
      ].map((candidate) => ({ ...candidate, sequence: input.replace(mask, candidate.token_str) })),
    );
  },
  'tabular-classification': ({ json: body }) => {
    const columns = Object.values(body?.inputs?.data ?? {}) as unknown[][];
    if (columns.length === 0) throw new FakeHttpError(400, 'inputs.data must be a table of columns');
    return json(columns[0]!.map((_value, row) => row % 2));
  },
  'image-classification': async (request) => {
    await imageSize(request.bytes);
    return json([{ label: 'tabby, tabby cat', score: 0.87 }, { label: 'Egyptian cat', score: 0.1 }]);
  },
  'zero-shot-image-classification': async ({ json: body }) => {
    await imageSize(Buffer.from(String(body?.inputs?.image ?? ''), 'base64'));
    const labels = candidateLabels(body);
    return json(labels.map((label, index) => ({ label, score: descendingScores(labels.length)[index] })));
  },
  'object-detection': async ({ bytes }) => {
    const { width, height } = await imageSize(bytes);
    const box = (x0: number, y0: number, x1: number, y1: number) => ({
      xmin: Math.round(x0 * width), ymin: Math.round(y0 * height), xmax: Math.round(x1 * width), ymax: Math.round(y1 * height),
    });
    return json([
      { label: 'zebra', score: 0.998, box: box(0.05, 0.1, 0.45, 0.9) },
      { label: 'zebra', score: 0.97, box: box(0.5, 0.2, 0.9, 0.9) },
      { label: 'giraffe', score: 0.91, box: box(0.1, 0.05, 0.3, 0.5) },
    ]);
  },
  'image-segmentation': async ({ json: body }) => {
    const { width, height } = await imageSize(Buffer.from(String(body?.inputs ?? ''), 'base64'));
    const half = (left: boolean) => greyPng(Uint8Array.from({ length: width * height }, (_v, i) => ((i % width < width / 2) === left ? 255 : 0)), width, height);
    return json([
      { label: 'zebra', score: 0.99, mask: (await half(true)).toString('base64') },
      { label: 'grass', score: 0.95, mask: (await half(false)).toString('base64') },
    ]);
  },
  'depth-estimation': async ({ bytes }) => {
    const { width, height } = await imageSize(bytes);
    const [w, h] = [Math.min(width, 16), Math.min(height, 16)];
    const grid = Array.from({ length: h }, (_row, y) => Array.from({ length: w }, (_col, x) => 1 + x + y));
    const max = w + h - 1;
    const depth = await greyPng(Uint8Array.from(grid.flat(), (value) => Math.round((value / max) * 255)), w, h);
    return json({ predicted_depth: grid, depth: depth.toString('base64') });
  },
  'image-to-text': async ({ bytes }) => {
    await imageSize(bytes);
    return json({ generated_text: 'two zebras and a giraffe in a field' });
  },
  'image-to-image': async ({ json: body, bytes }) => {
    const input = body ? Buffer.from(String(body.inputs ?? ''), 'base64') : bytes;
    const { width, height } = await imageSize(input);
    return media('image/png', await makePng(width, height, { r: 10, g: 10, b: 200 }));
  },
  'text-to-image': async () => media('image/jpeg', await makeJpeg(48, 32)),
  // Only reached directly on an hf-inference route; the client runs text-to-video through Replicate (see the server).
  'text-to-video': () => media('video/mp4', makeMp4()),
  'visual-question-answering': async ({ json: body }) => {
    await imageSize(Buffer.from(String(body?.inputs?.image ?? ''), 'base64'));
    return json([{ answer: '2', score: 0.91 }, { answer: '3', score: 0.05 }]);
  },
  'document-question-answering': async ({ json: body }) => {
    await imageSize(Buffer.from(String(body?.inputs?.image ?? ''), 'base64'));
    return json([{ answer: '$42.00', score: 0.87, start: 12, end: 12 }]);
  },
  'text-to-speech': () => media('audio/wav', makeWav()),
  'automatic-speech-recognition': ({ bytes }) => {
    if (bytes.length < 12) throw new FakeHttpError(400, 'Malformed soundfile');
    return json({ text: 'hello world' });
  },
  'audio-to-audio': ({ bytes }) => {
    if (bytes.length < 12) throw new FakeHttpError(400, 'Malformed soundfile');
    return json([
      { label: 'speech', 'content-type': 'audio/wav', blob: makeWav(0.05).toString('base64') },
      { label: 'noise', 'content-type': 'audio/wav', blob: makeWav(0.05, 16_000, 220).toString('base64') },
    ]);
  },
  'audio-classification': () => json([{ label: 'neu', score: 0.61 }, { label: 'hap', score: 0.3 }]),
};

/** The OpenAI-style completions reply the client's textGeneration expects. */
function completion(body: any, model: string): Reply {
  return json({
    id: 'cmpl-fake',
    object: 'text_completion',
    created,
    model: body?.model ?? model,
    choices: [{ index: 0, text: ` and so the story goes on.`, finish_reason: 'length' }],
    usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
  });
}

async function imageSize(bytes: Buffer): Promise<{ width: number; height: number }> {
  try {
    const { width, height } = await sharp(bytes).metadata();
    if (width && height) return { width, height };
  } catch {
    // falls through to the 400 below
  }
  throw new FakeHttpError(400, 'cannot identify image file');
}

function candidateLabels(body: any): string[] {
  const labels = body?.parameters?.candidate_labels;
  if (!Array.isArray(labels) || labels.length === 0) throw new FakeHttpError(400, 'candidate_labels are required');
  return labels.map(String);
}

const descendingScores = (count: number): number[] => {
  const weights = Array.from({ length: count }, (_v, i) => count - i);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Number((weight / total).toFixed(4)));
};

/** Capitalised words as entities: the first one a person, the others locations. */
function entities(text: string) {
  return [...text.matchAll(/\b[A-Z][a-z]+\b/g)].map((match, index) => ({
    entity_group: index === 0 ? 'PER' : 'LOC',
    score: 0.99,
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const firstSentence = (text: string): string => (/^[^.!?]*[.!?]?/.exec(text.trim())?.[0] ?? '').trim();

function jaccard(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/\w+/g) ?? []);
  const [left, right] = [words(a), words(b)];
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = new Set([...left, ...right]).size;
  return union === 0 ? 0 : Number((shared / union).toFixed(4));
}
