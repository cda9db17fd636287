// The one place where errors become HTTP responses: { code, message, details? } with a stable
// code (on the OpenAI-compatible /v1 routes, OpenAI's shape with the same code). Handlers never
// catch; they throw typed errors and this maps them.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type ErrorCode } from '../pipeline/errors.js';
import { scrubShapes, scrubValue } from '../secrets.js';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  REQUEST_TOO_LONG: 413,
  NOT_FOUND: 404,
  UNKNOWN_TASK_TYPE: 400,
  INVALID_PLAN: 422,
  INVALID_SELECTION: 422,
  PLAN_TOO_LARGE: 422,
  ARTIFACT_NOT_FOUND: 404,
  EXAMPLE_NOT_FOUND: 404,
  MODEL_NOT_FOUND: 404,
  CONTROLLER_UNAVAILABLE: 503,
  PLAN_UNREPAIRABLE: 502,
  LLM_ERROR: 502,
  LLM_TIMEOUT: 504,
  REQUEST_ABORTED: 499,
  REQUEST_TIMEOUT: 504,
  INTERNAL: 500,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  OVERLOADED: 503,
  SHUTTING_DOWN: 503,
  INPUT_TOO_LARGE: 413,
  RESOURCE_TOO_LARGE: 413,
  // 422, not 504: nothing upstream timed out, and the rule-based planner is deterministic, so the
  // same request would time out again; the client has to change the request (shorten or split it).
  PLAN_TIMEOUT: 422,
  // 502, as a failed upstream call: the planner runs in a worker thread that stopped; it restarts,
  // and a retry of the same request may succeed.
  PLANNER_FAILED: 502,
};

declare module 'fastify' {
  interface FastifyReply {
    /** The error code sent, for the failure counter. */
    errorCode?: ErrorCode;
  }
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const where = error.validationContext ?? 'body';
    const problems = error.validation.map((issue) => {
      const allowed = (issue.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
      const hint = Array.isArray(allowed) ? ` (${allowed.join(', ')})` : '';
      return `${where}${issue.instancePath || ''} ${issue.message ?? 'is invalid'}${hint}`.trim();
    });
    return new AppError('VALIDATION_FAILED', `Invalid request: ${problems.join('; ')}`, { details: { problems } });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than the ${request.routeOptions.bodyLimit ?? 'configured'} bytes this route accepts (BODY_LIMIT_BYTES; UPLOAD_MAX_BYTES for uploads). Send large files as URLs or upload them to POST /artifacts.`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', `Content-Type ${request.headers['content-type'] ?? '(none)'} is not accepted here; send application/json (or, to POST /artifacts, the raw file).`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('INVALID_JSON', 'The body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('INVALID_JSON', 'The body is not valid JSON.');
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'An uploaded file is larger than BODY_LIMIT_BYTES. Send large files as URLs.');
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', `The form has too many parts (${error.message}); upload at most 20 files per request.`);
  }
  if (error instanceof SyntaxError || /JSON/.test(error.message) && error.statusCode === 400) {
    return new AppError('INVALID_JSON', `The body is not valid JSON: ${error.message}`);
  }
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', error.message);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('VALIDATION_FAILED', error.message);
  return new AppError('INTERNAL', 'Internal error; the request id in the logs identifies it.', { cause: error });
}

/** OpenAI's error types by HTTP status, so its SDKs and chat front-ends raise their usual errors. */
function openAiErrorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  return status >= 500 ? 'server_error' : 'invalid_request_error';
}

/** The body of an error on the OpenAI-compatible API (/v1/…): `{error: {message, type, param, code}}`. */
export function openAiErrorBody(code: ErrorCode, message: string) {
  return { error: { message, type: openAiErrorType(HTTP_STATUS[code]), param: null, code } };
}

function send(reply: FastifyReply, error: AppError, scrub: (text: string) => string): FastifyReply {
  reply.errorCode = error.code;
  // An error that knows when to come back (a full planning queue) says so, as the admission refusals do.
  const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof retryAfter === 'number' && !reply.hasHeader('retry-after')) reply.header('retry-after', String(retryAfter));
  // Upstream messages quoted in errors may carry our own credentials back: scrub before sending.
  const message = scrub(error.message);
  const details = error.details !== undefined ? { details: scrubValue(error.details, scrub) } : {};
  const body = reply.request.url.startsWith('/v1/') ? openAiErrorBody(error.code, message) : { code: error.code, message, ...details };
  return reply.status(HTTP_STATUS[error.code]).type('application/json').send(body);
}

export default fp(async function errorHandler(app: FastifyInstance) {
  const scrub = app.hasDecorator('scrub') ? app.scrub : scrubShapes;
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error, request);
    const status = HTTP_STATUS[appError.code];
    if (status >= 500) request.log.error({ err: error, code: appError.code }, 'request failed');
    else request.log.info({ code: appError.code, msg: appError.message }, 'request rejected');
    return send(reply, appError, scrub);
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}. The API is described at /docs.`), scrub),
  );
});
