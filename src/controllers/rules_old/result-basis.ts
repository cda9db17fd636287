// What a result rests on, said in the answer when that is weaker than the task's name promises:
// a count read off object detections, a "caption" that lists detected objects, OCR that found
// nothing. One row per model (or task type, for any model of it); a row may apply only when the
// output is empty or short. To qualify another model's results, add a row.
import type { TaskOutput, TaskResult } from '../../pipeline/types.js';

type When = 'always' | 'empty' | 'short';

interface Basis {
  /** A model id, or a task type for every model of that type. */
  key: string;
  when: When;
  note: string;
}

/** Fewer words than this is a short text (OCR of a photo that caught a stray word or two). */
const SHORT_WORDS = 3;

const words = (output: TaskOutput | null): number => output?.text?.trim().split(/\s+/).filter(Boolean).length ?? 0;

const APPLIES: Record<When, (output: TaskOutput | null) => boolean> = {
  always: () => true,
  empty: (output) => words(output) === 0,
  short: (output) => words(output) > 0 && words(output) < SHORT_WORDS,
};

/** First matching row wins, so the specific rows of a model come before its general one. */
export const RESULT_BASIS: readonly Basis[] = [
  { key: 'local/centernet-coco', when: 'always', note: 'based on object detection, which can miss small or half-hidden objects' },
  { key: 'local/centernet-vqa', when: 'always', note: 'based on object detection, which can miss small or half-hidden objects' },
  { key: 'local/centernet-caption', when: 'always', note: 'a list of the objects detected, not a written caption' },
  { key: 'local/centernet-labels', when: 'always', note: 'the labels of the objects detected, not an image classifier' },
  { key: 'local/selfie-segmentation', when: 'always', note: 'the model outlines people only' },
  { key: 'local/tesseract-eng', when: 'empty', note: 'OCR found no legible text in the image' },
  { key: 'local/tesseract-eng', when: 'short', note: 'OCR found very little text; it may be a stray mark read as letters' },
  { key: 'local/tesseract-bm25-docqa', when: 'empty', note: 'OCR found no line of text that answers the question' },
  { key: 'local/tesseract-bm25-docqa', when: 'always', note: 'the line of the OCR text that best matches the question' },
  { key: 'local/bm25-sentence-qa', when: 'empty', note: 'no sentence of the text matches the question' },
  { key: 'local/bm25-sentence-qa', when: 'always', note: 'the sentence of the text that best matches the question, quoted' },
  { key: 'local/wink-extractive-summary', when: 'always', note: 'sentences picked from the text, not rewritten' },
  { key: 'local/vader-sentiment', when: 'always', note: 'from a word lexicon (VADER), English only' },
  { key: 'local/pocketsphinx-en-us', when: 'always', note: 'a small US-English speech model: expect misheard words' },
  { key: 'local/apertium-en-es', when: 'always', note: 'rule-based translation' },
];

/** The note for a result, or undefined when it stands on its own. */
export function basisOf(result: TaskResult | undefined): string | undefined {
  if (!result || result.status !== 'succeeded') return undefined;
  const row = RESULT_BASIS.find((basis) => (basis.key === result.model || basis.key === result.task) && APPLIES[basis.when](result.output));
  return row?.note;
}
