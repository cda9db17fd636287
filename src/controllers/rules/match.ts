// The instruction as a stream of items (normalised words, resources, one item per piece of
// content, boundaries), and the lexicon's phrases found in it: at each position the longest
// phrase of the trie, left to right. Gaps (`...`) span at most six items, so each position costs
// a bounded amount of work: matching is linear in the request's length.
import type { Cue, Lexicon, TrieNode } from './lexicon/index.js';
import type { Token } from './text.js';

export interface Span {
  /** Token range [start, end). */
  start: number;
  end: number;
}

export interface Item {
  type: 'word' | 'resource' | 'content' | 'comma' | 'dash' | 'boundary';
  /** The token (for content: the first token of the content). */
  token: number;
  /** Words: the normalised form. Boundaries: ".", "?", "!", ";", ":", "line" or "para". */
  norm: string;
  /** Words: lower case, accents folded, before normalisation. */
  raw: string;
  /** Content: its index. */
  content?: number;
  /** Words naming a language: its ISO code. */
  lang?: string;
  /** The word was read as a cue word one letter away (a typo). */
  fuzzy: boolean;
}

export interface Match {
  /** Item range [start, end). */
  start: number;
  end: number;
  cues: Cue[];
  /** Items that spell the phrase (not those skipped by a gap). */
  literal: number[];
  fuzzy: boolean;
}

const GAP = 8;
const SHORT_GAP = 3;
const BOUNDARY_PUNCT = new Set(['.', '?', '!', ';', ':', '…']);

/** Items of the tokens, each content span collapsed into one item. */
const item = (type: Item['type'], token: number, norm: string, raw = '', content?: number, lang?: string): Item => ({ type, token, norm, raw, content, lang, fuzzy: false });

export function buildItems(tokens: readonly Token[], contents: readonly Span[], lexicon: Lexicon): Item[] {
  const startsAt = new Map<number, number>();
  contents.forEach((span, index) => startsAt.set(span.start, index));
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const content = startsAt.get(i);
    if (content !== undefined) {
      items.push(item('content', i, '#content', '', content));
      i = contents[content]!.end - 1;
      continue;
    }
    const token = tokens[i]!;
    if (token.type === 'word') {
      const next = tokens[i + 1];
      // "1." or "2)" opening a list item ends the previous step.
      if (next?.type === 'punct' && token.norm.length <= 2 && token.norm >= '0' && token.norm <= '99' && /^\d+$/.test(token.norm)) {
        const lineStart = i === 0 || tokens[i - 1]!.type === 'break' || tokens[i - 1]!.norm === ':';
        if (next.norm === ')' || (next.norm === '.' && lineStart)) {
          items.push(item('boundary', i, '.'));
          i++;
          continue;
        }
      }
      const spelled = lexicon.spellings.get(token.norm);
      if (spelled) for (const word of spelled) items.push(item('word', i, lexicon.stem(word), token.norm, undefined, lexicon.languages.get(lexicon.stem(word))));
      else {
        const norm = lexicon.stem(token.norm);
        items.push(item('word', i, norm, token.norm, undefined, lexicon.languages.get(norm)));
      }
    } else if (token.type === 'resource') items.push(item('resource', i, '#resource', token.norm));
    else if (token.type === 'break') items.push(item('boundary', i, token.norm));
    else if (token.type === 'punct') {
      if (BOUNDARY_PUNCT.has(token.norm)) items.push(item('boundary', i, token.norm));
      else if (token.norm === ',') items.push(item('comma', i, ','));
      else if (token.norm === '—' || token.norm === '–' || token.norm === '-') {
        const long = token.end - token.start >= 3;
        items.push(item(long ? 'boundary' : 'dash', i, long ? 'para' : '—'));
      }
    }
  }
  return items;
}

/**
 * Corrects words one letter away from a cue word ("detct" → "detect") in sentences where no phrase
 * asks for anything (a real word such as "remote" is left alone where a request was understood),
 * for the first `budget` unknown words. Returns whether it changed any.
 */
