// /chat: the four stages chained, with each stage's wall time. A plan with no tasks goes
// straight to the answer (the controller explains or just chats).
import type { PipelineDeps } from './deps.js';
import { executeTasks } from './execute-tasks.js';
import { generateResponse } from './generate-response.js';
import { planTasks, splitConversation } from './plan-tasks.js';
import { selectModels } from './select-models.js';
import type { Stage } from './deps.js';
import type { CallContext, ChatMessage, Degradation, Selection, Task, TaskResult } from './types.js';
import type { Unassigned } from './select-models.js';

export interface ChatInput {
  messages: ChatMessage[];
}

export interface ChatOutput {
  answer: string;
  controller: string;
  explanation?: string;
  tasks: Task[];
  selections: Selection[];
  unassigned: Unassigned[];
  results: TaskResult[];
  timings: Record<Stage | 'total', number>;
  /** Stages whose controller call failed and fell back (ranking, templated answer); absent when none. */
  degraded?: Degradation[];
}

export async function runChat(input: ChatInput, deps: PipelineDeps, context: CallContext): Promise<ChatOutput> {
  const timings: Record<Stage | 'total', number> = { plan: 0, select: 0, execute: 0, respond: 0, total: 0 };
  const started = performance.now();
  const clock = async <T>(stage: Stage, run: () => Promise<T>): Promise<T> => {
    const stageStart = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round(performance.now() - stageStart);
    }
  };

  const { request, history } = splitConversation(input.messages);
  const plan = await clock('plan', () => planTasks(input, deps, context));
  const { selections, unassigned, degraded = [] } = plan.tasks.length
    ? await clock('select', () => selectModels({ request, tasks: plan.tasks }, deps, context))
    : { selections: [], unassigned: [] };
  const results = plan.tasks.length
    ? await clock('execute', () => executeTasks({ tasks: plan.tasks, selections, unassigned }, deps, context))
    : [];
  const { answer, degraded: respondDegraded } = await clock('respond', () =>
    generateResponse({ request, history, tasks: plan.tasks, selections, results, ...(plan.explanation ? { explanation: plan.explanation } : {}) }, deps, context),
  );
  timings.total = Math.round(performance.now() - started);
  return {
    answer,
    controller: plan.controller,
    ...(plan.explanation ? { explanation: plan.explanation } : {}),
    tasks: plan.tasks,
    selections,
    unassigned,
    results,
    timings,
    ...(degraded.length || respondDegraded ? { degraded: [...degraded, ...(respondDegraded ? [respondDegraded] : [])] } : {}),
  };
}
