// Token budgets. Controllers may be any OpenAI-compatible model with its own tokenizer, so counts
// are estimates: about 3.5 characters a token (conservative for English; other scripts are
// usually denser, hence the margin in budgetFor), plus a per-message overhead.
import { truncate } from '../../registry/describe.js';
import type { LlmMessage } from './client.js';

const CHARS_PER_TOKEN = 3.5;
const MESSAGE_OVERHEAD = 4;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export function estimateMessages(messages: LlmMessage[]): number {
  return messages.reduce((sum, message) => sum + MESSAGE_OVERHEAD + estimateTokens(message.content), 3);
}

/** Tokens left for the prompt once the answer is reserved, with a 10 % safety margin. */
export function budgetFor(contextTokens: number, outputTokens: number): number {
  return Math.floor((contextTokens - outputTokens) * 0.9);
}

/** Shortens a text to roughly `tokens` tokens. */
export function clip(text: string, tokens: number): string {
  return truncate(text, Math.max(0, Math.floor(tokens * CHARS_PER_TOKEN)));
}
