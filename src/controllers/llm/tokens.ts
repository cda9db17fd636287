// Token budgets, counted with gpt-tokenizer (o200k_base, the GPT-4o family's encoding). Dividing
// characters by 3.5 undercounted Chinese and Japanese about 2.5–3.5×, so CJK prompts overflowed the
// context. Controllers may be any OpenAI-compatible model with its own tokenizer, so budgetFor
// keeps a 10 % margin. Counting 100 KB takes some 20–40 ms: counts are memoised, so a prompt
// trimmed in several rounds encodes each long part once.
import { countTokens, decode, encode } from 'gpt-tokenizer';
import { truncate } from '../../registry/describe.js';
import type { LlmMessage } from './client.js';

const MESSAGE_OVERHEAD = 4;
/** Texts shorter than this are cheaper to count again than to look up. */
const MEMO_MIN_LENGTH = 256;
const MEMO_SIZE = 512;
const memo = new Map<string, number>();

export function estimateTokens(text: string): number {
  if (text.length < MEMO_MIN_LENGTH) return countTokens(text);
  const known = memo.get(text);
  if (known !== undefined) return known;
  const count = countTokens(text);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(text, count);
  return count;
}

export function estimateMessages(messages: LlmMessage[]): number {
  return messages.reduce((sum, message) => sum + MESSAGE_OVERHEAD + estimateTokens(message.content), 3);
}

/** Tokens left for the prompt once the answer is reserved, with a 10 % safety margin. */
export function budgetFor(contextTokens: number, outputTokens: number): number {
  return Math.floor((contextTokens - outputTokens) * 0.9);
}

/** A token is rarely longer than this many characters: only this much of a long text is encoded. */
const MAX_CHARS_PER_TOKEN = 16;

/** Shortens a text to at most `tokens` tokens, at a sentence or word boundary, marked with "…". */
export function clip(text: string, tokens: number): string {
  const limit = Math.max(0, Math.floor(tokens));
  if (text.length * 4 <= limit) return text; // a character is at most 4 bytes, so at most 4 tokens
  const head = text.slice(0, limit * MAX_CHARS_PER_TOKEN + 1);
  const encoded = encode(head);
  if (encoded.length <= limit && head.length === text.length) return text;
  // Room for the ellipsis; the cut itself lands on a boundary inside these characters.
  const chars = decode(encoded.slice(0, Math.max(0, limit - 1))).length;
  return truncate(text, chars);
}
