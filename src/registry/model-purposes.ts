// What a model does within its task type, and which languages it covers, read from its id, tags
// and description. A sentiment classifier and a language identifier are both text-classification
// models, but they do different things; an en→es and an en→fr model both translate, into
// different languages. The select stage asks the controller to choose only when candidates differ
// like this (SELECT_MODE=auto). Knowledge as data: a purpose and the words that reveal it; add a
// row when the catalogue grows a new kind of model.
import type { ModelEntry } from '../pipeline/types.js';

export const PURPOSES: ReadonlyArray<{ purpose: string; words: RegExp }> = [
  { purpose: 'sentiment', words: /sentiment|\bsst-?2\b|polarity/i },
  { purpose: 'emotion', words: /emotion/i },
  { purpose: 'language identification', words: /language[- ](detection|identification|recognition|id\b)|\blid\b|langid|voxlingua/i },
  { purpose: 'toxicity', words: /toxic|hate[- ]speech|offensive/i },
  { purpose: 'named entities', words: /\bner\b|named[- ]entit/i },
  { purpose: 'parts of speech', words: /part[- ]of[- ]speech|\bu?pos\b/i },
  { purpose: 'OCR', words: /\bocr\b|trocr|tesseract|handwrit|printed text/i },
  { purpose: 'captioning', words: /caption/i },
  { purpose: 'tables', words: /\btables?\b|pubtables/i },
  { purpose: 'open vocabulary', words: /open[- ](vocabulary|world)|owl-?vit|clipseg/i },
  { purpose: 'people', words: /\bselfie|\bperson masks|human parsing|\bclothes\b/i },
  { purpose: 'age or gender', words: /\bage\b|gender/i },
  { purpose: 'extractive', words: /extractive/i },
  { purpose: 'paraphrase', words: /paraphras/i },
  { purpose: 'one-line summary', words: /one[- ]line[- ]summary/i },
  { purpose: 'translation', words: /translat|\bm2m100\b|\bopus-mt\b/i },
  { purpose: 'super-resolution', words: /super[- ]?resolution|upscal|\bsr\b|-sr-/i },
  { purpose: 'image generation', words: /stable[- ]diffusion|diffusers|variations?\b/i },
  { purpose: 'instruction editing', words: /instruct-?pix2pix|\binstruction/i },
  { purpose: 'speech enhancement', words: /enhanc|denois|noise (reduction|suppression)/i },
  { purpose: 'source separation', words: /separat|sepformer|sepclean/i },
  { purpose: 'speech translation', words: /speech[- ]to[- ]speech|\bs2st\b|\bs2ut\b/i },
  { purpose: 'speaker diarization', words: /diari[sz]ation|voice[- ]activity/i },
];

const textOf = (model: ModelEntry): string => `${model.id} ${model.tags.join(' ')} ${model.description}`;

/** The purposes a model's card reveals, sorted; empty for a plain model of its task type. */
export function purposesOf(model: ModelEntry): string[] {
  const text = textOf(model);
  return PURPOSES.filter(({ words }) => words.test(text)).map(({ purpose }) => purpose);
}

/** Whether the model covers a language (ISO 639-1 code): listed, multilingual, or named in its id ("opus-mt-en-es"). */
export function coversLanguage(model: ModelEntry, code: string): boolean {
  const language = code.toLowerCase();
  if (model.languages.some((entry) => entry.toLowerCase() === language || entry.toLowerCase() === 'multilingual')) return true;
  return new RegExp(`(^|[-_/.])${language}([-_.]|$)`, 'i').test(model.id);
}
