// Typed errors with stable codes. The pipeline throws them; one Fastify error handler maps
// codes to HTTP statuses (src/plugins/error-handler.ts). Clients and tests rely on `code`.

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'REQUEST_TOO_LONG',
  'NOT_FOUND',
  'UNKNOWN_TASK_TYPE',
  'INVALID_PLAN',
  'INVALID_SELECTION',
  'PLAN_TOO_LARGE',
  'ARTIFACT_NOT_FOUND',
  'EXAMPLE_NOT_FOUND',
  'MODEL_NOT_FOUND',
  'CONTROLLER_UNAVAILABLE',
  'PLAN_UNREPAIRABLE',
  'LLM_ERROR',
  'LLM_TIMEOUT',
  'REQUEST_ABORTED',
  'REQUEST_TIMEOUT',
  'INTERNAL',
  'UNAUTHORIZED',
  'RATE_LIMITED',
  'OVERLOADED',
  'SHUTTING_DOWN',
  'INPUT_TOO_LARGE',
  'RESOURCE_TOO_LARGE',
  'PLAN_TIMEOUT',
  'PLANNER_FAILED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { details?: unknown; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

/** A plan sent by a client breaks the task-graph contract. */
export class InvalidPlanError extends AppError {
  constructor(problems: PlanProblemLike[]) {
    super('INVALID_PLAN', `The task graph is invalid: ${problems.map((p) => p.message).join('; ')}`, {
      details: { problems },
    });
    this.name = 'InvalidPlanError';
  }
}

/** The LLM's plan was still invalid after the repair round. Keeps the raw text for debugging. */
export class PlanUnrepairableError extends AppError {
  readonly rawText: string;
  constructor(problems: PlanProblemLike[], rawText: string) {
    super(
      'PLAN_UNREPAIRABLE',
      `The controller produced an invalid plan twice (${problems.length} problem(s), e.g. ${problems[0]?.message ?? 'unparseable output'}). Rephrase the request or try another model.`,
      { details: { problems, rawText: rawText.slice(0, 2000) } },
    );
    this.name = 'PlanUnrepairableError';
    this.rawText = rawText;
  }
}

/** What a plan too large is told: one wording for PlanTooLargeError and the rule planner's explanation. `atLeast`: the planner stopped reading after `count` steps, so the count is a lower bound. */
export function planTooLargeMessage(count: number, maxTasks: number, atLeast = false): string {
  return `The request ${atLeast ? `asks for at least ${count} steps` : `needs ${count > maxTasks ? `${count} tasks` : `more than ${maxTasks} tasks`}`}; at most ${maxTasks} (MAX_TASKS) ${atLeast ? 'tasks ' : ''}fit in one plan. Split it into smaller requests.`;
}

/** The request asks for more tasks than MAX_TASKS allows: the client should split it. */
export class PlanTooLargeError extends AppError {
  constructor(count: number, maxTasks: number, atLeast = false) {
    super('PLAN_TOO_LARGE', planTooLargeMessage(count, maxTasks, atLeast), { details: { tasks: count, maxTasks, ...(atLeast ? { atLeast } : {}) } });
    this.name = 'PlanTooLargeError';
  }
}

/** The rule-based planner's worker thread took longer than PLAN_TIMEOUT_MS on one request (and was restarted). */
export class PlanTimeoutError extends AppError {
  constructor(timeoutMs: number, bytes: number) {
    super(
      'PLAN_TIMEOUT',
      `Planning this request (${bytes} bytes) took longer than ${timeoutMs} ms (PLAN_TIMEOUT_MS) and was stopped. The planner is deterministic, so the same request would take as long again: shorten it, split it, or send long content as a file.`,
      { details: { timeoutMs, bytes } },
    );
    this.name = 'PlanTimeoutError';
  }
}

/** The rule-based planner's worker thread stopped (crashed) while planning; it restarts for the next request. */
export class PlannerFailedError extends AppError {
  constructor(reason: string, options: { cause?: unknown } = {}) {
    super('PLANNER_FAILED', `The planner's worker thread stopped while planning this request (${reason}); it restarts on its own. Retry the request.`, options);
    this.name = 'PlannerFailedError';
  }
}

export class LlmError extends AppError {
  readonly retryable: boolean;
  constructor(code: 'LLM_ERROR' | 'LLM_TIMEOUT', message: string, options: { cause?: unknown; status?: number; retryable?: boolean } = {}) {
    super(code, message, { cause: options.cause, details: options.status ? { upstreamStatus: options.status } : undefined });
    this.name = 'LlmError';
    this.retryable = options.retryable ?? false;
  }
}

export class ControllerUnavailableError extends AppError {
  constructor(message: string) {
    super('CONTROLLER_UNAVAILABLE', message);
    this.name = 'ControllerUnavailableError';
  }
}

export class AbortedError extends AppError {
  constructor(message = 'The request was cancelled before it finished.') {
    super('REQUEST_ABORTED', message);
    this.name = 'AbortedError';
  }
}

/** The reason a request's signal is aborted with when the service stops before it finished. */
export class ShuttingDownError extends AppError {
  constructor() {
    super('SHUTTING_DOWN', 'The service is shutting down and stopped this request before it finished (SHUTDOWN_GRACE_MS ran out). Retry it: another instance will take it.');
    this.name = 'ShuttingDownError';
  }
}

/** The error for a cancelled call: a timeout of the whole request, the service stopping, or the client going away. */
export function cancellation(signal: AbortSignal | undefined): AppError {
  if (signal?.reason instanceof ShuttingDownError) return signal.reason;
  if ((signal?.reason as Error | undefined)?.name === 'TimeoutError') {
    return new AppError('REQUEST_TIMEOUT', 'The request took longer than REQUEST_TIMEOUT_MS and was stopped.');
  }
  return new AbortedError();
}

interface PlanProblemLike {
  message: string;
}

// ---- task-level errors (reported in a task's result, never thrown to HTTP) ----------------------

export const TASK_ERROR_CODES = [
  'NO_MODEL_AVAILABLE',
  'DEPENDENCY_FAILED',
  'RESOURCE_BLOCKED',
  'RESOURCE_NOT_FOUND',
  'RESOURCE_TOO_LARGE',
  'RESOURCE_FETCH_FAILED',
  'RESOURCE_INVALID',
  'EXPERT_UNAVAILABLE',
  'EXPERT_BAD_INPUT',
  'EXPERT_BAD_OUTPUT',
  'EXPERT_FAILED',
  'EXPERT_TIMEOUT',
  'CANCELLED',
  'INTERNAL',
] as const;
export type TaskErrorCode = (typeof TASK_ERROR_CODES)[number];

/** A failure of one task: a resource that cannot be loaded, or an expert that failed. */
export class TaskFailure extends Error {
  readonly code: TaskErrorCode;
  /** Worth another attempt with the same model (timeouts, 429, 5xx, connection errors). */
  readonly retryable: boolean;
  /** Worth trying the next candidate model (false when the input itself is at fault). */
  readonly tryNextModel: boolean;

  constructor(
    code: TaskErrorCode,
    message: string,
    options: { retryable?: boolean; tryNextModel?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'TaskFailure';
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.tryNextModel = options.tryNextModel ?? true;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'APIUserAbortError');
}
