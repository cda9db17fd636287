// A scripted expert provider for pipeline tests: each model answers after a delay, can fail a
// number of times first (with a retryable or permanent failure), and every call is recorded with
// its start and end times so tests can check ordering and overlap.
import { TaskFailure } from '../../src/pipeline/errors.js';
import type { ExpertCall, ExpertOutput, ExpertProvider, ModelEntry, Provider } from '../../src/pipeline/types.js';
import type { TaskType } from '../../src/registry/task-types.js';

export interface ScriptedModel {
  id: string;
  task: TaskType;
  downloads?: number;
  delayMs?: number;
  /** Fail the first N calls (Infinity: always). */
  failTimes?: number;
  failure?: { code?: TaskFailure['code']; retryable?: boolean; tryNextModel?: boolean; message?: string };
  output?: (call: ExpertCall) => ExpertOutput;
  unavailable?: string;
}

export interface RecordedCall {
  model: string;
  task: TaskType;
  args: ExpertCall['args'];
  start: number;
  end: number;
  ok: boolean;
}

export function scriptedProvider(name: Provider, models: ScriptedModel[]): ExpertProvider & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, number>();
  const byId = new Map(models.map((model) => [model.id, model]));
  return {
    name,
    calls,
    models: (): ModelEntry[] =>
      models.map((model) => ({
        id: model.id,
        task: model.task,
        provider: name,
        downloads: model.downloads ?? 0,
        likes: 0,
        tags: [],
        languages: [],
        license: null,
        description: `scripted ${model.task} model`,
      })),
    status: (entry) => {
      const model = byId.get(entry.id);
      return model?.unavailable ? { available: false, reason: model.unavailable } : { available: true };
    },
    async run(call, context) {
      const model = byId.get(call.model)!;
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, model.delayMs ?? 0);
        context.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      });
      const failed = failures.get(model.id) ?? 0;
      const fail = failed < (model.failTimes ?? 0);
      calls.push({ model: model.id, task: call.task, args: call.args, start, end: performance.now(), ok: !fail });
      if (fail) {
        failures.set(model.id, failed + 1);
        const failure = model.failure ?? {};
        throw new TaskFailure(failure.code ?? 'EXPERT_FAILED', failure.message ?? `${model.id} failed`, {
          retryable: failure.retryable ?? true,
          tryNextModel: failure.tryNextModel ?? true,
        });
      }
      return model.output ? model.output(call) : { text: `${model.id} output` };
    },
  };
}
