// Running a task graph that may still be growing (p-graph's scheduling, fed as LLMCompiler feeds
// it): tasks are added as the planner writes them and get their model when it is known; a task
// starts as soon as it has its model and every task it depends on has settled. A dependency that
// did not succeed skips the task with the reason; a task without a model fails with
// NO_MODEL_AVAILABLE; independent tasks run at once, up to TASK_CONCURRENCY. No polling: every
// change (a task added, a model assigned, a task settled) looks for tasks that can start now.
//
// A run can be cancelled (the plan it was running turned out invalid): running tasks are aborted
// and end CANCELLED with the reason, and nothing else starts.
import type { PipelineDeps } from './deps.js';
import { createLimiter } from './concurrency.js';
import { emptyResult, runTask } from './run-task.js';
import type { Unassigned } from './select-models.js';
import { linkSignals } from './signals.js';
import type { CallContext, Selection, Task, TaskResult } from './types.js';

export interface GraphRun {
  add(task: Task): void;
  /** The task's model, or why it has none; a task waits for this before it starts. */
  assign(id: number, model: Selection | Unassigned): void;
  has(id: number): boolean;
  /** The plan is complete and every task of it was added: its results, in plan order, once all have settled. */
  finish(tasks: Task[]): Promise<TaskResult[]>;
  /** Aborts the running tasks (they end CANCELLED with `reason`) and starts nothing more; resolves when they have ended. */
  cancel(reason: string): Promise<void>;
  /** Wall time from the first task start to the last task end, ms (0 before any). */
  readonly activeMs: number;
}

export function createGraphRun(deps: PipelineDeps, context: CallContext): GraphRun {
  const tasks = new Map<number, Task>();
  const models = new Map<number, Selection | Unassigned>();
  const results = new Map<number, TaskResult>();
  const claimed = new Set<number>();
  const running = new Set<Promise<void>>();
  // Our own signal, so cancelling the run aborts its expert calls and not the request.
  const stop = new AbortController();
  const link = linkSignals([context.signal, stop.signal]);
  const runContext: CallContext = { ...context, signal: link.signal };
  const limit = createLimiter(deps.settings.concurrency);
  let cancelled: string | undefined;
  let firstStart: number | undefined;
  let lastEnd: number | undefined;
  let waiting: { tasks: Task[]; resolve: (results: TaskResult[]) => void } | undefined;

  const settle = (result: TaskResult, announced: boolean) => {
    lastEnd = performance.now();
    if (cancelled) {
      // Only a task that announced its start owes its end; the others never showed.
      if (announced) context.events?.emit({ type: 'task-end', result: { ...result, status: 'failed', error: { code: 'CANCELLED', message: cancelled } } });
      return;
    }
    results.set(result.id, result);
    context.events?.emit({ type: 'task-end', result });
    startReady();
    resolveIfDone();
  };

  const start = (task: Task, model: Selection | Unassigned) => {
    claimed.add(task.id);
    const blocker = task.dep.map((k) => results.get(k)!).find((result) => result.status !== 'succeeded');
    if (blocker) return settle(skipped(task, blocker), false);
    if (!('model' in model)) return settle({ ...emptyResult(task), status: 'failed', error: { code: 'NO_MODEL_AVAILABLE', message: model.reason } }, false);
    let announced = false;
    const run = async () => {
      if (cancelled) return { ...emptyResult(task), status: 'failed' as const };
      announced = true;
      firstStart ??= performance.now();
      context.events?.emit({ type: 'task-start', id: task.id, task: task.task, model: model.model, provider: model.provider });
      return runTask(task, model, results, deps, runContext);
    };
    const done = limit(run)
      .catch((error: unknown): TaskResult => ({ ...emptyResult(task), status: 'failed', error: { code: 'INTERNAL', message: String(error) } }))
      .then((result) => settle(result, announced));
    running.add(done);
    void done.finally(() => running.delete(done));
  };

  function startReady(): void {
    for (const task of tasks.values()) {
      const model = models.get(task.id);
      if (cancelled || claimed.has(task.id) || !model || !task.dep.every((k) => results.has(k))) continue;
      start(task, model);
    }
  }

  function resolveIfDone(): void {
    if (!waiting || !waiting.tasks.every((task) => results.has(task.id))) return;
    link.dispose();
    waiting.resolve(waiting.tasks.map((task) => results.get(task.id)!));
    waiting = undefined;
  }

  return {
    add(task) {
      if (tasks.has(task.id)) throw new Error(`task ${task.id} was added twice`);
      tasks.set(task.id, task);
      startReady();
    },
    assign(id, model) {
      models.set(id, model);
      startReady();
    },
    has: (id) => tasks.has(id),
    finish(plan) {
      const missing = plan.filter((task) => !tasks.has(task.id));
      if (missing.length) throw new Error(`finish: tasks ${missing.map((task) => task.id).join(', ')} were never added`);
      return new Promise((resolve) => {
        waiting = { tasks: plan, resolve };
        resolveIfDone();
      });
    },
    async cancel(reason) {
      cancelled = reason;
      stop.abort(new DOMException(reason, 'AbortError'));
      await Promise.all([...running]);
      link.dispose();
    },
    get activeMs() {
      return firstStart === undefined ? 0 : Math.round((lastEnd ?? performance.now()) - firstStart);
    },
  };
}

function skipped(task: Task, blocker: TaskResult): TaskResult {
  const why = blocker.status === 'skipped' ? 'was skipped' : `failed (${blocker.error?.message ?? 'unknown error'})`;
  return { ...emptyResult(task), status: 'skipped', error: { code: 'DEPENDENCY_FAILED', message: `needs the output of task ${blocker.id} (${blocker.task}), which ${why}` } };
}
