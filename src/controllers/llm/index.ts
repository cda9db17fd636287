// The LLM controller: plan, choose models and answer through an OpenAI-compatible chat API.
import type { Config } from '../../config.js';
import type { Controller } from '../../pipeline/types.js';
import { chooseWithLlm } from './choose.js';
import type { LlmClient } from './client.js';
import { planWithLlm } from './plan.js';
import { respondWithLlm } from './respond.js';
import { budgetFor, warmTokenizer } from './tokens.js';

export function createLlmController(llm: LlmClient, config: Pick<Config, 'LLM_CONTEXT_TOKENS' | 'LLM_MAX_OUTPUT_TOKENS' | 'MAX_TASKS'>): Controller {
  const budget = budgetFor(config.LLM_CONTEXT_TOKENS, config.LLM_MAX_OUTPUT_TOKENS);
  warmTokenizer();
  return {
    name: 'llm',
    plan: (input, context) => planWithLlm(llm, input, { budget, maxTasks: config.MAX_TASKS }, context),
    chooseModels: (input, context) => chooseWithLlm(llm, input, budget, context),
    respond: (input, context) => respondWithLlm(llm, input, budget, context),
  };
}
