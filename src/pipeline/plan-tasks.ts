// Stage 1: the controller turns the request and the chat so far into a task graph, which is
// validated again here whatever controller made it. An identical conversation planned by the same
// controller within PLAN_CACHE_TTL reuses its plan: no planning call.
import { cacheKey } from './cache.js';
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { PlanTooLargeError, PlanUnrepairableError } from './errors.js';
import { checkConversation } from './input-limits.js';
import { requireController } from './require-controller.js';
import { validatePlan } from './task-graph.js';
import type { CallContext, ChatMessage, PlanDraft } from './types.js';

export interface PlanInput {
  /** The conversation, oldest first; the last message is the user's request. */
  messages: ChatMessage[];
}

export interface PlanOutput extends PlanDraft {
  controller: string;
}

export function splitConversation(messages: ChatMessage[]): { request: string; history: ChatMessage[] } {
  const last = messages.at(-1)!;
  return { request: last.content, history: messages.slice(0, -1) };
}

export async function planTasks(input: PlanInput, deps: PipelineDeps, context: CallContext): Promise<PlanOutput> {
  checkConversation(input.messages, deps.settings.inputLimits);
  return timed(deps, 'plan', async () => {
    const controller = requireController(deps);
    // The resources a conversation names are in its text (URLs, data: URIs, artifact ids, which
    // are content hashes), so the same messages mean the same request.
    const cache = deps.caches?.plans;
    const key = cache && cacheKey('plan', controller.name, input.messages);
    const cached = key ? await cache.get(key) : undefined;
    if (cache) deps.metrics.countCache?.('plan', cached ? 'hit' : 'miss');
    if (cached) return cached;

    const draft = await controller.plan(splitConversation(input.messages), context);
    if (draft.tasks.length > deps.settings.maxTasks) throw new PlanTooLargeError(draft.tasks.length, deps.settings.maxTasks);
    const check = validatePlan(draft.tasks, { maxTasks: deps.settings.maxTasks });
    if (!check.ok) throw new PlanUnrepairableError(check.problems, JSON.stringify(draft.tasks));
    deps.logger.debug({ controller: controller.name, tasks: check.tasks.length, confidence: draft.confidence }, 'planned');
    const plan = {
      tasks: check.tasks,
      ...(draft.explanation ? { explanation: draft.explanation } : {}),
      ...(draft.confidence !== undefined ? { confidence: draft.confidence } : {}),
      controller: controller.name,
    };
    if (key) await cache.set(key, plan);
    return plan;
  });
}
