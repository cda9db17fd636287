// The LLM controller: plan, choose models and answer through an OpenAI-compatible chat API.
import type { Config } from '../../config.js';
import type { Controller } from '../../pipeline/types.js';
import type { TaskType } from '../../registry/task-types.js';
import { chooseWithLlm } from './choose.js';
import type { LlmClient } from './client.js';
import { planWithLlm } from './plan.js';
import { respondWithLlm } from './respond.js';
import { budgetFor, warmTokenizer } from './tokens.js';

/** Text tasks an LLM does as well as an expert model, answered in one call when alone in a plan (the reference implementation's list). */
export const DIRECT_TASKS: readonly TaskType[] = ['summarization', 'translation', 'conversational', 'text-generation', 'text2text-generation'];

export function createLlmController(
  llm: LlmClient,
  config: Pick<Config, 'LLM_CONTEXT_TOKENS' | 'LLM_MAX_OUTPUT_TOKENS' | 'MAX_TASKS'> & Partial<Pick<Config, 'DIRECT_ANSWER'>>,
): Controller {
  const budget = budgetFor(config.LLM_CONTEXT_TOKENS, config.LLM_MAX_OUTPUT_TOKENS);
  warmTokenizer();
  return {
    name: 'llm',
    plan: (input, context) => planWithLlm(llm, input, { budget, maxTasks: config.MAX_TASKS }, context),
    chooseModels: (input, context) => chooseWithLlm(llm, input, budget, context),
    respond: (input, context) => respondWithLlm(llm, input, budget, context),
    ...(config.DIRECT_ANSWER ? { answersItself: DIRECT_TASKS } : {}),
  };
}
