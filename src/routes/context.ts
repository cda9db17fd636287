// Per-request plumbing shared by the pipeline routes: the conversation from the body, the plan
// from the body, and a context whose signal aborts when the client goes away, the request's
// time budget (REQUEST_TIMEOUT_MS) runs out, or shutdown gives up on it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, InvalidPlanError } from '../pipeline/errors.js';
import { linkSignals } from '../pipeline/signals.js';
import { validatePlan } from '../pipeline/task-graph.js';
import type { CallContext, ChatMessage, Task } from '../pipeline/types.js';
import { createUsageTracker, type UsageTracker } from '../pipeline/usage.js';

export function conversationOf(body: { request?: string; messages?: ChatMessage[] }): ChatMessage[] {
  if (body.request !== undefined && body.messages !== undefined) {
    throw new AppError('VALIDATION_FAILED', 'Give either "request" or "messages", not both.');
  }
  if (body.request !== undefined) return [{ role: 'user', content: body.request }];
  if (!body.messages) throw new AppError('VALIDATION_FAILED', 'Give "request" (a string) or "messages" (the chat so far, ending with the user\'s message).');
  if (body.messages.at(-1)!.role !== 'user') {
    throw new AppError('VALIDATION_FAILED', 'The last message must have role "user": it is the request to fulfil.');
  }
  return body.messages;
}

export function planOf(tasks: unknown, maxTasks: number): Task[] {
  const check = validatePlan(tasks, { maxTasks });
  if (!check.ok) throw new InvalidPlanError(check.problems);
  return check.tasks;
}

export function requestContext(request: FastifyRequest, reply: FastifyReply, timeoutMs: number): CallContext & { usage: UsageTracker } {
  const disconnected = new AbortController();
  // Not AbortSignal.any: the link and its timer are released when the response closes (see signals.ts).
  // Pipeline routes also hold a signal the shutdown aborts when its grace period is over.
  const link = linkSignals([disconnected.signal, request.pipelineSignal], { timeoutMs });
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) disconnected.abort(new Error('client disconnected'));
    link.dispose();
  });
  request.log.debug({ timeoutMs }, 'pipeline request');
  return { signal: link.signal, usage: createUsageTracker() };
}
