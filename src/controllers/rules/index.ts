// The built-in controller: plans from the request's wording, takes the top-ranked model, and writes
// a templated answer. No model, no network, deterministic. When the wording does not settle the
// request's language, an injected language identifier (fastText lid.176 in the service) names it.
import { PlanTooLargeError } from '../../pipeline/errors.js';
import type { Controller } from '../../pipeline/types.js';
import { chooseModels } from './choose.js';
import { unsupportedLanguage } from './explain.js';
import { LANGUAGE_CODES } from './lexicon/index.js';
import { createPlanPool, type PlanPool, type PlanPoolOptions } from './offload.js';
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
  /**
   * Requests (with the chat so far) of more UTF-8 bytes than `bytes` plan in worker threads
   * (offload.ts), so that the event loop is not held while they plan; smaller ones plan inline,
   * where a message would cost more than the plan. Without it, every request plans inline.
   */
  offload?: PlanPoolOptions & { bytes: number };
}

export interface RulesController extends Controller {
  /** Ends the planner's worker threads, if any were started. */
  close(): Promise<void>;
}

/** A guess below this does not override what the lexicons say. */
const TRUSTED = 0.3;

/** The plan without what only this controller reads (the language check, the size refusal, the fit). */
const draftOf = ({ languageCheck, language, tooLarge, atLeast, fit, ...draft }: RulesPlan) => draft;

/** UTF-8 bytes of the text a plan reads: the request and the chat so far, up to `limit`. */
function sizeOf(request: string, history: readonly { content: string }[], limit: number): number {
  let bytes = Buffer.byteLength(request);
  for (let at = 0; at < history.length && bytes <= limit; at++) bytes += Buffer.byteLength(history[at]!.content);
  return bytes;
}

export function createRulesController(options: RulesControllerOptions = {}): RulesController {
  const { offload } = options;
  let pool: PlanPool | undefined;
  return {
    name: 'rules',
    async plan(input, context) {
      const large = offload !== undefined && sizeOf(input.request, input.history, offload.bytes) > offload.bytes;
      const read = (language?: string): Promise<RulesPlan> | RulesPlan =>
        large
          ? (pool ??= createPlanPool(offload)).plan(input.request, input.history, { maxTasks: options.maxTasks, language }, context?.signal)
          : planRequest(input.request, input.history, { maxTasks: options.maxTasks, language });
      const plan = await read();
      if (plan.tooLarge !== undefined) throw new PlanTooLargeError(plan.tooLarge, options.maxTasks ?? plan.tooLarge - 1, plan.atLeast);
      const draft = draftOf(plan);
      if (!plan.languageCheck || !options.identifyLanguage) return draft;
      const guess = await options.identifyLanguage(plan.languageCheck).catch(() => null);
      if (!guess || guess.score < TRUSTED || guess.code === plan.language) return draft;
      if (LANGUAGE_CODES.includes(guess.code)) {
        // Another reading only when it finds more, or as much from words it explains as well: lid.176 takes "Podes pôr e.jpg num quadro …" for Spanish, whose lexicon knows a quarter of its words.
        const again = await read(guess.code);
        return again.tasks.length > draft.tasks.length || (again.tasks.length === draft.tasks.length && again.fit >= plan.fit) ? draftOf(again) : draft;
      }
      // A language the lexicons do not read: keep a plan only if its words were read well anyway.
      if (draft.tasks.length > 0 && plan.fit >= 0.5 && draft.confidence >= 0.6) return draft;
      return { tasks: [], confidence: 0, explanation: unsupportedLanguage(guess.name) };
    },
    chooseModels: async (input) => chooseModels(input),
    respond: async (input) => writeAnswer(input),
    close: async () => pool?.close(),
  };
}
