// Instruction apart from content. Before any intent is read, find the text the user gives to be
// worked on: quoted text, a pasted block (paragraphs around a short instruction), text after a
// colon that follows an instruction or a label ("Question: …"), and text after a sentence that
// points at it ("Summarize the following text? …"). Intents are never read inside content.
import type { FieldName, Lexicon } from './lexicon/index.js';
import type { Item, Match, Span } from './match.js';
import type { Token } from './text.js';

export interface Content extends Span {
  value: string;
  source: 'quote' | 'block' | 'colon' | 'field' | 'pointer';
  field?: FieldName;
}

const CLOSERS: Record<string, string> = { '"': '"“”', '“': '”"“', '„': '“”', '«': '»', '‘': '’', "'": "'", '’': '’', '`': '`', '```': '```' };
const wordAt = (text: string, at: number) => at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at]!);
const spaceAt = (text: string, at: number) => at >= text.length || /\s/.test(text[at]!);

function valueOf(text: string, tokens: readonly Token[], span: Span, strip = 0): string {
  return text.slice(tokens[span.start + strip]!.start, tokens[span.end - 1 - strip]!.end).trim();
}

/** Quoted spans: an opening quote after a non-letter, closed by its partner before a non-letter. */
export function findQuotes(text: string, tokens: readonly Token[]): Content[] {
  const found: Content[] = [];
  let open = -1;
  tokens.forEach((token, index) => {
    if (token.type !== 'quote') return;
    // French quotes take spaces inside, and a fence a line break.
    const french = token.norm === '«' || token.norm === '»' || token.norm === '```';
    if (open >= 0 && CLOSERS[tokens[open]!.norm]!.includes(token.norm) && (french || !spaceAt(text, token.start - 1)) && !wordAt(text, token.end)) {
      const span = { start: open, end: index + 1 };
      const inner = tokens.slice(open + 1, index);
      open = -1;
      // A quoted file name is the file ('example.jpg'), not text.
      if (inner.length === 0 || (inner.length === 1 && inner[0]!.type === 'resource')) return;
      found.push({ ...span, value: valueOf(text, tokens, span, 1), source: 'quote' });
    } else if (open < 0 && !wordAt(text, token.start - 1) && (french || !spaceAt(text, token.end))) open = index;
  });
  return found;
}

const isCue = (match: Match) => match.cues.some((cue) => cue.type === 'say' || cue.type === 'make');
const isRef = (match: Match, ref: string) => match.cues.some((cue) => cue.type === 'ref' && cue.ref === ref);
const QUESTION_INTENTS = new Set(['question', 'vqa', 'docqa', 'qa']);

/** Counts of flagged items over any range in constant time. */
function counter(flags: readonly boolean[]): (from: number, to: number) => number {
  const sums = new Int32Array(flags.length + 1);
  for (let i = 0; i < flags.length; i++) sums[i + 1] = sums[i]! + (flags[i] ? 1 : 0);
  return (from, to) => {
    const a = Math.max(0, Math.min(from, flags.length));
    const b = Math.max(a, Math.min(to, flags.length));
    return sums[b]! - sums[a]!;
  };
}

interface Reader {
  text: string;
  tokens: readonly Token[];
  items: readonly Item[];
  found: Content[];
  taken: boolean[];
  cues: (from: number, to: number) => number;
  words: (from: number, to: number) => number;
  pointers: (from: number, to: number) => number;
}

/** Adds the items [from, to) as content, unless empty or overlapping content already found. */
function take(reader: Reader, from: number, to: number, source: Content['source'], field?: FieldName): void {
  const { items, tokens, text } = reader;
  while (from < to && (items[from]!.type === 'boundary' || items[from]!.type === 'dash')) from++;
  // The text keeps its own final punctuation; line breaks and a colon after it are not part of it.
  while (to > from && items[to - 1]!.type === 'boundary' && !'?.!;…'.includes(items[to - 1]!.norm)) to--;
  if (to <= from || reader.taken[from] || reader.taken[to - 1]) return;
  if (to - from === 1 && items[from]!.type === 'content') return;
  const last = items[to - 1]!;
  const endToken = last.type === 'content' ? reader.found[last.content!]!.end : last.token + 1;
  const span = { start: items[from]!.token, end: endToken };
  let value = valueOf(text, tokens, span);
  if (value.length > 1 && CLOSERS[value[0]!]?.includes(value.at(-1)!)) value = value.slice(1, -1).trim();
  reader.found.push({ ...span, value, source, ...(field ? { field } : {}) });
  for (let i = from; i < to; i++) reader.taken[i] = true;
}

