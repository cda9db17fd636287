// The one path to the chat API: an OpenAI-compatible server (OpenAI, Azure OpenAI, Ollama, vLLM,
// llama.cpp, TGI) through the `openai` package. Each attempt has a timeout covering the whole
// reply; retry.ts retries 408/409/429/5xx, connection errors, cut and unparsable bodies with
// backoff and honours Retry-After; the caller's AbortSignal cancels; every failure becomes an
// LlmError with a stable code and a message scrubbed of secrets.
import OpenAI, { AzureOpenAI } from 'openai';
import type { Config } from '../../config.js';
import { LlmError } from '../../pipeline/errors.js';
import { createScrubber } from '../../secrets.js';
import { withLlmRetries, type RetryPolicy } from './retry.js';
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
  >;
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

  const attempt = async (request: LlmRequest, signal: AbortSignal): Promise<LlmReply> => {
    const completion = await client.chat.completions.create(
      {
        model: config.LLM_MODEL,
        messages: request.messages,
        temperature: config.LLM_TEMPERATURE,
        max_tokens: request.maxTokens ?? config.LLM_MAX_OUTPUT_TOKENS,
        ...responseFormat(config.LLM_RESPONSE_FORMAT, request.json),
      },
      { signal },
    );
    const choice = completion.choices?.[0];
    if (!choice) throw new LlmError('LLM_ERROR', 'The LLM API answered without any choice.', { retryable: true });
    return {
      text: choice.message?.content ?? '',
      promptTokens: completion.usage?.prompt_tokens ?? 0,
      completionTokens: completion.usage?.completion_tokens ?? 0,
      ...(choice.finish_reason ? { finishReason: choice.finish_reason } : {}),
    };
  };

  return {
    model: config.LLM_MODEL,
    async complete(request, context) {
      const started = performance.now();
      try {
        const reply = await withLlmRetries(policy, context.signal, (signal) => attempt(request, signal), ({ attempt: n, error, delayMs }) => {
          observe?.({ purpose: request.purpose, outcome: 'retry', durationMs: performance.now() - started });
          logger?.warn({ purpose: request.purpose, attempt: n, code: error.code, err: error.message, delayMs: Math.round(delayMs) }, 'LLM call failed; retrying');
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
