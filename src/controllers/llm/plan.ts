// Planning with the LLM: prompt within budget, parse the answer as untrusted JSON, validate it
// against the task-graph contract, and give the model one repair round with every problem listed.
// The reply streams: each task object is handed to the run (CallContext.planListener) as soon as
// it is written, so it can start before the plan is complete; before a repair round the run is
// told to discard them. A stream that breaks after part of it was used cannot be retried inside
// the client (retry.ts): what it started is discarded and the call is made once more, whole; when
// that one breaks too, the text so far goes to the repair round, as a cut reply.
import { PlanTooLargeError, PlanUnrepairableError } from '../../pipeline/errors.js';
import { validatePlan, type PlanProblem } from '../../pipeline/task-graph.js';
import type { CallContext, PlanDraft, PlanRequest } from '../../pipeline/types.js';
import { fitPlanPrompt } from './budget.js';
import type { LlmClient, LlmMessage, LlmReply, LlmRequest } from './client.js';
import { LlmStreamCutError } from './stream.js';
import { createTaskStreamParser } from './task-stream.js';
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
  const first = await streamPlan(llm, { purpose: 'plan', messages, json }, context);
  const reading = readPlan(first.text, options.maxTasks, first.finishReason);
  if (reading.ok) return reading.draft;

  context.planListener?.discard('the plan as first written was invalid; it is being repaired');
  const repairPrompt: LlmMessage[] = [
    ...messages,
    { role: 'assistant', content: first.text },
    { role: 'user', content: repairMessage(reading.problems.map((problem) => problem.message)) },
  ];
  const second = await streamPlan(llm, { purpose: 'repair', messages: repairPrompt, json }, context);
  const repaired = readPlan(second.text, options.maxTasks, second.finishReason);
  if (repaired.ok) return repaired.draft;
  // Still too many tasks after being told the limit: the request is too big, not the model broken.
  if (repaired.problems.every((problem) => problem.code === 'TOO_MANY_TASKS')) throw new PlanTooLargeError(countTasks(second.text), options.maxTasks);
  throw new PlanUnrepairableError(repaired.problems, second.text);
}

/** One planning call, its tasks handed to the run as they are written; a reply cut after use is asked once more, then comes back marked cut. */
async function streamPlan(llm: LlmClient, request: LlmRequest, context: CallContext): Promise<Pick<LlmReply, 'text' | 'finishReason'>> {
  const listener = context.planListener;
  for (let attempt = 1; ; attempt++) {
    const parser = listener && createTaskStreamParser();
    const onDelta = parser && ((text: string) => parser.push(text).forEach((task) => listener.task(task)));
    try {
      return await llm.complete({ ...request, ...(onDelta ? { onDelta } : {}) }, context);
    } catch (error) {
      if (!(error instanceof LlmStreamCutError)) throw error;
      // A broken connection or a stalled stream is transient, like any other: the tasks it
      // started are cancelled and the same call is made again, before spending a repair round.
      if (attempt === CUT_STREAM_ATTEMPTS || context.signal?.aborted) return { text: error.partial, finishReason: 'cut' };
      listener?.discard(`the ${request.purpose} stream broke after ${error.partial.length} characters; asking again`);
    }
  }
}

/** Planning calls whose stream broke after use, before what was received goes to the repair round. */
const CUT_STREAM_ATTEMPTS = 2;

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
export function readPlan(text: string, maxTasks: number, finishReason?: string): Reading {
  const parsed = parseJsonReply(text);
  if (!parsed.ok) return { ok: false, problems: [{ message: `${parsed.error}; answer with the JSON object only` }] };
  // "length": cut at max_tokens; "cut": the stream broke after its tasks were used (streamPlan).
  if ((finishReason === 'length' || finishReason === 'cut') && parsed.repaired) {
    const where = finishReason === 'length' ? 'at the token limit; answer with a shorter plan (fewer tasks, shorter arguments)' : 'by a broken connection; answer again with the whole plan';
    return { ok: false, problems: [{ message: `your answer was cut off ${where}, JSON only` }] };
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