export function fixTypos(items: Item[], matches: readonly Match[], lexicon: Lexicon, budget = 300): boolean {
  const asking = new Set<number>();
  let sentence = 0;
  const sentenceOf = items.map((item) => (item.type === 'boundary' ? sentence++ : sentence));
  for (const match of matches) if (match.cues.some((cue) => cue.type === 'say' || cue.type === 'make')) asking.add(sentenceOf[match.start]!);
  let changed = false;
  for (const [at, item] of items.entries()) {
    if (budget <= 0) break;
    if (item.type !== 'word' || item.raw.length < 5 || item.raw.length > 20 || asking.has(sentenceOf[at]!) || lexicon.stopwords.has(item.norm) || lexicon.trie.next.has(item.norm)) continue;
    budget--;
    let found = lexicon.typos.get(item.raw);
    for (let i = 0; !found && i < item.raw.length; i++) found = lexicon.typos.get(item.raw.slice(0, i) + item.raw.slice(i + 1));
    // Only to long words: "black" is not a typo of "blank".
    if (found && found !== item.raw && found[0] === item.raw[0] && found.length >= 6) {
      item.norm = lexicon.normalise(found)[0]!;
      item.fuzzy = true;
      changed = true;
    }
  }
  return changed;
}

interface Best {
  end: number;
  cues: Cue[];
  literal: number[];
}

function walk(items: readonly Item[], blocked: readonly boolean[], node: TrieNode, at: number, path: number[], best: Best): void {
  if (node.cues.length && (at > best.end || (at === best.end && path.length > best.literal.length))) {
    best.end = at;
    best.cues = node.cues;
    best.literal = [...path];
  }
  const item = items[at];
  if (!item || item.type === 'boundary' || blocked[at]) return;
  // A comma inside a phrase ("people, places") is skipped, but never ends one.
  if (item.type === 'comma' && path.length > 0 && items[at + 1]?.type === 'word') {
    const next = items[at + 1]!;
    if (node.next.has(next.norm) || node.prefixes.length || (node.lang && next.lang)) walk(items, blocked, { ...node, cues: [], gap: undefined, shortGap: undefined }, at + 1, path, best);
  }
  if (item.type === 'word') {
    const child = node.next.get(item.norm);
    path.push(at);
    if (child) walk(items, blocked, child, at + 1, path, best);
    for (const [prefix, next] of node.prefixes) if (item.raw.startsWith(prefix)) walk(items, blocked, next, at + 1, path, best);
    if (node.lang && item.lang) walk(items, blocked, node.lang, at + 1, path, best);
    path.pop();
  }
  for (const [gap, limit] of [[node.gap, GAP], [node.shortGap, SHORT_GAP]] as const) {
    if (!gap || path.length === 0) continue;
    for (let skip = 0, j = at; skip <= limit && j < items.length; skip++, j++) {
      if (skip > 0 && (items[j - 1]!.type === 'boundary' || blocked[j - 1])) break;
      walk(items, blocked, gap, j, path, best);
    }
  }
}

/** Whether any phrase starts with this word (most words of a long text start none). */
function startsPhrase(trie: TrieNode, item: Item): boolean {
  if (trie.next.has(item.norm) || (trie.lang && item.lang)) return true;
  for (const [prefix] of trie.prefixes) if (item.raw.startsWith(prefix)) return true;
  return false;
}

/** The phrases of the lexicon in the items, longest first at each position, left to right. */
export function matchPhrases(items: readonly Item[], lexicon: Lexicon): Match[] {
  const matches: Match[] = [];
  const blocked = new Array<boolean>(items.length).fill(false);
  const best: Best = { end: -1, cues: [], literal: [] };
  const path: number[] = [];
  for (let start = 0; start < items.length; start++) {
    if (blocked[start] || items[start]!.type !== 'word' || !startsPhrase(lexicon.trie, items[start]!)) continue;
    best.end = -1;
    path.length = 0;
    walk(items, blocked, lexicon.trie, start, path, best);
    if (best.end <= start) continue;
    for (const position of best.literal) blocked[position] = true;
    matches.push({ start, end: best.end, cues: best.cues, literal: best.literal, fuzzy: best.literal.some((position) => items[position]!.fuzzy) });
  }
  return matches.sort((a, b) => a.start - b.start);
}
