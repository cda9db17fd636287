// One task: load its inputs, then try its models in order (the selection, then the next
// candidates), each with bounded retries for transient failures, until one succeeds. Never
// throws: every outcome is a TaskResult with its attempts.
import { TASK_TYPES } from '../registry/task-types.js';
import type { PipelineDeps } from './deps.js';
import { TaskFailure, isAbortError } from './errors.js';
import { acquireSlot, backoffDelay, sleep as defaultSleep } from './concurrency.js';
import { expertCacheEntry } from './expert-cache.js';
import { failureOutcome } from './model-health.js';
import { resolveArgs } from './resolve-args.js';
import { linkSignals } from './signals.js';
import type { Attempt, CallContext, ExpertOutput, ResolvedArgs, Selection, Task, TaskOutput, TaskResult } from './types.js';

export async function runTask(
  task: Task,
  selection: Selection,
  results: Map<number, TaskResult>,
  deps: PipelineDeps,
  context: CallContext,
): Promise<TaskResult> {
  const started = new Date();
  // Durations from the monotonic clock: a wall clock that moves during a call must not make it negative or long.
  const startedClock = performance.now();
  const attempts: Attempt[] = [];
  const finish = (fields: Partial<TaskResult>): TaskResult => ({
    ...emptyResult(task),
    attempts,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: elapsedSince(startedClock),
    ...fields,
  });

  let args: ResolvedArgs;
  try {
    args = await resolveArgs(task, results, deps, context.signal);
  } catch (error) {
    if (context.signal?.aborted) return finish(cancelled());
    return finish({ status: 'failed', error: toTaskError(error) });
  }

  const { settings } = deps;
  const sleep = deps.sleep ?? defaultSleep;
  let lastError: TaskFailure | undefined;
  const refused: string[] = [];
  let modelsTried = 0;
  for (const modelId of deps.registry.fallbackOrder(task.task, selection.candidates)) {
    if (modelsTried === settings.maxModelsPerTask) break;
    const model = deps.registry.find(task.task, modelId);
    const provider = model && deps.registry.provider(model.provider);
    if (!model || !provider || !model.status.available) continue;
    const cached = expertCacheEntry(task, model, args, deps);
    const reused = await cached?.lookup();
    if (reused) {
      attempts.push({ model: model.id, provider: model.provider, ok: true, startedAt: new Date().toISOString(), durationMs: 0, cached: true });
      return finish({ status: 'succeeded', model: model.id, provider: model.provider, output: reused });
    }
    for (let attempt = 0; attempt <= settings.modelRetries; attempt++) {
      let release: () => void;
      try {
        if (attempt > 0) await sleep(backoffDelay(attempt, settings.retryBaseDelayMs), context.signal);
        release = await acquireSlot(deps.gates, model.provider, context.signal);
      } catch {
        return finish(cancelled());
      }
      // Asked once the slot is ours, so the breaker judges the model as it is now, not before a queue.
      const recordHealth = deps.registry.health.admit(model);
      if (!recordHealth) {
        release();
        refused.push(model.id);
        break;
      }
      if (attempt === 0) modelsTried++;
      const attemptStarted = new Date();
      const attemptClock = performance.now();
      const timeout = linkSignals([context.signal], { timeoutMs: settings.taskTimeoutMs });
      try {
        const output = await provider.run({ task: task.task, model: model.id, args }, { ...context, signal: timeout.signal }).finally(timeout.dispose);
        recordHealth({ kind: 'success', latencyMs: elapsedSince(attemptClock) });
        attempts.push({ model: model.id, provider: model.provider, ok: true, startedAt: attemptStarted.toISOString(), durationMs: elapsedSince(attemptClock) });
        deps.metrics.countExpertCall(task.task, model.provider, 'ok');
        const stored = await storeOutput(task, output, deps);
        await cached?.store(stored);
        return finish({ status: 'succeeded', model: model.id, provider: model.provider, output: stored });
      } catch (error) {
        if (context.signal?.aborted) return finish(cancelled());
        const failure = timeout.timedOut
          ? new TaskFailure('EXPERT_TIMEOUT', `${model.id} did not answer within TASK_TIMEOUT_MS (${settings.taskTimeoutMs} ms)`, { retryable: true })
          : toFailure(error, model.id);
        recordHealth(failureOutcome(failure, elapsedSince(attemptClock)));
        lastError = failure;
        attempts.push({ model: model.id, provider: model.provider, ok: false, error: { code: failure.code, message: failure.message }, startedAt: attemptStarted.toISOString(), durationMs: elapsedSince(attemptClock) });
        deps.metrics.countExpertCall(task.task, model.provider, failure.code === 'EXPERT_TIMEOUT' ? 'timeout' : 'error');
        deps.logger.warn({ task: task.id, model: model.id, attempt, code: failure.code, err: failure.message }, 'expert call failed');
        if (!failure.tryNextModel) return finish({ status: 'failed', model: model.id, provider: model.provider, error: toTaskError(failure) });
        if (!failure.retryable) break;
      } finally {
        recordHealth({ kind: 'neutral' });
        release();
      }
    }
  }
  const tried = [...new Set(attempts.map((attempt) => attempt.model))];
  const message = lastError
    ? tried.length === 1
      ? lastError.message
      : `all ${tried.length} models tried failed (${tried.join(', ')}); last error: ${lastError.message}`
    : `none of the selected models can run now (${selection.candidates.slice(0, settings.maxModelsPerTask).join(', ')})`;
  const skippedOpen = refused.length ? `; skipped while their circuit breaker is open: ${[...new Set(refused)].join(', ')}` : '';
  return finish({ status: 'failed', error: { code: lastError?.code ?? 'NO_MODEL_AVAILABLE', message: message + skippedOpen } });
}

export function emptyResult(task: Task): TaskResult {
  return { id: task.id, task: task.task, status: 'skipped', model: null, provider: null, output: null, error: null, attempts: [], startedAt: null, finishedAt: null, durationMs: null };
}

const cancelled = (): Partial<TaskResult> => ({ status: 'failed', error: { code: 'CANCELLED', message: 'the request was cancelled or ran out of time (REQUEST_TIMEOUT_MS)' } });

/** Keeps the kinds the task type declares (the contract `<GENERATED>-k` relies on), storing media as artifacts. */
async function storeOutput(task: Task, output: ExpertOutput, deps: PipelineDeps): Promise<TaskOutput> {
  const declared = TASK_TYPES[task.task].outputs;
  const stored: TaskOutput = {};
  if (output.text !== undefined && declared.includes('text')) stored.text = output.text;
  if (output.data !== undefined) stored.data = output.data;
  for (const kind of ['image', 'audio', 'video'] as const) {
    const media = output[kind];
    if (media && declared.includes(kind)) stored[kind] = await deps.artifacts.put(media);
  }
  return stored;
}

function toFailure(error: unknown, model: string): TaskFailure {
  if (error instanceof TaskFailure) return error;
  if (isAbortError(error)) return new TaskFailure('EXPERT_TIMEOUT', `${model} was aborted`, { retryable: true });
  return new TaskFailure('EXPERT_FAILED', `${model} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
}

function toTaskError(error: unknown): { code: TaskFailure['code']; message: string } {
  if (error instanceof TaskFailure) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: (error as Error)?.message ?? String(error) };
}

/** Whole milliseconds since a `performance.now()` reading. */
function elapsedSince(from: number): number {
  return Math.round(performance.now() - from);
}
