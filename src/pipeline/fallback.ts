// When a controller call of an optional stage fails (selection, the answer), the stage falls back
// (the ranking, the templated answer) and the response says so. A cancelled request is not a
// failure to fall back from: it is rethrown.
import { AppError, cancellation } from './errors.js';
import type { PipelineDeps } from './deps.js';
import type { CallContext, Degradation } from './types.js';

/** The degradation to report for `error`, or throws when the request itself was cancelled. */
export function fallbackFor(stage: Degradation['stage'], error: unknown, context: CallContext, deps: PipelineDeps): Degradation {
  if (context.signal?.aborted) throw cancellation(context.signal);
  if (error instanceof AppError && (error.code === 'REQUEST_ABORTED' || error.code === 'REQUEST_TIMEOUT')) throw error;
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  deps.metrics.countDegraded?.(stage, code);
  deps.logger.warn({ stage, code, err: message }, stage === 'select' ? 'model selection failed; using the ranking' : 'answer call failed; using the templated answer');
  return { stage, code, message };
}
