// Stage 3: run the graph. Each task starts as soon as all its dependencies have settled (no
// polling); independent tasks run at once, up to TASK_CONCURRENCY; a task whose dependency did
// not succeed is skipped with the reason; tasks without a model fail with NO_MODEL_AVAILABLE.
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { createLimiter } from './concurrency.js';
import { emptyResult, runTask } from './run-task.js';
import type { Unassigned } from './select-models.js';
import type { CallContext, Selection, Task, TaskResult } from './types.js';

export interface ExecuteInput {
  tasks: Task[];
  selections: Selection[];
  unassigned?: Unassigned[];
}

export function executeTasks(input: ExecuteInput, deps: PipelineDeps, context: CallContext): Promise<TaskResult[]> {
  return timed(deps, 'execute', () => runGraph(input, deps, context));
}

function runGraph(input: ExecuteInput, deps: PipelineDeps, context: CallContext): Promise<TaskResult[]> {
  const { tasks } = input;
  const selections = new Map(input.selections.map((selection) => [selection.id, selection]));
  const unassigned = new Map((input.unassigned ?? []).map((entry) => [entry.id, entry]));
  const results = new Map<number, TaskResult>();
  const waitingOn = new Map(tasks.map((task) => [task.id, task.dep.length]));
  const dependents = new Map<number, Task[]>();
  for (const task of tasks) for (const k of task.dep) dependents.set(k, [...(dependents.get(k) ?? []), task]);
  const limit = createLimiter(deps.settings.concurrency);

  return new Promise((resolve) => {
    if (tasks.length === 0) return resolve([]);
    const settle = (result: TaskResult) => {
      results.set(result.id, result);
      context.events?.emit({ type: 'task-end', result });
      for (const next of dependents.get(result.id) ?? []) {
        const left = waitingOn.get(next.id)! - 1;
        waitingOn.set(next.id, left);
        if (left === 0) start(next);
      }
      if (results.size === tasks.length) resolve(tasks.map((task) => results.get(task.id)!));
    };
    const start = (task: Task) => {
      const blocker = task.dep.map((k) => results.get(k)!).find((result) => result.status !== 'succeeded');
      if (blocker) return settle(skipped(task, blocker));
      const selection = selections.get(task.id);
      if (!selection) {
        const reason = unassigned.get(task.id)?.reason ?? 'no model was selected for this task';
        return settle({ ...emptyResult(task), status: 'failed', error: { code: 'NO_MODEL_AVAILABLE', message: reason } });
      }
      const run = () => {
        context.events?.emit({ type: 'task-start', id: task.id, task: task.task, model: selection.model, provider: selection.provider });
        return runTask(task, selection, results, deps, context);
      };
      limit(run).then(settle, (error: unknown) =>
        settle({ ...emptyResult(task), status: 'failed', error: { code: 'INTERNAL', message: String(error) } }),
      );
    };
    for (const task of tasks) if (task.dep.length === 0) start(task);
  });
}

function skipped(task: Task, blocker: TaskResult): TaskResult {
  const why = blocker.status === 'skipped' ? 'was skipped' : `failed (${blocker.error?.message ?? 'unknown error'})`;
  return { ...emptyResult(task), status: 'skipped', error: { code: 'DEPENDENCY_FAILED', message: `needs the output of task ${blocker.id} (${blocker.task}), which ${why}` } };
}
