// The built-in controller: plans from the request's wording, takes the top-ranked model, and writes
// a templated answer. No model, no network, deterministic. When the wording does not settle the
// request's language, an injected language identifier (fastText lid.176 in the service) names it.
import { PlanTooLargeError } from '../../pipeline/errors.js';
import type { Controller } from '../../pipeline/types.js';
import { chooseModels } from './choose.js';
import { unsupportedLanguage } from './explain.js';
import { LANGUAGE_CODES } from './lexicon/index.js';
import { planRequest, type RulesPlan } from './plan.js';
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
const TRUSTED = 0.3;

/** The plan without what only this controller reads (the language check, the size refusal, the fit). */
const draftOf = ({ languageCheck, language, tooLarge, atLeast, fit, ...draft }: RulesPlan) => draft;

export function createRulesController(options: RulesControllerOptions = {}): Controller {
  return {
    name: 'rules',
    async plan(input) {
      const read = (language?: string) => planRequest(input.request, input.history, { maxTasks: options.maxTasks, language });
      const plan = read();
      if (plan.tooLarge !== undefined) throw new PlanTooLargeError(plan.tooLarge, options.maxTasks ?? plan.tooLarge - 1, plan.atLeast);
      const draft = draftOf(plan);
      if (!plan.languageCheck || !options.identifyLanguage) return draft;
      const guess = await options.identifyLanguage(plan.languageCheck).catch(() => null);
      if (!guess || guess.score < TRUSTED || guess.code === plan.language) return draft;
      if (LANGUAGE_CODES.includes(guess.code)) {
        const again = draftOf(read(guess.code));
        return again.tasks.length >= draft.tasks.length ? again : draft;
      }
      // A language the lexicons do not read: keep a plan only if its words were read well anyway.
      if (draft.tasks.length > 0 && plan.fit >= 0.5 && draft.confidence >= 0.6) return draft;
      return { tasks: [], confidence: 0, explanation: unsupportedLanguage(guess.name) };
    },
    chooseModels: async (input) => chooseModels(input),
    respond: async (input) => writeAnswer(input),
  };
}
