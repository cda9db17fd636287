// Stage 3: run the graph (graph-run.ts). Each task starts as soon as all its dependencies have
// settled (no polling); independent tasks run at once, up to TASK_CONCURRENCY; a task whose
// dependency did not succeed is skipped with the reason; tasks without a model fail with
// NO_MODEL_AVAILABLE.
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { createGraphRun } from './graph-run.js';
import type { Unassigned } from './select-models.js';
import type { CallContext, Selection, Task, TaskResult } from './types.js';

export interface ExecuteInput {
  tasks: Task[];
  selections: Selection[];
  unassigned?: Unassigned[];
}

export function executeTasks(input: ExecuteInput, deps: PipelineDeps, context: CallContext): Promise<TaskResult[]> {
  return timed(deps, 'execute', () => {
    const selections = new Map(input.selections.map((selection) => [selection.id, selection]));
    const unassigned = new Map((input.unassigned ?? []).map((entry) => [entry.id, entry]));
    const run = createGraphRun(deps, context);
    for (const task of input.tasks) run.add(task);
    for (const task of input.tasks) {
      run.assign(task.id, selections.get(task.id) ?? unassigned.get(task.id) ?? { id: task.id, task: task.task, reason: 'no model was selected for this task' });
    }
    return run.finish(input.tasks);
  });
}
