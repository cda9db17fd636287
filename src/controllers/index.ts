// Which controller plans, selects and answers, from CONTROLLER and whether an LLM is configured.
import { llmConfigured, type Config } from '../config.js';
import { AppError, type ErrorCode } from '../pipeline/errors.js';
import type { Controller } from '../pipeline/types.js';
import type { LlmClient } from './llm/client.js';
import { createLlmController } from './llm/index.js';
import { createRulesController, type RulesControllerOptions } from './rules/index.js';
import type { OffloadOutcome } from './rules/offload.js';

export interface ControllerChoice {
  controller: Controller | null;
  unavailableReason?: string;
  /** Ends what the controllers started (the rule-based planner's worker threads). */
  close?: () => Promise<void>;
}

/** What the rule-based controller may use from outside the controllers (the embedded language identifier, the offload metric). */
export type ControllerOptions = Pick<RulesControllerOptions, 'identifyLanguage'> & { onOffload?: (outcome: OffloadOutcome) => void };

export function chooseController(config: Config, llm: LlmClient | null, options: ControllerOptions = {}): ControllerChoice {
  const { onOffload, ...rest } = options;
  const offload =
    config.PLAN_WORKERS > 0
      ? { bytes: config.PLAN_OFFLOAD_BYTES, workers: config.PLAN_WORKERS, timeoutMs: config.PLAN_TIMEOUT_MS, maxQueued: config.PLAN_MAX_QUEUED, onOutcome: onOffload }
      : undefined;
  const rules = createRulesController({ ...rest, maxTasks: config.MAX_TASKS, offload });
  return { ...choose(config, llm, rules), close: () => rules.close() };
}

function choose(config: Config, llm: LlmClient | null, rules: Controller): ControllerChoice {
  const llmController = llm && llmConfigured(config) ? createLlmController(llm, config) : null;
  switch (config.CONTROLLER) {
    case 'rules':
      return { controller: rules };
    case 'llm':
      return llmController
        ? { controller: llmController }
        : { controller: null, unavailableReason: 'CONTROLLER=llm but no LLM is configured: set OPENAI_API_KEY or OPENAI_BASE_URL (or use CONTROLLER=rules).' };
    case 'rules-first':
      return { controller: llmController ? rulesFirst(rules, llmController, config.RULES_MIN_CONFIDENCE) : rules };
    case 'auto':
      return { controller: llmController ?? rules };
  }
}

/** Failures of the rule planner's worker thread (offload.ts), not of the request: rules-first asks the LLM instead. */
const PLANNER_FAILURES = new Set<ErrorCode>(['PLAN_TIMEOUT', 'PLANNER_FAILED', 'OVERLOADED']);

/**
 * The rule-based planner as a fast path in front of the LLM: plans the rules are sure of (their
 * confidence reaches `minConfidence`) are used with no LLM call, including a sure "nothing to do"
 * for small talk; the rest go to the LLM. The LLM writes answers.
 */
export function rulesFirst(rules: Controller, llm: Controller, minConfidence = 0.6): Controller {
  return {
    name: 'rules-first',
    async plan(input, context) {
      const draft = await rules.plan(input, context).catch((error: unknown) => {
        // The rule planner's worker timed out, stopped or has a full queue: the LLM can still plan the request.
        if (error instanceof AppError && PLANNER_FAILURES.has(error.code)) return null;
        throw error;
      });
      if (!draft) return llm.plan(input, context);
      const confidence = draft.confidence ?? (draft.tasks.length > 0 ? 1 : 0);
      return confidence >= minConfidence ? draft : llm.plan(input, context);
    },
    chooseModels: (input, context) => rules.chooseModels(input, context),
    respond: (input, context) => llm.respond(input, context),
    ...(llm.answersItself ? { answersItself: llm.answersItself } : {}),
  };
}
