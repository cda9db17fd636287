// Token budgets, counted with gpt-tokenizer (o200k_base, the GPT-4o family's encoding). Dividing
// characters by 3.5 undercounted Chinese and Japanese about 2.5–3.5×, so CJK prompts overflowed the
// context. Controllers may be any OpenAI-compatible model with its own tokenizer, so budgetFor
// keeps a 10 % margin. Kept fast for 100 KB inputs: long texts are sampled, long runs broken,
// and counts memoised, so a prompt trimmed in several rounds counts each long part once.
import { createRequire } from 'node:module';
import { truncate } from '../../registry/describe.js';
import type { LlmMessage } from './client.js';

type Encoding = typeof import('gpt-tokenizer/encoding/o200k_base');

/** Its merge cache holds up to 100 000 words by default; a service sees too many distinct words. */
const MERGE_CACHE_SIZE = 10_000;
let encoding: Encoding | undefined;

/** The encoding's tables take about 20 MB of heap: loaded on first use, so the rule-based controller never pays for them. */
function tokenizer(): Encoding {
  if (!encoding) {
    encoding = createRequire(import.meta.url)('gpt-tokenizer/cjs/encoding/o200k_base') as Encoding;
    encoding.setMergeCacheSize(MERGE_CACHE_SIZE);
  }
  return encoding;
}

/** Loads the tables now (about 1–2 s, once) rather than during the first request. */
export function warmTokenizer(): void {
  tokenizer();
}

/**
 * BPE merging is quadratic in the length of one pre-tokenized piece, and a run of CJK characters
 * without punctuation is one piece: 4 000 such characters took 230 ms, 33 000 took 8 s. Long runs
 * are broken every 32 characters, which adds at most one token per break (an overestimate).
 */
const breakLongRuns = (text: string): string => text.replace(/[^\s\p{P}]{32}/gu, '$& ');

/** Exact up to this many characters; longer texts are estimated from evenly spaced samples. */
const EXACT_MAX_CHARS = 8192;
const SAMPLES = 8;
const SAMPLE_CHARS = 512;

function countTokens(text: string): number {
  const safe = breakLongRuns(text);
  const { countTokens: count } = tokenizer();
  if (safe.length <= EXACT_MAX_CHARS) return count(safe);
  // A budget needs the size, not the exact figure (budgetFor keeps a 10 % margin): 4 KB of samples
  // give the script's tokens per character in a few ms, where counting 100 KB cold took 0.5 s.
  let chars = 0;
  let tokens = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const start = Math.floor(((safe.length - SAMPLE_CHARS) * i) / (SAMPLES - 1));
    const sample = safe.slice(start, start + SAMPLE_CHARS);
    chars += sample.length;
    tokens += count(sample);
  }
  return Math.ceil((tokens / chars) * safe.length * 1.05);
}

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

/** Tokens average about 4 characters in English and 1 in CJK: only this much of a long text is encoded. */
const MAX_CHARS_PER_TOKEN = 6;

/** Shortens a text to at most `tokens` tokens, at a sentence or word boundary, marked with "…". */
export function clip(text: string, tokens: number): string {
  const limit = Math.max(0, Math.floor(tokens));
  if (text.length * 4 <= limit) return text; // a character is at most 4 bytes, so at most 4 tokens
  const head = text.slice(0, limit * MAX_CHARS_PER_TOKEN + 1);
  const broken = breakLongRuns(head);
  const encoded = tokenizer().encode(broken);
  if (encoded.length <= limit && head.length === text.length) return text;
  // Room for the ellipsis; the cut itself lands on a boundary inside these characters (scaled back
  // from the text with its long runs broken).
  const decoded = tokenizer().decode(encoded.slice(0, Math.max(0, limit - 1))).length;
  return truncate(text, Math.floor((decoded * head.length) / broken.length));
}
