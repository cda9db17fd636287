// Planning with the LLM: prompt within budget, parse the answer as untrusted JSON, validate it
// against the task-graph contract, and give the model one repair round with every problem listed.
import { PlanTooLargeError, PlanUnrepairableError } from '../../pipeline/errors.js';
import { validatePlan, type PlanProblem } from '../../pipeline/task-graph.js';
import type { CallContext, PlanDraft, PlanRequest } from '../../pipeline/types.js';
import { fitPlanPrompt } from './budget.js';
import type { LlmClient, LlmMessage } from './client.js';
import { parseJsonReply } from './parse-json.js';
import { PLAN_SCHEMA, PLAN_SYSTEM, demoMessages, planUserMessage, repairMessage } from './prompts.js';

export interface PlanOptions {
  budget: number;
  maxTasks: number;
}

type Reading = { ok: true; draft: PlanDraft } | { ok: false; problems: Array<Pick<PlanProblem, 'message'> & { code?: PlanProblem['code'] }> };

export async function planWithLlm(llm: LlmClient, input: PlanRequest, options: PlanOptions, context: CallContext): Promise<PlanDraft> {
  const messages = fitPlanPrompt({
    system: PLAN_SYSTEM,
    demos: demoMessages(),
    history: input.history,
    userMessage: (history) => planUserMessage(input.request, history),
    budget: options.budget,
  });
  const json = { name: 'task_plan', schema: PLAN_SCHEMA };
  const first = await llm.complete({ purpose: 'plan', messages, json }, context);
  const reading = readPlan(first.text, options.maxTasks, first.finishReason === 'length');
  if (reading.ok) return reading.draft;

  const repairPrompt: LlmMessage[] = [
    ...messages,
    { role: 'assistant', content: first.text },
    { role: 'user', content: repairMessage(reading.problems.map((problem) => problem.message)) },
  ];
  const second = await llm.complete({ purpose: 'repair', messages: repairPrompt, json }, context);
  const repaired = readPlan(second.text, options.maxTasks, second.finishReason === 'length');
  if (repaired.ok) return repaired.draft;
  // Still too many tasks after being told the limit: the request is too big, not the model broken.
  if (repaired.problems.every((problem) => problem.code === 'TOO_MANY_TASKS')) throw new PlanTooLargeError(countTasks(second.text), options.maxTasks);
  throw new PlanUnrepairableError(repaired.problems, second.text);
}

function countTasks(text: string): number {
  const parsed = parseJsonReply(text);
  const value = parsed.ok ? (parsed.value as { tasks?: unknown } | unknown[]) : undefined;
  const list = Array.isArray(value) ? value : value?.tasks;
  return Array.isArray(list) ? list.length : 0;
}

/**
 * Accepts {"tasks": [...], "explanation"} or a bare array of tasks, repaired by jsonrepair when
 * needed; dialects are normalised by the validator. A reply cut at max_tokens is not trusted even
 * when it can be repaired: closing its brackets could silently drop the last tasks.
 */
export function readPlan(text: string, maxTasks: number, cut = false): Reading {
  const parsed = parseJsonReply(text);
  if (!parsed.ok) return { ok: false, problems: [{ message: `${parsed.error}; answer with the JSON object only` }] };
  if (cut && parsed.repaired) {
    return { ok: false, problems: [{ message: 'your answer was cut off at the token limit; answer with a shorter plan (fewer tasks, shorter arguments), JSON only' }] };
  }
  const value = parsed.value as { tasks?: unknown; explanation?: unknown } | unknown[];
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? value.tasks : undefined;
  const check = validatePlan(list ?? null, { maxTasks });
  if (!check.ok) {
    if (list === undefined) return { ok: false, problems: [{ message: 'the JSON must be an object with a "tasks" array' }] };
    return { ok: false, problems: check.problems };
  }
  const explanation = !Array.isArray(value) && typeof value?.explanation === 'string' && value.explanation.trim() ? value.explanation.trim() : undefined;
  return { ok: true, draft: { tasks: check.tasks, ...(explanation ? { explanation } : {}) } };
}
