// Outputs of deterministic expert calls, reused when the same task type, model and inputs come
// again (EXPERT_CACHE_SIZE, EXPERT_CACHE_TTL). Deterministic: every embedded expert, and remote
// models of the task types that do not sample (task-types.ts `sampled`: text generation, images,
// video and speech differ from call to call and are never reused). Inputs are compared by value:
// text as text, files by a hash of their bytes. What is kept is the stored output (files as
// artifact references), so a hit costs no bytes; a hit whose files have expired is a miss.
import type { ArtifactStore } from '../artifacts/store.js';
import type { RegisteredModel } from '../registry/registry.js';
import { TASK_TYPES } from '../registry/task-types.js';
import { cacheKey } from './cache.js';
import type { PipelineDeps } from './deps.js';
import type { ResolvedArgs, Task, TaskOutput } from './types.js';

export interface ExpertCacheEntry {
  /** Looks the call up; undefined on a miss (counted either way). */
  lookup(): Promise<TaskOutput | undefined>;
  store(output: TaskOutput): Promise<void>;
}

/** The cache entry of one call, or undefined when there is no cache or the call is not deterministic. */
export function expertCacheEntry(task: Task, model: RegisteredModel, args: ResolvedArgs, deps: PipelineDeps): ExpertCacheEntry | undefined {
  const cache = deps.caches?.experts;
  if (!cache || (model.provider !== 'local' && TASK_TYPES[task.task].sampled)) return undefined;
  const inputs = Object.keys(args)
    .sort()
    .flatMap((name) => {
      const value = args[name]!;
      return typeof value === 'string' ? [name, value] : [name, value.mime, value.bytes];
    });
  const key = cacheKey('expert', task.task, model.id, ...inputs);
  return {
    async lookup() {
      const hit = await cache.get(key);
      const usable = hit !== undefined && hit.model === model.id && (await filesExist(hit.output, deps.artifacts));
      deps.metrics.countCache?.('expert', usable ? 'hit' : 'miss');
      return usable ? hit.output : undefined;
    },
    store: (output) => cache.set(key, { model: model.id, output }),
  };
}

async function filesExist(output: TaskOutput, artifacts: ArtifactStore): Promise<boolean> {
  for (const kind of ['image', 'audio', 'video'] as const) {
    const file = output[kind];
    if (file && !(await artifacts.get(file.artifact))) return false;
  }
  return true;
}