/** Paragraphs around a short instruction paragraph (first or last) are pasted content. */
function pastedBlocks(reader: Reader): void {
  const { items } = reader;
  const paragraphs: Span[] = [];
  let start = 0;
  items.forEach((item, index) => {
    if (item.type === 'boundary' && item.norm === 'para') {
      if (index > start) paragraphs.push({ start, end: index });
      start = index + 1;
    }
  });
  if (start < items.length) paragraphs.push({ start, end: items.length });
  if (paragraphs.length < 2) return;
  const cue = (p: Span) => reader.cues(p.start, p.end) > 0;
  const instruction = (p: Span, limit: number) => reader.words(p.start, p.end) <= limit && (cue(p) || items[p.end - 1]!.norm === ':' || items[p.end - 1]!.norm === '?');
  // Text that mentions tasks can look like an instruction: the paragraph that points at the other ("this email") asks.
  const final = paragraphs.at(-1)!;
  const opening = paragraphs[0]!;
  const introduces = items[opening.end - 1]!.norm === ':';
  if (paragraphs.length === 2 && !introduces && instruction(opening, 60) && instruction(final, 60) && reader.pointers(final.start, final.end) > 0 && reader.pointers(opening.start, opening.end) === 0) {
    take(reader, opening.start, opening.end, 'block');
    return;
  }
  let first = instruction(paragraphs[0]!, 60) ? 1 : 0;
  let last = paragraphs.length;
  if (last > 1 && instruction(final, 60) && items[final.end - 1]!.norm !== ':') last -= 1;
  if (first === 0 && last === paragraphs.length) return;
  while (first < last && instruction(paragraphs[first]!, 25) && cue(paragraphs[first]!)) first++;
  while (last > first && instruction(paragraphs[last - 1]!, 25) && cue(paragraphs[last - 1]!)) last--;
  if (first < last) take(reader, paragraphs[first]!.start, paragraphs[last - 1]!.end, 'block');
}

/** Text after a colon that ends a label ("Question:") or an instruction ("Translate to Spanish:"). */
function afterColons(reader: Reader, matches: readonly Match[]): void {
  const { items } = reader;
  const fieldEnding = new Map<number, FieldName>();
  const fieldLines = new Set<number>();
  const thenStarts = new Set<number>();
  const pointerFlags = items.map(() => false);
  const questionFlags = items.map(() => false);
  for (const match of matches) {
    for (const cue of match.cues) {
      if (cue.type === 'field') {
        fieldEnding.set(match.end, cue.field);
        if (items[match.end]?.norm === ':' && (match.start === 0 || items[match.start - 1]!.type === 'boundary')) fieldLines.add(match.start);
      }
      if (cue.type === 'then') thenStarts.add(match.start);
      if (cue.type === 'say' && QUESTION_INTENTS.has(cue.intent)) questionFlags[match.start] = true;
    }
    if (isRef(match, 'pointer')) pointerFlags[match.start] = true;
  }
  const pointerCount = counter(pointerFlags);
  const questionCount = counter(questionFlags);
  const lineEnd = (at: number, stopAt: string) => {
    let end = at;
    while (end < items.length && !reader.taken[end] && !(items[end]!.type === 'boundary' && (items[end]!.norm === 'line' || items[end]!.norm === 'para' || stopAt.includes(items[end]!.norm)))) end++;
    return end < items.length && items[end]!.norm === '?' ? end + 1 : end;
  };
  const restEnd = (at: number, question: boolean) => {
    let end = at;
    for (; end < items.length && !reader.taken[end]; end++) {
      if (question && items[end]!.norm === '?') return end + 1;
      const sentenceStart = end > at && items[end - 1]!.type === 'boundary';
      if (sentenceStart && (fieldLines.has(end) || (thenStarts.has(end) && reader.cues(end, end + 4) > 0))) return end;
    }
    return end;
  };
  // "My question is, 'What …?'": a label before a quote, without the colon.
  for (const [end, field] of fieldEnding) {
    const after = items[end]?.type === 'word' && ['is', 'are'].includes(items[end]!.raw) ? end + 1 : end;
    if ((items[after]?.type === 'comma' || items[after]?.type === 'dash') && items[after + 1]?.type === 'content') reader.found[items[after + 1]!.content!]!.field ??= field;
  }
  let sentence = 0;
  for (let colon = 0; colon < items.length; colon++) {
    const item = items[colon]!;
    if (item.type !== 'boundary' || reader.taken[colon]) continue;
    if (item.norm !== ':') {
      sentence = colon + 1;
      continue;
    }
    const from = colon + 1;
    // "Question:", "My question is:".
    const copula = items[colon - 1]?.type === 'word' && ['is', 'are', 'es', 'est', 'ist', 'e'].includes(items[colon - 1]!.raw);
    const field = fieldEnding.get(colon) ?? (copula ? fieldEnding.get(colon - 1) : undefined);
    if (field && items[from]?.type === 'content') {
      // "First sentence: 'The invoice was paid.'": the quote is the field's value.
      reader.found[items[from]!.content!]!.field = field;
    } else if (field) {
      const atLineEnd = items[from]?.type === 'boundary';
      take(reader, from, atLineEnd ? restEnd(from, false) : lineEnd(from, field === 'labels' ? '.:' : field === 'question' ? '?' : ''), 'field', field);
    } else if ((reader.cues(sentence, colon) > 0 || (pointerCount(sentence, colon) > 0 && items[from]?.type !== 'boundary' && reader.cues(from, from + 2) === 0)) && items[from]?.type !== 'content') {
      take(reader, from, restEnd(from, questionCount(sentence, colon) > 0), 'colon');
    }
    sentence = colon + 1;
  }
}

