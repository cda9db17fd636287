// /chat's plan, select and execute stages chained per task, as LLMCompiler does. While the planner
// is still writing the plan (CallContext.planListener), each task it completes is checked together
// with the tasks before it, gets its model if one can be chosen without a call (decideModel), and
// starts as soon as its dependencies have finished (graph-run.ts). The validated plan has the last
// word: when the planner discards what it wrote (an invalid or cut reply goes to its repair
// round), or the final plan differs from the streamed tasks, what was started is cancelled and the
// plan runs from its own tasks. Tasks whose candidates need the controller's judgement share ONE
// selection call at the plan's end; in SELECT_MODE=auto, where such tasks are rare, a streamed
// task that needs it is asked at once instead (with the others written in the same burst), so
// the call overlaps the rest of the plan and the tasks before it rather than following them.
//
// A lone text task the controller does itself (DIRECT_ANSWER) is held back while it is the only
// task: if the plan ends there, no expert is called for it (run-chat.ts answers it directly).
import { isDeepStrictEqual } from 'node:util';
import type { PipelineDeps } from './deps.js';
import { createGraphRun, type GraphRun } from './graph-run.js';
import { checkPlanText } from './input-limits.js';
import { chooseWithController, decideModel, selectionEvent, type ModelDecision, type Unassigned } from './select-models.js';
import { validatePlan } from './task-graph.js';
import type { RegisteredModel } from '../registry/registry.js';
import type { CallContext, Degradation, PlanListener, Selection, Task, TaskResult } from './types.js';

type Ask = { task: Task; candidates: RegisteredModel[] };

export interface StreamingOutput {
  selections: Selection[];
  unassigned: Unassigned[];
  results: TaskResult[];
  degraded?: Degradation[];
  /** Time in the selection call (0 without one) and from the first task start to the last end, ms. */
  timings: { select: number; execute: number };
}

export interface StreamingRun {
  /** For the planner: CallContext.planListener. */
  readonly listener: PlanListener;
  /** The validated plan: selects what is left, runs it, and resolves with every task's result. */
  complete(tasks: Task[]): Promise<StreamingOutput>;
  /** The plan failed or has no tasks to run: cancels whatever was started. */
  abandon(reason: string): Promise<void>;
}

/** One reading of the plan: the tasks admitted so far, their model decisions and their graph. */
interface Attempt {
  raw: unknown[];
  admitted: Map<number, Task>;
  decisions: Map<number, ModelDecision>;
  graph: GraphRun;
  /** Tasks waiting for the controller's choice, not asked yet. */
  pending: Ask[];
  /** Selection calls made while the plan streamed, and what they cost. */
  early: Array<Promise<void>>;
  selectMs: number;
  degraded: Degradation[];
}

