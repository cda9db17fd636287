// What a failed attempt says about the model, for its health figures and circuit breaker: an
// upstream error, a timeout or a malformed answer count against it; a bad input, an unreadable
// resource or a cancelled request say nothing about the model.
import type { CallOutcome } from '../registry/health.js';
import type { TaskErrorCode, TaskFailure } from './errors.js';

const COUNTS_AGAINST_MODEL: Record<TaskErrorCode, boolean> = {
  EXPERT_FAILED: true,
  EXPERT_TIMEOUT: true,
  EXPERT_UNAVAILABLE: true,
  EXPERT_BAD_OUTPUT: true,
  EXPERT_BAD_INPUT: false,
  NO_MODEL_AVAILABLE: false,
  DEPENDENCY_FAILED: false,
  RESOURCE_BLOCKED: false,
  RESOURCE_NOT_FOUND: false,
  RESOURCE_TOO_LARGE: false,
  RESOURCE_FETCH_FAILED: false,
  RESOURCE_INVALID: false,
  CANCELLED: false,
  INTERNAL: false,
};

export function failureOutcome(failure: TaskFailure, latencyMs: number): CallOutcome {
  return COUNTS_AGAINST_MODEL[failure.code] ? { kind: 'failure', code: failure.code, latencyMs } : { kind: 'neutral' };
}
