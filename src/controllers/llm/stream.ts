// Reading a streamed chat completion: the text as it comes (each piece to `onDelta`), the finish
// reason and the usage from the last chunks. The `openai` package's stream ends quietly when its
// signal aborts and when the connection closes cleanly before `[DONE]`; here both are failures
// (an attempt timeout, a cut stream), so a half reply is never taken for a whole one. A server
// that ignores `stream: true` and sends one JSON completion is read as such: its text arrives at
// the end, in one piece.
import type OpenAI from 'openai';
import { Stream } from 'openai/core/streaming';
import { LlmError } from '../../pipeline/errors.js';
import type { LlmMessage, LlmReply } from './client.js';
import { estimateMessages, estimateTokens } from './tokens.js';

type Completion = OpenAI.Chat.Completions.ChatCompletion;
type Chunk = OpenAI.Chat.Completions.ChatCompletionChunk;

/** What one streamed attempt has given so far. */
export interface StreamProgress {
  text: string;
  /** True once a piece reached the caller: the attempt can no longer be replaced by another. */
  delivered: boolean;
}

/** A streamed reply that broke after part of it was used; `partial` is the text received. */
export class LlmStreamCutError extends LlmError {
  constructor(
    cause: LlmError,
    readonly partial: string,
  ) {
    super(cause.code as 'LLM_ERROR' | 'LLM_TIMEOUT', `${cause.message} (after ${partial.length} characters of the reply had been used, so it was not retried)`, { cause });
    this.name = 'LlmStreamCutError';
  }
}

export function readCompletion(completion: Completion): LlmReply {
  const choice = completion.choices?.[0];
  if (!choice) throw new LlmError('LLM_ERROR', 'The LLM API answered without any choice.', { retryable: true });
  return {
    text: choice.message?.content ?? '',
    promptTokens: completion.usage?.prompt_tokens ?? 0,
    completionTokens: completion.usage?.completion_tokens ?? 0,
    ...(choice.finish_reason ? { finishReason: choice.finish_reason } : {}),
  };
}

export async function readStream(
  response: Response,
  options: { signal: AbortSignal; onDelta: (text: string) => void; progress: StreamProgress; messages: LlmMessage[] },
): Promise<LlmReply> {
  const { signal, onDelta, progress } = options;
  if (!/text\/event-stream/i.test(response.headers.get('content-type') ?? '')) {
    return readCompletion((await response.json()) as Completion);
  }
  // The stream's own controller: aborting it (our signal did) stops the read.
  const controller = new AbortController();
  const stop = () => controller.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  let finishReason: string | undefined;
  let usage: Chunk['usage'] | undefined;
  try {
    for await (const chunk of Stream.fromSSEResponse<Chunk>(response, controller)) {
      const choice = chunk.choices?.[0];
      const piece = choice?.delta?.content;
      if (piece) {
        progress.text += piece;
        progress.delivered = true;
        onDelta(piece);
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  if (signal.aborted) throw signal.reason;
  if (!finishReason) throw new LlmError('LLM_ERROR', 'The LLM API connection broke before the reply was complete (the stream ended without its last chunk).', { retryable: true });
  return {
    text: progress.text,
    // Servers that do not honour stream_options.include_usage send no usage: counted here instead.
    promptTokens: usage?.prompt_tokens ?? estimateMessages(options.messages),
    completionTokens: usage?.completion_tokens ?? estimateTokens(progress.text),
    finishReason,
  };
}
