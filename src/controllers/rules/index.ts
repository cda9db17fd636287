// The built-in controller: plans from the request's wording, takes the top-ranked model, and writes
// a templated answer. No model, no network, deterministic. When the wording does not settle the
// request's language, an injected language identifier (fastText lid.176 in the service) names it.
import type { Controller } from '../../pipeline/types.js';
import { chooseModels } from './choose.js';
import { unsupportedLanguage } from './explain.js';
import { LANGUAGE_CODES } from './lexicon/index.js';
import { planRequest } from './plan.js';
import { writeAnswer } from './respond.js';

export interface LanguageGuess {
  /** ISO 639-1 code (639-3 when there is none). */
  code: string;
  /** English name, e.g. "Italian". */
  name: string;
  score: number;
}

export interface RulesControllerOptions {
  /** Names the language of a text; without it, only the lexicons' own words say which language a request is in. */
  identifyLanguage?: (text: string) => Promise<LanguageGuess | null>;
  /** Largest plan; a request that needs more tasks gets an empty plan saying so (the plan stage raises PLAN_TOO_LARGE). */
  maxTasks?: number;
}

/** A guess below this does not override what the lexicons say. */
const TRUSTED = 0.5;

export function createRulesController(options: RulesControllerOptions = {}): Controller {
  return {
    name: 'rules',
    async plan(input) {
      const { languageCheck, language, tooLarge, ...draft } = planRequest(input.request, input.history, { maxTasks: options.maxTasks });
      if (!languageCheck || !options.identifyLanguage || tooLarge) return draft;
      const guess = await options.identifyLanguage(languageCheck).catch(() => null);
      if (!guess || guess.score < TRUSTED || guess.code === language) return draft;
      if (LANGUAGE_CODES.includes(guess.code)) {
        const { languageCheck: _, language: __, tooLarge: ___, ...again } = planRequest(input.request, input.history, { maxTasks: options.maxTasks, language: guess.code });
        return again.tasks.length >= draft.tasks.length ? again : draft;
      }
      if (draft.tasks.length > 0 && draft.confidence >= 0.8) return draft;
      return { tasks: [], confidence: 0, explanation: unsupportedLanguage(guess.name) };
    },
    chooseModels: async (input) => chooseModels(input),
    respond: async (input) => writeAnswer(input),
  };
}
