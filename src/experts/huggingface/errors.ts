// What went wrong with a Hugging Face call, as a TaskFailure the executor can act on: retry the
// same model (408/429/5xx, connection errors), move to the next candidate (401/403, 400/404/422,
// wrong output shape, no provider serves the model), or stop. An abort of the caller's signal is
// not a failure: it is rethrown as an AbortError so the executor can tell cancellation apart.
import {
  InferenceClientHubApiError,
  InferenceClientInputError,
  InferenceClientProviderApiError,
  InferenceClientProviderOutputError,
  InferenceClientRoutingError,
} from '@huggingface/inference';
import { TaskFailure, isAbortError } from '../../pipeline/errors.js';
import { scrubShapes } from '../../secrets.js';

export interface FailureContext {
  model: string;
  task: string;
  signal?: AbortSignal;
  /** Scrubbed from messages and from the error kept as `cause`. */
  token?: string;
}

type HttpError = InferenceClientProviderApiError | InferenceClientHubApiError;

export function toTaskFailure(error: unknown, context: FailureContext): Error {
  if (context.signal?.aborted) return asAbortError(error, context);
  if (error instanceof TaskFailure) return error;
  const { model, task } = context;
  // The token, and anything shaped like a credential an upstream may echo (our Authorization header).
  const scrub = (text: string): string => scrubShapes(context.token ? text.split(context.token).join('[REDACTED]') : text);
  const cause = redactHeaders(error);

  if (error instanceof InferenceClientProviderApiError || error instanceof InferenceClientHubApiError) {
    return fromHttpError(error, context, scrub, cause);
  }
  if (error instanceof InferenceClientProviderOutputError) {
    return new TaskFailure(
      'EXPERT_BAD_OUTPUT',
      `Hugging Face model ${model} answered the ${task} request in an unexpected shape (${scrub(error.message)}); try another model.`,
      { cause },
    );
  }
  if (error instanceof InferenceClientInputError || error instanceof InferenceClientRoutingError) {
    return new TaskFailure(
      'EXPERT_UNAVAILABLE',
      `Hugging Face cannot run ${model} for ${task}: ${scrub(error.message)} Pick another model, or check HF_PROVIDER / HF_ENDPOINT_URL.`,
      { cause },
    );
  }
  if (isAbortError(error) || (error instanceof Error && error.name === 'TimeoutError')) {
    return new TaskFailure('EXPERT_TIMEOUT', `The request to Hugging Face model ${model} timed out.`, { retryable: true, cause });
  }
  if (isConnectionError(error)) {
    const code = connectionCode(error);
    return new TaskFailure(
      'EXPERT_FAILED',
      `Could not reach the Hugging Face endpoint for ${model}${code ? ` (${code})` : ''}; check HF_ENDPOINT_URL or the network, then retry.`,
      { retryable: true, cause },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TaskFailure('EXPERT_FAILED', `Hugging Face model ${model} failed on ${task}: ${scrub(message)}`, { cause });
}

function fromHttpError(error: HttpError, context: FailureContext, scrub: (text: string) => string, cause: unknown): TaskFailure {
  const { model, task } = context;
  const status = error.httpResponse.status;
  const where = error instanceof InferenceClientHubApiError ? 'the Hugging Face Hub (provider lookup)' : 'Hugging Face';
  const upstream = scrub(error.message.replace(/^Failed to perform inference: /, ''));
  const said = `${where} answered HTTP ${status} for ${model}: ${upstream}`;
  if (status === 401 || status === 403) {
    return new TaskFailure(
      'EXPERT_UNAVAILABLE',
      `${said}. Check that HF_TOKEN is valid, has the "Inference Providers" permission and access to this model (gated models need their terms accepted).`,
      { cause },
    );
  }
  if (status === 408 || status === 429 || status >= 500) {
    const hint = status === 429 ? 'rate limited; retry later' : 'the model is busy, loading or failing upstream; retry later';
    return new TaskFailure('EXPERT_FAILED', `${said} (${hint}).`, { retryable: true, cause });
  }
  const hint =
    status !== 404
      ? `the model rejected the ${task} input; another model may accept it`
      : error instanceof InferenceClientHubApiError
        ? 'no such public model on the Hub; check the id or try another model'
        : `the model is not deployed there, or does not serve ${task}; try another model`;
  return new TaskFailure('EXPERT_FAILED', `${said} (${hint}).`, { cause });
}

/** Keeps the caller's abort as an AbortError (a timeout reason becomes one too). */
function asAbortError(error: unknown, context: FailureContext): Error {
  if (error instanceof Error && error.name === 'AbortError') return error;
  const reason = context.signal?.reason;
  const why = reason instanceof Error ? reason.message : 'the request was cancelled';
  const abort = new Error(`The call to Hugging Face model ${context.model} was aborted: ${why}`, { cause: reason ?? error });
  abort.name = 'AbortError';
  return abort;
}

/** The client keeps the request headers (with the bearer token) on its errors; never let them reach a log. */
function redactHeaders(error: unknown): unknown {
  const request = (error as { httpRequest?: { headers?: Record<string, string> } } | null)?.httpRequest;
  if (request?.headers) {
    for (const name of Object.keys(request.headers)) {
      if (name.toLowerCase() === 'authorization') request.headers[name] = '[REDACTED]';
    }
  }
  return error;
}

function isConnectionError(error: unknown): boolean {
  return error instanceof TypeError && (error.message === 'fetch failed' || connectionCode(error) !== undefined);
}

function connectionCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}
