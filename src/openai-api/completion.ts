// Chat Completions objects from a /chat run: the whole `chat.completion`, or the
// `chat.completion.chunk` frames of a stream read off the pipeline's events. A stream shows
// progress first ("- running object-detection with …" as tasks start and end), then the answer
// as it is written, then the produced files, the final chunk and, if asked, the usage.
import { openAiErrorBody } from '../plugins/error-handler.js';
import type { ChatResult, PipelineEvent } from '../pipeline/events.js';
import type { ErrorCode } from '../pipeline/errors.js';
import { completionText, createLinkRewriter, filesMarkdown } from './answer.js';

export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
  baseUrl: string;
}

export function toUsage(usage: ChatResult['usage']) {
  return { prompt_tokens: usage.promptTokens, completion_tokens: usage.completionTokens, total_tokens: usage.promptTokens + usage.completionTokens };
}

export function completion(result: ChatResult, meta: CompletionMeta) {
  return {
    id: meta.id,
    object: 'chat.completion' as const,
    created: meta.created,
    model: meta.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant' as const, content: completionText(result.answer, result.results, meta.baseUrl), refusal: null },
        logprobs: null,
        finish_reason: 'stop' as const,
      },
    ],
    usage: toUsage(result.usage),
  };
}

const seconds = (ms: number | null) => `${((ms ?? 0) / 1000).toFixed(1)} s`;

/** The short line a task event shows in the stream, if any. */
function progressLine(event: PipelineEvent): string | undefined {
  if (event.type === 'task-start') return `- running ${event.task} with ${event.model}…\n`;
  if (event.type !== 'task-end') return undefined;
  const { task, status, error, durationMs } = event.result;
  if (status === 'succeeded') return `- ${task} done in ${seconds(durationMs)}\n`;
  return `- ${task} ${status}: ${error?.message ?? 'no reason given'}\n`;
}

/** The data of every SSE frame of a streamed completion, `[DONE]` last. */
export async function* completionChunks(events: AsyncIterable<PipelineEvent>, meta: CompletionMeta, options: { includeUsage: boolean }): AsyncGenerator<unknown> {
  const chunk = (delta: Record<string, unknown>, finish: 'stop' | null = null) => ({
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const links = createLinkRewriter(meta.baseUrl);
  let progressShown = false;
  let answering = false;

  yield chunk({ role: 'assistant', content: '' });
  for await (const event of events) {
    const line = progressLine(event);
    if (line) {
      progressShown = true;
      yield chunk({ content: line });
    } else if (event.type === 'answer-delta') {
      const separator = progressShown && !answering ? '\n' : '';
      answering = true;
      const text = separator + links.push(event.text);
      if (text) yield chunk({ content: text });
    } else if (event.type === 'done') {
      const tail = links.flush() + filesMarkdown(event.result.results, meta.baseUrl);
      if (tail) yield chunk({ content: tail });
      yield chunk({}, 'stop');
      if (options.includeUsage) yield { id: meta.id, object: 'chat.completion.chunk', created: meta.created, model: meta.model, choices: [], usage: toUsage(event.result.usage) };
    } else if (event.type === 'error') {
      yield openAiErrorBody(event.code as ErrorCode, event.message);
    }
  }
  yield '[DONE]';
}