/** "Summarize the following text? <text>": the rest of the paragraph after a pointing sentence. */
function afterPointers(reader: Reader, matches: readonly Match[], lexicon: Lexicon): void {
  const { items } = reader;
  const resources = counter(items.map((item) => item.type === 'resource' || item.type === 'content'));
  const nextBoundary: number[] = new Array(items.length + 1).fill(items.length);
  const nextPara: number[] = new Array(items.length + 1).fill(items.length);
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    nextBoundary[i] = item.type === 'boundary' ? i : nextBoundary[i + 1]!;
    nextPara[i] = item.norm === 'para' ? i : nextPara[i + 1]!;
  }
  const thenAt = new Set(matches.filter((match) => match.cues.some((cue) => cue.type === 'then' || cue.type === 'and')).map((match) => match.start));
  for (const match of matches) {
    if (!isRef(match, 'pointer') || reader.taken[match.start]) continue;
    const next = items[match.end];
    if (next?.type === 'word' && lexicon.nouns.has(next.norm) && lexicon.nouns.get(next.norm) !== 'text') continue;
    const end = nextBoundary[match.start]!;
    if (end >= items.length || !'?.!'.includes(items[end]!.norm) || reader.cues(match.start - 8, end) === 0) continue;
    const stop = nextPara[end + 1]!;
    // The rest is content unless it reads as the next instruction: it opens with a verb of the lexicon or "then".
    const opening = items.slice(end + 1, Math.min(stop, end + 3));
    const instruction = opening.some((item, i) => reader.cues(end + 1 + i, end + 2 + i) > 0 || thenAt.has(end + 1 + i));
    if (reader.words(end + 1, stop) >= 5 && resources(end + 1, stop) === 0 && !instruction) take(reader, end + 1, stop, 'pointer');
  }
}

/** The content spans beyond quotes, found from the phrases matched on the quote-free items. */
export function findContent(text: string, tokens: readonly Token[], quotes: Content[], items: readonly Item[], matches: readonly Match[], lexicon: Lexicon): Content[] {
  const cueFlags = items.map(() => false);
  const pointerFlags = items.map(() => false);
  for (const match of matches) {
    if (isCue(match)) cueFlags[match.start] = true;
    if (isRef(match, 'pointer')) pointerFlags[match.start] = true;
  }
  const reader: Reader = {
    text,
    tokens,
    items,
    found: [...quotes],
    taken: items.map(() => false),
    cues: counter(cueFlags),
    words: counter(items.map((item) => item.type === 'word')),
    pointers: counter(pointerFlags),
  };
  pastedBlocks(reader);
  if (items.some((item) => item.norm === ':')) afterColons(reader, matches);
  if (pointerFlags.includes(true)) afterPointers(reader, matches, lexicon);
  // Spans found later may hold quotes found first: keep the outer one.
  const all = reader.found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Content[] = [];
  for (const span of all) if (!kept.length || span.start >= kept.at(-1)!.end) kept.push(span);
  return kept;
}
