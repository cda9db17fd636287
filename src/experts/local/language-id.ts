// text-classification: language identification with fastText's lid.176 model (176 languages,
// CC-BY-SA-3.0, shipped inside fasttext.wasm.js). Also used to find a translation's source
// language and a voice for speech.
import type { IdentifyLangResult } from 'fasttext.wasm.js';
import { formatLabels, type LabelScore } from '../format.js';
import type { ExpertRun, Runtime } from './runtime.js';
import { loading } from './failures.js';
import { textArg } from './inputs.js';

export type LanguageIdentifier = Awaited<ReturnType<typeof import('fasttext.wasm.js').getLIDModel>>;

export async function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  const { getLIDModel } = await import('fasttext.wasm.js');
  const model = await getLIDModel();
  await model.load();
  return model;
}

export interface LanguageGuess extends LabelScore {
  /** ISO 639-1 code when there is one, else ISO 639-3. */
  label: string;
  language: string;
}

/** The most likely languages of a text, best first. */
export async function identifyLanguage(runtime: Runtime, text: string, top = 3): Promise<LanguageGuess[]> {
  const model = await loading('fastText lid.176', runtime.models.fasttext.get());
  // fastText reads one line: newlines would end the input early.
  const guesses: IdentifyLangResult[] = await model.identify(text.replace(/\s+/g, ' '), top);
  return guesses.map((guess) => ({
    label: guess.alpha2 ?? guess.alpha3,
    score: Math.round(guess.possibility * 1000) / 1000,
    language: guess.refName,
  }));
}

export const identifyLanguageExpert: ExpertRun = async (args, { runtime }) => {
  const guesses = await identifyLanguage(runtime, textArg(args, 'text'));
  return { text: formatLabels(guesses), data: guesses };
};
