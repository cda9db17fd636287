// Before a task runs, its arguments become what an expert can use: `<GENERATED>-k` is replaced
// by task k's output of the kind the argument needs, and named resources are loaded as bytes.
import { TASK_TYPES } from '../registry/task-types.js';
import type { PipelineDeps } from './deps.js';
import { TaskFailure } from './errors.js';
import { parseReference } from './task-graph.js';
import type { Media, ResolvedArgs, Task, TaskResult } from './types.js';

export async function resolveArgs(task: Task, results: Map<number, TaskResult>, deps: PipelineDeps, signal?: AbortSignal): Promise<ResolvedArgs> {
  const spec = TASK_TYPES[task.task];
  const entries = await Promise.all(
    Object.entries(task.args).map(async ([name, value]): Promise<[string, string | Media]> => {
      const kind = spec.args[name]?.kind ?? 'text';
      const k = parseReference(value);
      if (k !== null) return [name, await generated(k, kind, name, results, deps)];
      if (kind === 'text') return [name, value];
      return [name, await deps.resources.load(value, kind, signal)];
    }),
  );
  return Object.fromEntries(entries);
}

async function generated(k: number, kind: Media['kind'] | 'text', name: string, results: Map<number, TaskResult>, deps: PipelineDeps): Promise<string | Media> {
  const output = results.get(k)?.output;
  const missing = () => new TaskFailure('RESOURCE_INVALID', `argument "${name}" needs the ${kind} of task ${k}, but task ${k} produced none`, { tryNextModel: false });
  if (kind === 'text') {
    if (output?.text !== undefined) return output.text;
    throw missing();
  }
  const ref = output?.[kind];
  if (!ref) throw missing();
  const stored = await deps.artifacts.get(ref.artifact);
  if (!stored) throw new TaskFailure('RESOURCE_NOT_FOUND', `the ${kind} produced by task ${k} (${ref.artifact}) is gone`, { tryNextModel: false });
  const media: Media = { kind, bytes: stored.bytes, mime: stored.mime };
  // An upstream model's output gets the same header checks as an input named by the user.
  await deps.resources.check(media);
  return media;
}
