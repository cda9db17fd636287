// The one path to the chat API: an OpenAI-compatible server (OpenAI, Azure OpenAI, Ollama, vLLM,
// llama.cpp, TGI) through the `openai` package. Each attempt has a timeout; the package retries
// 408/409/429/5xx and connection errors with backoff and honours Retry-After; the caller's
// AbortSignal cancels; every failure becomes an LlmError with a stable code.
import OpenAI, { AzureOpenAI } from 'openai';
import type { Config } from '../../config.js';
import { AbortedError, AppError, LlmError, cancellation } from '../../pipeline/errors.js';
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
}

export interface LlmClient {
  readonly model: string;
  complete(request: LlmRequest, context: CallContext): Promise<LlmReply>;
}

export type LlmCallObserver = (event: { purpose: LlmPurpose; outcome: 'ok' | 'error'; reply?: LlmReply; durationMs: number }) => void;

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
  >;
  observe?: LlmCallObserver;
  fetch?: typeof fetch;
}

export function createLlmClient({ config, observe, fetch }: LlmClientOptions): LlmClient {
  const common = {
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    ...(fetch ? { fetch } : {}),
  };
  const client =
    config.LLM_API === 'azure'
      ? new AzureOpenAI({ ...common, endpoint: config.OPENAI_BASE_URL, apiVersion: config.AZURE_OPENAI_API_VERSION, deployment: config.LLM_MODEL })
      : new OpenAI({ ...common, baseURL: config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1' });

  return {
    model: config.LLM_MODEL,
    async complete(request, context) {
      const started = performance.now();
      try {
        const completion = await client.chat.completions.create(
          {
            model: config.LLM_MODEL,
            messages: request.messages,
            temperature: config.LLM_TEMPERATURE,
            max_tokens: request.maxTokens ?? config.LLM_MAX_OUTPUT_TOKENS,
            ...responseFormat(config.LLM_RESPONSE_FORMAT, request.json),
          },
          { signal: context.signal },
        );
        const reply: LlmReply = {
          text: completion.choices[0]?.message?.content ?? '',
          promptTokens: completion.usage?.prompt_tokens ?? 0,
          completionTokens: completion.usage?.completion_tokens ?? 0,
        };
        context.usage?.record(request.purpose, reply);
        observe?.({ purpose: request.purpose, outcome: 'ok', reply, durationMs: performance.now() - started });
        if (!completion.choices[0]) throw new LlmError('LLM_ERROR', 'The LLM API answered without any choice.');
        return reply;
      } catch (error) {
        if (!(error instanceof LlmError)) observe?.({ purpose: request.purpose, outcome: 'error', durationMs: performance.now() - started });
        throw toLlmError(error, context.signal);
      }
    },
  };
}

function responseFormat(format: Config['LLM_RESPONSE_FORMAT'], json: LlmRequest['json']) {
  if (!json || format === 'none') return {};
  if (format === 'json_object') return { response_format: { type: 'json_object' as const } };
  return { response_format: { type: 'json_schema' as const, json_schema: { name: json.name, schema: json.schema, strict: true } } };
}

function toLlmError(error: unknown, signal: AbortSignal | undefined): Error {
  if (error instanceof LlmError || error instanceof AbortedError || error instanceof AppError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return cancellation(signal);
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmError('LLM_TIMEOUT', 'The LLM API did not answer in time (LLM_TIMEOUT_MS), even after retries.', { cause: error, retryable: true });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new LlmError('LLM_ERROR', `Could not reach the LLM API: ${error.message}. Check OPENAI_BASE_URL.`, { cause: error, retryable: true });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status;
    const hint =
      status === 401 || status === 403
        ? 'the API rejected the credentials; check OPENAI_API_KEY'
        : status === 404
          ? 'the model or URL was not found; check LLM_MODEL and OPENAI_BASE_URL'
          : status === 429
            ? 'rate limited, even after retries'
            : `upstream error: ${error.message}`;
    return new LlmError('LLM_ERROR', `The LLM API failed (HTTP ${status ?? '?'}): ${hint}.`, { cause: error, status, retryable: status === 429 || (status ?? 0) >= 500 });
  }
  return new LlmError('LLM_ERROR', `The LLM call failed: ${(error as Error).message}`, { cause: error });
}
