// An example for every error response of the OpenAPI document, so Swagger UI shows a code the
// route really returns with a message like the real one. A route names the codes it can return
// (or a status, for that status's usual code); the status comes from the one mapping in the
// error handler.
import type { ErrorCode } from '../pipeline/errors.js';
import { HTTP_STATUS } from '../plugins/error-handler.js';

export const ERROR_EXAMPLES: Partial<Record<ErrorCode, { message: string; details?: unknown }>> = {
  VALIDATION_FAILED: {
    message: 'Invalid request: body/request must NOT have fewer than 1 characters',
    details: { problems: ['body/request must NOT have fewer than 1 characters'] },
  },
  INVALID_JSON: { message: 'The body is not valid JSON.' },
  UNSUPPORTED_MEDIA_TYPE: { message: 'The body is not an image, audio or video the service recognises (png, jpeg, gif, webp, bmp, tiff, wav, flac, ogg, mp3, mp4, webm).' },
  PAYLOAD_TOO_LARGE: { message: 'The request body is larger than BODY_LIMIT_BYTES. Send large files as URLs or upload them to POST /artifacts.' },
  REQUEST_TOO_LONG: { message: 'The request is too long for the controller model (about 20000 tokens, budget 15000). Shorten it, or use a model with a larger LLM_CONTEXT_TOKENS.' },
  NOT_FOUND: { message: 'No route GET /nope. The API is described at /docs.' },
  ARTIFACT_NOT_FOUND: { message: 'Artifact 3f2a9c0d1e2b4a5f6c7d8e9f0a1b2c3d.png does not exist.' },
  EXAMPLE_NOT_FOUND: { message: 'No example named z.jpg; GET /examples lists them.' },
  MODEL_NOT_FOUND: { message: 'The model "gpt-5" does not exist here; use "hugginggpt". GET /v1/models lists them.' },
  INVALID_PLAN: {
    message: 'The task graph is invalid: task 1 depends on itself',
    details: { problems: [{ code: 'SELF_DEPENDENCY', index: 1, taskId: 1, message: 'task 1 depends on itself' }] },
  },
  INVALID_SELECTION: { message: 'Task 0: "nope/model" is not a object-detection model of the registry (see GET /models?task=object-detection).' },
  CONTROLLER_UNAVAILABLE: { message: 'CONTROLLER=llm but no LLM is configured: set OPENAI_API_KEY or OPENAI_BASE_URL (or use CONTROLLER=rules).' },
  PLAN_UNREPAIRABLE: { message: 'The controller produced an invalid plan twice (1 problem(s), e.g. task 0: unknown task type "image-captioning"). Rephrase the request or try another model.' },
  LLM_ERROR: { message: 'The LLM API failed (HTTP 500): upstream error: 500 Internal Server Error.', details: { upstreamStatus: 500 } },
  LLM_TIMEOUT: { message: 'The LLM API did not answer in time (LLM_TIMEOUT_MS), even after retries.' },
  REQUEST_TIMEOUT: { message: 'The request took longer than REQUEST_TIMEOUT_MS and was stopped.' },
  PLAN_TOO_LARGE: { message: 'The request needs 24 tasks; at most 20 (MAX_TASKS) fit in one plan. Split it into smaller requests.', details: { tasks: 24, maxTasks: 20 } },
  PLAN_TIMEOUT: {
    message: 'Planning this request (100000 bytes) took longer than 5000 ms (PLAN_TIMEOUT_MS) and was stopped. The planner is deterministic, so the same request would take as long again: shorten it, split it, or send long content as a file.',
    details: { timeoutMs: 5000, bytes: 100000 },
  },
  PLANNER_FAILED: { message: "The planner's worker thread stopped while planning this request (exit code 1); it restarts on its own. Retry the request." },
  INPUT_TOO_LARGE: {
    message: 'The request has 120,000 characters; at most 100,000 are accepted (MAX_REQUEST_CHARS). Shorten it, or send long content as a file.',
    details: { limit: 100000, size: 120000, variable: 'MAX_REQUEST_CHARS' },
  },
};

/** The code a status usually means, for routes that list statuses. */
const USUAL_CODE: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'INVALID_PLAN',
  502: 'LLM_ERROR',
  503: 'CONTROLLER_UNAVAILABLE',
  504: 'REQUEST_TIMEOUT',
};

/** The codes each status of a route can carry, from its list of statuses and codes. */
export function codesByStatus(entries: Array<number | ErrorCode>): Map<number, ErrorCode[]> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const entry of entries) {
    const code = typeof entry === 'number' ? USUAL_CODE[entry] : entry;
    const status = typeof entry === 'number' ? entry : HTTP_STATUS[entry];
    const codes = byStatus.get(status) ?? [];
    if (code && !codes.includes(code)) codes.push(code);
    byStatus.set(status, codes);
  }
  return byStatus;
}

export function errorExample(code: ErrorCode): { code: ErrorCode; message: string; details?: unknown } {
  const example = ERROR_EXAMPLES[code];
  return { code, message: example?.message ?? code, ...(example?.details !== undefined ? { details: example.details } : {}) };
}
