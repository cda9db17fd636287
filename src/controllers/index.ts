// Which controller plans, selects and answers, from CONTROLLER and whether an LLM is configured.
import { llmConfigured, type Config } from '../config.js';
import type { Controller } from '../pipeline/types.js';
import type { LlmClient } from './llm/client.js';
import { createLlmController } from './llm/index.js';
import { createRulesController } from './rules/index.js';

export interface ControllerChoice {
  controller: Controller | null;
  unavailableReason?: string;
}

export function chooseController(config: Config, llm: LlmClient | null): ControllerChoice {
  const rules = createRulesController();
  const llmController = llm && llmConfigured(config) ? createLlmController(llm, config) : null;
  switch (config.CONTROLLER) {
    case 'rules':
      return { controller: rules };
    case 'llm':
      return llmController
        ? { controller: llmController }
        : { controller: null, unavailableReason: 'CONTROLLER=llm but no LLM is configured: set OPENAI_API_KEY or OPENAI_BASE_URL (or use CONTROLLER=rules).' };
    case 'rules-first':
      return { controller: llmController ? rulesFirst(rules, llmController) : rules };
    case 'auto':
      return { controller: llmController ?? rules };
  }
}

/**
 * The rule-based planner as a fast path in front of the LLM: requests the rules understand are
 * planned and assigned models with no LLM call; the rest go to the LLM. The LLM writes answers.
 */
export function rulesFirst(rules: Controller, llm: Controller): Controller {
  return {
    name: 'rules-first',
    async plan(input, context) {
      const draft = await rules.plan(input, context);
      return draft.tasks.length > 0 ? draft : llm.plan(input, context);
    },
    chooseModels: (input, context) => rules.chooseModels(input, context),
    respond: (input, context) => llm.respond(input, context),
    ...(llm.answersItself ? { answersItself: llm.answersItself } : {}),
  };
}
