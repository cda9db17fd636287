// The one path to the chat API: an OpenAI-compatible server (OpenAI, Azure OpenAI, Ollama, vLLM,
// llama.cpp, TGI) through the `openai` package. Each attempt has a timeout covering the whole
// reply; retry.ts retries 408/409/429/5xx, connection errors, cut and unparsable bodies with
// backoff and honours Retry-After; the caller's AbortSignal cancels; every failure becomes an
// LlmError with a stable code and a message scrubbed of secrets. A request with `onDelta` streams
// (stream.ts): the reply's text reaches the caller as it is written.
import OpenAI, { AzureOpenAI } from 'openai';
import type { Config } from '../../config.js';
import { LlmError } from '../../pipeline/errors.js';
import { createScrubber } from '../../secrets.js';
import { withLlmRetries, type RetryPolicy } from './retry.js';
import { LlmStreamCutError, readCompletion, readStream, type StreamProgress } from './stream.js';
import type { CallContext, LlmPurpose } from '../../pipeline/types.js';

export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmRequest {
  purpose: LlmPurpose;
  messages: LlmMessage[];
  /** A JSON schema for structured output; how it is sent depends on LLM_RESPONSE_FORMAT. */
  json?: { name: string; schema: Record<string, unknown> };
  maxTokens?: number;
  /**
   * Receives the reply's text as it is written: the call streams (unless LLM_STREAM=false, then
   * the reply comes whole and this is never called). Once a piece was delivered, a stream that
   * breaks is not retried: the call fails with LlmStreamCutError, which keeps the text so far.
   */
  onDelta?: (text: string) => void;
}

export interface LlmReply {
  text: string;
  promptTokens: number;
  completionTokens: number;
  /** "stop", or "length" when the answer was cut at max_tokens. */
  finishReason?: string;
}

export interface LlmClient {
  readonly model: string;
  complete(request: LlmRequest, context: CallContext): Promise<LlmReply>;
}

/** One event per call ('ok' or 'error') and one per retried attempt ('retry'). */
export type LlmCallObserver = (event: { purpose: LlmPurpose; outcome: 'ok' | 'error' | 'retry'; reply?: LlmReply; durationMs: number }) => void;

export interface LlmClientOptions {
  config: Pick<
    Config,
    | 'OPENAI_API_KEY'
    | 'OPENAI_BASE_URL'
    | 'LLM_API'
    | 'AZURE_OPENAI_API_VERSION'
    | 'LLM_MODEL'
    | 'LLM_TEMPERATURE'
    | 'LLM_RESPONSE_FORMAT'
    | 'LLM_TIMEOUT_MS'
    | 'LLM_MAX_RETRIES'
    | 'LLM_MAX_OUTPUT_TOKENS'
    | 'RETRY_BASE_DELAY_MS'
  > &
    Partial<Pick<Config, 'LLM_STREAM'>>;
  observe?: LlmCallObserver;
  fetch?: typeof fetch;
  /** Scrubs secrets from upstream messages quoted in errors (default: the key and credential shapes). */
  scrub?: (text: string) => string;
  /** Injected so tests can make backoff instant. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Logs each retried attempt. */
  logger?: { warn(object: object, message?: string): void };
}

export function createLlmClient({ config, observe, fetch, scrub = createScrubber([config.OPENAI_API_KEY]), sleep, logger }: LlmClientOptions): LlmClient {
  const common = {
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    // Our own timer (retry.ts) bounds each attempt, body included; this one only backs it up.
    timeout: config.LLM_TIMEOUT_MS + 1000,
    // Retries happen in retry.ts, which also covers cut and unparsable bodies.
    maxRetries: 0,
    ...(fetch ? { fetch } : {}),
  };
  const client =
    config.LLM_API === 'azure'
      ? new AzureOpenAI({ ...common, endpoint: config.OPENAI_BASE_URL, apiVersion: config.AZURE_OPENAI_API_VERSION, deployment: config.LLM_MODEL })
      : new OpenAI({ ...common, baseURL: config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1' });
  const policy: RetryPolicy = { maxRetries: config.LLM_MAX_RETRIES, timeoutMs: config.LLM_TIMEOUT_MS, baseDelayMs: config.RETRY_BASE_DELAY_MS, scrub, ...(sleep ? { sleep } : {}) };

  const params = (request: LlmRequest) => ({
    model: config.LLM_MODEL,
    messages: request.messages,
    temperature: config.LLM_TEMPERATURE,
    max_tokens: request.maxTokens ?? config.LLM_MAX_OUTPUT_TOKENS,
    ...responseFormat(config.LLM_RESPONSE_FORMAT, request.json),
  });
  const attempt = async (request: LlmRequest, signal: AbortSignal): Promise<LlmReply> => readCompletion(await client.chat.completions.create(params(request), { signal }));
  const streamAttempt = async (request: LlmRequest, onDelta: (text: string) => void, signal: AbortSignal, progress: StreamProgress): Promise<LlmReply> => {
    // The raw response: a server that ignores `stream` answers with one JSON completion (stream.ts).
    const response = await client.chat.completions.create({ ...params(request), stream: true, stream_options: { include_usage: true } }, { signal }).asResponse();
    return readStream(response, { signal, onDelta, progress, messages: request.messages });
  };
  const streams = config.LLM_STREAM !== false;

  return {
    model: config.LLM_MODEL,
    async complete(request, context) {
      const started = performance.now();
      const onDelta = streams ? request.onDelta : undefined;
      // What the current attempt delivered: once the caller has used part of a reply, another attempt cannot take it back.
      const progress: StreamProgress = { text: '', delivered: false };
      const run = (signal: AbortSignal) => {
        progress.text = '';
        return onDelta ? streamAttempt(request, onDelta, signal, progress) : attempt(request, signal);
      };
      try {
        const reply = await withLlmRetries(
          policy,
          context.signal,
          run,
          ({ attempt: n, error, delayMs }) => {
            observe?.({ purpose: request.purpose, outcome: 'retry', durationMs: performance.now() - started });
            logger?.warn({ purpose: request.purpose, attempt: n, code: error.code, err: error.message, delayMs: Math.round(delayMs) }, 'LLM call failed; retrying');
          },
          { canRetry: () => !progress.delivered },
        ).catch((error: unknown) => {
          throw progress.delivered && error instanceof LlmError ? new LlmStreamCutError(error, progress.text) : error;
        });
        context.usage?.record(request.purpose, reply);
        observe?.({ purpose: request.purpose, outcome: 'ok', reply, durationMs: performance.now() - started });
        return reply;
      } catch (error) {
        observe?.({ purpose: request.purpose, outcome: 'error', durationMs: performance.now() - started });
        throw error;
      }
    },
  };
}

function responseFormat(format: Config['LLM_RESPONSE_FORMAT'], json: LlmRequest['json']) {
  if (!json || format === 'none') return {};
  if (format === 'json_object') return { response_format: { type: 'json_object' as const } };
  return { response_format: { type: 'json_schema' as const, json_schema: { name: json.name, schema: json.schema, strict: true } } };
}
