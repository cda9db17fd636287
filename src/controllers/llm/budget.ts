// Fitting prompts into the model's context: the fixed parts first, then the most useful optional
// parts while they fit (the most recent chat turns, then demonstrations).
import { AppError } from '../../pipeline/errors.js';
import type { ChatMessage } from '../../pipeline/types.js';
import type { LlmMessage } from './client.js';
import { estimateMessages, estimateTokens } from './tokens.js';

/** The chat history as text, keeping the most recent turns that fit in `tokens`. */
export function fitHistory(history: ChatMessage[], tokens: number): string {
  const lines: string[] = [];
  let used = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const line = `${history[i]!.role}: ${history[i]!.content.replace(/\s+/g, ' ').trim()}`;
    const cost = estimateTokens(line) + 1;
    if (used + cost > tokens) break;
    lines.unshift(line);
    used += cost;
  }
  return lines.join('\n');
}

/**
 * Builds system + demonstrations + final user message within `budget` tokens. Demonstrations
 * are dropped from the last one first; the history shrinks before any demonstration is dropped.
 */
export function fitPlanPrompt(options: {
  system: string;
  demos: LlmMessage[];
  history: ChatMessage[];
  userMessage: (history: string) => string;
  budget: number;
}): LlmMessage[] {
  const { system, demos, history, userMessage, budget } = options;
  const bare = [{ role: 'system' as const, content: system }, { role: 'user' as const, content: userMessage('') }];
  if (estimateMessages(bare) > budget) {
    throw new AppError('REQUEST_TOO_LONG', `The request is too long for the controller model (about ${estimateMessages(bare)} tokens, budget ${budget}). Shorten it, or use a model with a larger LLM_CONTEXT_TOKENS.`);
  }
  for (let keep = demos.length; keep >= 0; keep -= 2) {
    const kept = demos.slice(0, keep);
    const fixed = estimateMessages([...bare, ...kept]);
    if (fixed > budget) continue;
    const text = fitHistory(history, budget - fixed);
    return [{ role: 'system', content: system }, ...kept, { role: 'user', content: userMessage(text) }];
  }
  return bare;
}