export function createStreamingRun(request: string, deps: PipelineDeps, context: CallContext): StreamingRun {
  const fresh = (): Attempt => ({ raw: [], admitted: new Map(), decisions: new Map(), graph: createGraphRun(deps, context), pending: [], early: [], selectMs: 0, degraded: [] });
  let attempt = fresh();
  let closed = false;
  const cancelling: Array<Promise<void>> = [];
  const answeredDirectly = (task: Task) => deps.controller?.answersItself?.includes(task.task) ?? false;

  const replace = (reason: string) => {
    cancelling.push(attempt.graph.cancel(reason));
    attempt = fresh();
  };

  /** Adds a task and decides its model if no call is needed; announces it as planned when it was streamed. */
  const enter = (task: Task, streamed: boolean) => {
    attempt.admitted.set(task.id, task);
    if (streamed) context.events?.emit({ type: 'task-planned', task });
    attempt.graph.add(task);
    const decision = decideModel(request, task, deps);
    attempt.decisions.set(task.id, decision);
    if ('selection' in decision) context.events?.emit(selectionEvent(task, [decision.selection], []));
    else if ('unassigned' in decision) context.events?.emit(selectionEvent(task, [], [decision.unassigned]));
    else attempt.pending.push(decision.ask);
  };
  /** One selection call for the attempt's pending tasks; its choices start them (unless the attempt was replaced meanwhile). */
  const ask = async (target: Attempt, asks: Ask[]) => {
    const started = performance.now();
    const chosen = await chooseWithController(request, asks, deps, context);
    target.selectMs += performance.now() - started;
    if (chosen.degraded) target.degraded.push(chosen.degraded);
    if (target !== attempt) return;
    for (const selection of chosen.selections) {
      target.decisions.set(selection.id, { selection });
      context.events?.emit(selectionEvent(target.admitted.get(selection.id)!, [selection], []));
      target.graph.assign(selection.id, selection);
    }
  };
  /** In auto mode, asks for the streamed tasks that need a choice once the burst that wrote them has been read. */
  const askSoon = () => {
    if (deps.settings.selectMode !== 'auto' || attempt.pending.length === 0) return;
    const target = attempt;
    setImmediate(() => {
      if (target !== attempt || closed || target.pending.length === 0) return;
      const call = ask(target, target.pending.splice(0));
      // Awaited by runPlan, which then fails the run; an attempt that was replaced or abandoned
      // (the request aborted) is never awaited, and its failure must not become an unhandled rejection.
      call.catch(() => {});
      target.early.push(call);
    });
  };
  /** Gives the graph the task's model, if decided: it starts once its dependencies are done. */
  const release = (task: Task) => {
    const decision = attempt.decisions.get(task.id)!;
    if ('selection' in decision) attempt.graph.assign(task.id, decision.selection);
    else if ('unassigned' in decision) attempt.graph.assign(task.id, decision.unassigned);
  };

  const listener: PlanListener = {
    task(raw) {
      if (closed) return;
      attempt.raw.push(raw);
      // A prefix that is not valid yet (a dependency written later, say) waits for more; the
      // final validation decides what is wrong with it.
      const check = validatePlan(attempt.raw, { maxTasks: deps.settings.maxTasks });
      if (!check.ok) return;
      const waiting = check.tasks.filter((task) => !attempt.admitted.has(task.id));
      if (check.tasks.length === 1 && answeredDirectly(check.tasks[0]!)) return;
      try {
        checkPlanText(request, waiting, deps.settings.inputLimits);
      } catch {
        return; // too large: the final check answers with INPUT_TOO_LARGE
      }
      for (const task of waiting) {
        enter(task, true);
        release(task);
      }
      askSoon();
    },
    discard(reason) {
      if (!closed) replace(reason);
    },
  };

  return {
    listener,
    async complete(tasks) {
      closed = true;
      await Promise.all(cancelling);
      try {
        return await runPlan(tasks);
      } catch (error) {
        await attempt.graph.cancel('the request failed');
        throw error;
      }
    },
    async abandon(reason) {
      closed = true;
      cancelling.push(attempt.graph.cancel(reason));
      await Promise.all(cancelling);
    },
  };

  async function runPlan(tasks: Task[]): Promise<StreamingOutput> {
    checkPlanText(request, tasks, deps.settings.inputLimits);
    const final = new Map(tasks.map((task) => [task.id, task]));
    if ([...attempt.admitted.values()].some((task) => !isDeepStrictEqual(task, final.get(task.id)))) {
      replace('the validated plan differs from the tasks streamed for it');
      await Promise.all(cancelling);
    }
    // The tasks that did not stream: all announced first, then released, so a plan given whole
    // reads as before (plan, every selection, then the tasks running).
    const rest = tasks.filter((task) => !attempt.admitted.has(task.id));
    for (const task of rest) enter(task, false);
    for (const task of rest) release(task);

    const asks = attempt.pending.splice(0);
    await Promise.all([...attempt.early, ...(asks.length ? [ask(attempt, asks)] : [])]);
    const selectMs = Math.round(attempt.selectMs);
    const results = await attempt.graph.finish(tasks);
    const decisions = tasks.map((task) => attempt.decisions.get(task.id)!);
    if (attempt.selectMs > 0) deps.metrics.observeStage('select', selectMs / 1000, 'ok');
    deps.metrics.observeStage('execute', attempt.graph.activeMs / 1000, 'ok');
    return {
      selections: decisions.flatMap((decision) => ('selection' in decision ? [decision.selection] : [])),
      unassigned: decisions.flatMap((decision) => ('unassigned' in decision ? [decision.unassigned] : [])),
      results,
      ...(attempt.degraded.length ? { degraded: attempt.degraded } : {}),
      timings: { select: selectMs, execute: attempt.graph.activeMs },
    };
  }
}
