// When a controller call of an optional stage fails (selection, the answer), the stage falls back
// (the ranking, the templated answer) and the response says so. A cancelled request is not a
// failure to fall back from: it is rethrown.
import { AppError, cancellation } from './errors.js';
import type { CallContext, Degradation } from './types.js';

/** The degradation to report for `error`, or throws when the request itself was cancelled. */
export function fallbackFor(stage: Degradation['stage'], error: unknown, context: CallContext): Degradation {
  if (context.signal?.aborted) throw cancellation(context.signal);
  if (error instanceof AppError && (error.code === 'REQUEST_ABORTED' || error.code === 'REQUEST_TIMEOUT')) throw error;
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return { stage, code, message };
}
