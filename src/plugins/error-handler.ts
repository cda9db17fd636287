// The one place where errors become HTTP responses: { code, message, details? } with a stable
// code. Handlers never catch; they throw typed errors and this maps them.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type ErrorCode } from '../pipeline/errors.js';

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
  CONTROLLER_UNAVAILABLE: 503,
  PLAN_UNREPAIRABLE: 502,
  LLM_ERROR: 502,
  LLM_TIMEOUT: 504,
  REQUEST_ABORTED: 499,
  REQUEST_TIMEOUT: 504,
  INTERNAL: 500,
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
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than BODY_LIMIT_BYTES. Send large files as URLs or upload them to POST /artifacts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', `Content-Type ${request.headers['content-type'] ?? '(none)'} is not accepted here; send application/json (or, to POST /artifacts, the raw file).`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('INVALID_JSON', 'The body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('INVALID_JSON', 'The body is not valid JSON.');
  }
  if (error instanceof SyntaxError || /JSON/.test(error.message) && error.statusCode === 400) {
    return new AppError('INVALID_JSON', `The body is not valid JSON: ${error.message}`);
  }
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', error.message);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('VALIDATION_FAILED', error.message);
  return new AppError('INTERNAL', 'Internal error; the request id in the logs identifies it.', { cause: error });
}

function send(reply: FastifyReply, error: AppError): FastifyReply {
  reply.errorCode = error.code;
  const body = { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) };
  return reply.status(HTTP_STATUS[error.code]).type('application/json').send(body);
}

export default fp(async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error, request);
    const status = HTTP_STATUS[appError.code];
    if (status >= 500) request.log.error({ err: error, code: appError.code }, 'request failed');
    else request.log.info({ code: appError.code, msg: appError.message }, 'request rejected');
    return send(reply, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}. The API is described at /docs.`)),
  );
});
