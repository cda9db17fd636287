// Bounded retries of one LLM call, in one place. The `openai` package retries only failures it
// sees before the body arrives (connection errors, 408/409/429/5xx); a body cut off mid-way or
// not JSON at all surfaced as a 502 that was never retried. Here each attempt has its own timeout
// covering the whole reply (headers and body), every transient failure is classified the same
// way, and the delay honours Retry-After. A streamed reply fits the same loop: an attempt is
// "send, then read until the end"; a stream cut mid-way throws like a cut body. It is retried only
// while nothing of it was used (`canRetry`): once the caller has acted on part of a reply (a plan
// task started, answer text sent to a client), the call fails instead and the caller falls back
// (the plan to its repair round, the answer to the templated one).
import OpenAI from 'openai';
import { backoffDelay, sleep as defaultSleep } from '../../pipeline/concurrency.js';
import { AppError, LlmError, cancellation } from '../../pipeline/errors.js';
import { linkSignals, type LinkedSignal } from '../../pipeline/signals.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Timeout of one attempt, headers and body included. */
  timeoutMs: number;
  /** First backoff delay (doubles per retry, with jitter, capped at MAX_DELAY_MS). */
  baseDelayMs: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Scrubs secrets from upstream messages quoted in errors. */
  scrub: (text: string) => string;
}

const MAX_DELAY_MS = 8_000;
/** A Retry-After longer than this is not waited for: the call fails with the upstream's answer. */
const MAX_RETRY_AFTER_MS = 30_000;

export interface RetryEvent {
  attempt: number;
  error: LlmError;
  delayMs: number;
}

export async function withLlmRetries<T>(
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
  attempt: (signal: AbortSignal) => Promise<T>,
  onRetry?: (event: RetryEvent) => void,
  options: { canRetry?: () => boolean } = {},
): Promise<T> {
  const sleep = policy.sleep ?? defaultSleep;
  for (let n = 0; ; n++) {
    const link = linkSignals([signal], { timeoutMs: policy.timeoutMs });
    let failure: Error;
    try {
      return await attempt(link.signal);
    } catch (error) {
      failure = classify(error, link, signal, policy.scrub);
    } finally {
      link.dispose();
    }
    if (!(failure instanceof LlmError) || !failure.retryable || n >= policy.maxRetries || options.canRetry?.() === false) throw finalError(failure, n + 1);
    const retryAfter = retryAfterMs(failure.cause);
    if (retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_MS) throw finalError(failure, n + 1);
    const delayMs = retryAfter ?? Math.min(MAX_DELAY_MS, backoffDelay(n + 1, policy.baseDelayMs));
    onRetry?.({ attempt: n + 1, error: failure, delayMs });
    try {
      await sleep(delayMs, signal);
    } catch {
      throw cancellation(signal);
    }
  }
}

function finalError(error: Error, attempts: number): Error {
  if (!(error instanceof LlmError) || attempts === 1) return error;
  return new LlmError(error.code as 'LLM_ERROR' | 'LLM_TIMEOUT', `${error.message} (${attempts} attempts, LLM_MAX_RETRIES)`, {
    cause: error.cause,
    status: (error.details as { upstreamStatus?: number } | undefined)?.upstreamStatus,
    retryable: true,
  });
}

/** Every failure of one attempt as a typed error; `retryable` says whether another attempt may help. */
export function classify(error: unknown, link: LinkedSignal, outer: AbortSignal | undefined, scrub: (text: string) => string): Error {
  if (outer?.aborted) return cancellation(outer);
  if (link.timedOut || error instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmError('LLM_TIMEOUT', 'The LLM API did not answer in time (LLM_TIMEOUT_MS).', { cause: error, retryable: true });
  }
  if (error instanceof AppError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return cancellation(outer);
  if (error instanceof OpenAI.APIConnectionError) {
    return new LlmError('LLM_ERROR', `Could not reach the LLM API: ${scrub(error.message)} Check OPENAI_BASE_URL.`, { cause: error, retryable: true });
  }
  if (error instanceof OpenAI.APIError) return fromStatus(error, scrub);
  if (error instanceof SyntaxError) {
    return new LlmError('LLM_ERROR', `The LLM API sent a reply that is not valid JSON (${scrub(error.message).slice(0, 120)}).`, { cause: error, retryable: true });
  }
  if (isCutBody(error)) {
    return new LlmError('LLM_ERROR', 'The LLM API connection broke before the reply was complete.', { cause: error, retryable: true });
  }
  return new LlmError('LLM_ERROR', `The LLM call failed: ${scrub((error as Error)?.message ?? String(error))}`, { cause: error });
}

function fromStatus(error: InstanceType<typeof OpenAI.APIError>, scrub: (text: string) => string): LlmError {
  const status = error.status;
  const hint =
    status === 401 || status === 403
      ? 'the API rejected the credentials; check OPENAI_API_KEY'
      : status === 404
        ? 'the model or URL was not found; check LLM_MODEL and OPENAI_BASE_URL'
        : status === 429
          ? 'rate limited'
          : `upstream error: ${scrub(error.message)}`;
  const retryable = status === 408 || status === 409 || status === 429 || (status ?? 0) >= 500;
  return new LlmError('LLM_ERROR', `The LLM API failed (HTTP ${status ?? '?'}): ${hint}.`, { cause: error, status, retryable });
}

/** undici reports a body cut mid-way as TypeError("terminated") with a socket error as cause. */
function isCutBody(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error.cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code;
  return error.message === 'terminated' || /^(UND_ERR_|ECONNRESET|EPIPE|ECONNREFUSED|ETIMEDOUT)/.test(code ?? '');
}

/** Retry-After (seconds or an HTTP date) or retry-after-ms on an API error, in ms. */
function retryAfterMs(cause: unknown): number | undefined {
  const headers = (cause as { headers?: Headers } | undefined)?.headers;
  if (!(headers instanceof Headers)) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
