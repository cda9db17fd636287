// Which controller plans, selects and answers, from CONTROLLER and whether an LLM is configured.
import { llmConfigured, type Config } from '../config.js';
import type { Controller } from '../pipeline/types.js';
import type { LlmClient } from './llm/client.js';
import { createLlmController } from './llm/index.js';
import { createRulesController, type RulesControllerOptions } from './rules/index.js';

export interface ControllerChoice {
  controller: Controller | null;
  unavailableReason?: string;
}

/** What the rule-based controller may use from outside the controllers (the embedded language identifier). */
export type ControllerOptions = Pick<RulesControllerOptions, 'identifyLanguage'>;

export function chooseController(config: Config, llm: LlmClient | null, options: ControllerOptions = {}): ControllerChoice {
  const rules = createRulesController({ ...options, maxTasks: config.MAX_TASKS });
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

/**
 * The rule-based planner as a fast path in front of the LLM: plans the rules are sure of (their
 * confidence reaches `minConfidence`) are used with no LLM call, including a sure "nothing to do"
 * for small talk; the rest go to the LLM. The LLM writes answers.
 */
export function rulesFirst(rules: Controller, llm: Controller, minConfidence = 0.6): Controller {
  return {
    name: 'rules-first',
    async plan(input, context) {
      const draft = await rules.plan(input, context);
      const confidence = draft.confidence ?? (draft.tasks.length > 0 ? 1 : 0);
      return confidence >= minConfidence ? draft : llm.plan(input, context);
    },
    chooseModels: (input, context) => rules.chooseModels(input, context),
    respond: (input, context) => llm.respond(input, context),
    ...(llm.answersItself ? { answersItself: llm.answersItself } : {}),
  };
}
