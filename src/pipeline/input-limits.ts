// Size caps on what a caller writes: the request, the conversation, the request hint and the text
// arguments of a plan. Checked before any work (planning is linear in the text, prompts and
// token counts are not free), and answered 413 INPUT_TOO_LARGE naming the limit.
import { TASK_TYPES } from '../registry/task-types.js';
import { AppError } from './errors.js';
import type { ChatMessage, Task } from './types.js';

export interface InputLimits {
  /** The request, one message, the request hint, one text argument (MAX_REQUEST_CHARS). */
  maxRequestChars: number;
  /** All messages together (MAX_CONVERSATION_CHARS). */
  maxConversationChars: number;
  /** MAX_CONVERSATION_MESSAGES. */
  maxConversationMessages: number;
}

const count = (value: number) => value.toLocaleString('en-US');

function tooLarge(what: string, size: number, limit: number, variable: string, unit = 'characters'): AppError {
  return new AppError('INPUT_TOO_LARGE', `${what} has ${count(size)} ${unit}; at most ${count(limit)} are accepted (${variable}). Shorten it, or send long content as a file.`, {
    details: { limit, size, variable },
  });
}

export function checkConversation(messages: ChatMessage[], limits: InputLimits | undefined): void {
  if (!limits) return;
  if (messages.length > limits.maxConversationMessages) {
    throw tooLarge('The conversation', messages.length, limits.maxConversationMessages, 'MAX_CONVERSATION_MESSAGES', 'messages');
  }
  let total = 0;
  for (const [index, message] of messages.entries()) {
    const what = messages.length === 1 ? 'The request' : `Message ${index}`;
    if (message.content.length > limits.maxRequestChars) throw tooLarge(what, message.content.length, limits.maxRequestChars, 'MAX_REQUEST_CHARS');
    total += message.content.length;
  }
  if (total > limits.maxConversationChars) throw tooLarge('The conversation', total, limits.maxConversationChars, 'MAX_CONVERSATION_CHARS');
}

/** The request hint and the text arguments of a plan (resources such as data: URIs have their own byte cap). */
export function checkPlanText(request: string, tasks: Task[], limits: InputLimits | undefined): void {
  if (!limits) return;
  if (request.length > limits.maxRequestChars) throw tooLarge('The request', request.length, limits.maxRequestChars, 'MAX_REQUEST_CHARS');
  for (const task of tasks) {
    for (const [name, value] of Object.entries(task.args)) {
      const kind = TASK_TYPES[task.task]?.args[name]?.kind ?? 'text';
      if (kind === 'text' && value.length > limits.maxRequestChars) {
        throw tooLarge(`Argument "${name}" of task ${task.id}`, value.length, limits.maxRequestChars, 'MAX_REQUEST_CHARS');
      }
    }
  }
}
