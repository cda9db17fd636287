// The TaskFailures local experts raise, built in one place so codes and flags stay consistent.
import { isAbortError, TaskFailure } from '../../pipeline/errors.js';

/** The input cannot be used. `tryNextModel` is false when no model could use it (not an image at all). */
export const badInput = (message: string, options: { tryNextModel?: boolean; cause?: unknown } = {}): TaskFailure =>
  new TaskFailure('EXPERT_BAD_INPUT', message, { tryNextModel: options.tryNextModel ?? false, cause: options.cause });

/** The expert cannot run here (missing command, model that fails to load). */
export const unavailable = (message: string, cause?: unknown): TaskFailure =>
  new TaskFailure('EXPERT_UNAVAILABLE', message, { cause });

/** The expert ran and failed. */
export const failed = (message: string, cause?: unknown): TaskFailure => new TaskFailure('EXPERT_FAILED', message, { cause });

export const cancelled = (): TaskFailure =>
  new TaskFailure('CANCELLED', 'The task was cancelled before the local expert finished.', { tryNextModel: false });

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}

/** Any error from an expert as a TaskFailure: aborts become CANCELLED, the rest EXPERT_FAILED. */
export function asTaskFailure(error: unknown, model: string, signal?: AbortSignal): TaskFailure {
  if (error instanceof TaskFailure) return error;
  if (signal?.aborted || isAbortError(error)) return cancelled();
  const reason = error instanceof Error ? error.message : String(error);
  return failed(`${model} failed: ${reason}`, error);
}

/** Runs a model load; a failure becomes EXPERT_UNAVAILABLE (the next call retries the load). */
export async function loading<T>(what: string, load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof TaskFailure) throw error;
    throw unavailable(`${what} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}
