// /chat as an event stream: the four stages emit their events into `stream`, which then ends
// with `done` (the full /chat result) or `error` (a stable code and message). Never throws, so
// a view that has already started answering (SSE, an OpenAI stream, a background job) only
// ever sees a well-formed end; the error is also returned for the caller's log.
import { AppError, cancellation, isAbortError } from './errors.js';
import type { ErrorEvent } from './events.js';
import type { EventStream } from './event-stream.js';
import type { PipelineDeps } from './deps.js';
import { runChat, type ChatInput } from './run-chat.js';
import type { CallContext } from './types.js';
import type { UsageTracker } from './usage.js';

export async function streamChat(
  input: ChatInput,
  deps: PipelineDeps,
  context: CallContext & { usage: UsageTracker },
  stream: EventStream,
): Promise<{ error?: unknown }> {
  try {
    const output = await runChat(input, deps, { ...context, events: stream });
    stream.emit({ type: 'done', result: { ...output, usage: context.usage.total() } });
    return {};
  } catch (error) {
    stream.emit(errorEvent(error, context.signal));
    return { error };
  }
}

export function errorEvent(error: unknown, signal: AbortSignal | undefined): ErrorEvent {
  const known = error instanceof AppError ? error : signal?.aborted || isAbortError(error) ? cancellation(signal) : undefined;
  if (!known) return { type: 'error', code: 'INTERNAL', message: 'Internal error; the request id in the logs identifies it.' };
  return { type: 'error', code: known.code, message: known.message, ...(known.details !== undefined ? { details: known.details } : {}) };
}
