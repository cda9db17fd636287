// /chat: the four stages chained. Planning streams into selection and execution (streaming-run.ts:
// a task starts while the plan is still being written), so the stages' wall times overlap; each
// is still reported. A plan with no tasks goes straight to the answer (the controller explains or
// just chats), and so does a lone text task the controller does itself (DIRECT_ANSWER).
import type { PipelineDeps } from './deps.js';
import { generateResponse } from './generate-response.js';
import { planTasks, splitConversation, type PlanOutput } from './plan-tasks.js';
import type { Stage } from './deps.js';
import { createStreamingRun } from './streaming-run.js';
import type { CallContext, ChatMessage, Controller, Degradation, Selection, Task, TaskResult } from './types.js';
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
  const { request, history } = splitConversation(input.messages);

  const run = createStreamingRun(request, deps, context);
  let plan: PlanOutput;
  try {
    plan = await planTasks(input, deps, { ...context, planListener: run.listener });
  } catch (error) {
    await run.abandon('planning failed');
    throw error;
  }
  timings.plan = Math.round(performance.now() - started);
  plan = answeredDirectly(plan, deps.controller) ?? plan;
  context.events?.emit({ type: 'plan', ...plan });

  let output: Pick<ChatOutput, 'selections' | 'unassigned' | 'results' | 'degraded'> = { selections: [], unassigned: [], results: [] };
  if (plan.tasks.length) {
    const ran = await run.complete(plan.tasks);
    timings.select = ran.timings.select;
    timings.execute = ran.timings.execute;
    output = ran;
  } else {
    await run.abandon('the plan has no task to run');
  }

  const respondStarted = performance.now();
  const { answer, degraded: respondDegraded } = await generateResponse(
    { request, history, tasks: plan.tasks, selections: output.selections, results: output.results, ...(plan.explanation ? { explanation: plan.explanation } : {}) },
    deps,
    context,
  );
  timings.respond = Math.round(performance.now() - respondStarted);
  timings.total = Math.round(performance.now() - started);
  const degraded = [...(output.degraded ?? []), ...(respondDegraded ? [respondDegraded] : [])];
  return {
    answer,
    controller: plan.controller,
    ...(plan.explanation ? { explanation: plan.explanation } : {}),
    tasks: plan.tasks,
    selections: output.selections,
    unassigned: output.unassigned,
    results: output.results,
    timings,
    ...(degraded.length ? { degraded } : {}),
  };
}

/** A plan of one text task the controller does itself becomes no task, and the answer does it (as the reference implementation does). */
function answeredDirectly(plan: PlanOutput, controller: Controller | null): PlanOutput | undefined {
  const [only] = plan.tasks;
  if (plan.tasks.length !== 1 || !controller?.answersItself?.includes(only!.task)) return undefined;
  return { ...plan, tasks: [], explanation: `The request is a single ${only!.task} task, which the controller does itself in its answer (DIRECT_ANSWER): no expert model ran.` };
}
