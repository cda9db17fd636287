// The shape of one entry of the adapter table, and the small helpers every entry uses to read
// its arguments. An adapter builds the client call from the task's arguments (`call`) and turns
// the raw response into an ExpertOutput (`parse`); the provider wraps both with error mapping.
import type { InferenceClient, InferenceProviderOrPolicy, InferenceTask, Options } from '@huggingface/inference';
import { TaskFailure } from '../../pipeline/errors.js';
import type { CallContext, ExpertOutput, Media, ResolvedArgs } from '../../pipeline/types.js';
import type { TaskType } from '../../registry/task-types.js';
import type { LabelScore } from '../format.js';

/** Which model to call and where: a self-hosted endpoint, or Inference Providers routing. */
export type Target = { model: string; endpointUrl: string } | { model: string; provider: InferenceProviderOrPolicy };

export interface HfRequest {
  task: TaskType;
  client: InferenceClient;
  target: Target;
  /** Always `retry_on_error: false`, the caller's signal and the injected fetch. */
  options: Options;
  /** The client's generic request path, for tasks it has no method for (depth-estimation). */
  raw(task: InferenceTask, body: { data: Blob } | { inputs: unknown }): Promise<unknown>;
  context: CallContext;
}

export interface Adapter {
  run(request: HfRequest, args: ResolvedArgs): Promise<ExpertOutput>;
}

/** Keeps the raw response type between `call` and `parse` while the table holds plain Adapters. */
export function adapter<Raw>(spec: {
  call: (request: HfRequest, args: ResolvedArgs) => Promise<Raw>;
  parse: (raw: Raw, args: ResolvedArgs, request: HfRequest) => ExpertOutput | Promise<ExpertOutput>;
}): Adapter {
  return {
    async run(request, args) {
      const raw = await spec.call(request, args);
      try {
        return await spec.parse(raw, args, request);
      } catch (error) {
        if (error instanceof TaskFailure) throw error;
        const detail = error instanceof Error ? error.message : String(error);
        throw new TaskFailure('EXPERT_BAD_OUTPUT', `Could not read the ${request.task} output of ${request.target.model}: ${detail}`, {
          cause: error,
        });
      }
    },
  };
}

export function badInput(task: TaskType, message: string): TaskFailure {
  return new TaskFailure('EXPERT_BAD_INPUT', `${task}: ${message}`, { tryNextModel: false });
}

/** A required text argument. */
export function text(args: ResolvedArgs, name: string, task: TaskType): string {
  const value = args[name];
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw badInput(task, value === undefined || value === '' ? `the "${name}" argument is missing` : `the "${name}" argument must be text`);
}

/** An optional text argument, trimmed; undefined when absent or blank. */
export function optionalText(args: ResolvedArgs, name: string): string | undefined {
  const value = args[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A required image/audio argument, already loaded as bytes. */
export function media(args: ResolvedArgs, name: string, kind: Media['kind'], task: TaskType): Media {
  const value = args[name];
  if (value !== undefined && typeof value !== 'string' && value.kind === kind) return value;
  throw badInput(task, value === undefined ? `the "${name}" argument is missing` : `the "${name}" argument must be an ${kind} file`);
}

/** "cat, dog , bird" → ["cat", "dog", "bird"]; required for zero-shot tasks. */
export function labels(args: ResolvedArgs, task: TaskType): string[] {
  const list = (optionalText(args, 'labels') ?? '')
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');
  if (list.length === 0) throw badInput(task, 'give the candidate labels as a comma-separated "labels" argument');
  return list;
}

export function sortByScore<T extends LabelScore>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.score - a.score);
}
