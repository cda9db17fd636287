// The instruction as a stream of items (normalised words, resources, one item per piece of
// content, boundaries), and the lexicon's phrases found in it: at each position the longest
// phrase of the trie, left to right. Gaps (`...`, `..`) span at most eight (three) items, so each
// position costs a bounded amount of work: matching is linear in the request's length.
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
  /** Content: its index. Words naming a language: its ISO code. */
  content?: number;
  lang?: string;
  /** The word was read as a cue word one letter away (a typo). */
  fuzzy?: boolean;
}

export interface Match {
  /** Item range [start, end), the items that spell the phrase (not those a gap skipped), and the meanings. */
  start: number;
  end: number;
  literal: number[];
  cues: Cue[];
  fuzzy: boolean;
}

const BOUNDARY = new Set(['.', '?', '!', ';', ':', '…', '=', '→']);

/** Items of the tokens, each content span collapsed into one item. */
export function buildItems(tokens: readonly Token[], contents: readonly Span[], lexicon: Lexicon): Item[] {
  const startsAt = new Map(contents.map((span, index) => [span.start, index]));
  const items: Item[] = [];
  // Every item has the same fields, so the code reading them stays monomorphic.
  const add = (type: Item['type'], token: number, norm: string, raw = '', content?: number, lang?: string) => items.push({ type, token, norm, raw, content, lang, fuzzy: undefined });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const content = startsAt.get(i);
    if (content !== undefined) {
      add('content', i, '#content', '', content);
      i = contents[content]!.end - 1;
      // Content that ends its sentence ("…: what colour is the ball? Then…") still ends it.
      if (tokens[i]!.type === 'punct' && '.?!'.includes(tokens[i]!.norm) && tokens[i + 1]) add('boundary', i, tokens[i]!.norm);
      // "… 'The weather is nice.' Then, convert …": a quote that ends a sentence, before a capital.
      else if (tokens[i]!.type === 'quote' && tokens[i - 1]?.type === 'punct' && '.?!'.includes(tokens[i - 1]!.norm) && tokens[i + 1]?.capital) add('boundary', i, tokens[i - 1]!.norm);
    } else if (token.type === 'word') {
      // "1." or "2)" opening a list item ends the previous step.
      const next = tokens[i + 1];
      const lineStart = i === 0 || tokens[i - 1]!.type === 'break' || tokens[i - 1]!.norm === ':';
      if (next?.type === 'punct' && /^\d{1,2}$/.test(token.norm) && (next.norm === ')' || (next.norm === '.' && lineStart))) add('boundary', i++, '.');
      else for (let f = 0, forms = lexicon.forms(token.norm); f < forms.length; f++) add('word', i, forms[f]!.norm, forms[f]!.raw, undefined, forms[f]!.lang);
    } else if (token.type === 'resource') add('resource', i, '#resource', token.norm);
    // "<text> <- what word goes in the gap?", "… ← is this rude?": an arrow pointing back ends the text before it as a full stop does.
    else if (token.type === 'punct' && (token.norm === '←' || (token.norm === '<' && '-—–'.includes(tokens[i + 1]?.type === 'punct' ? tokens[i + 1]!.norm : '<')))) {
      add('boundary', i, '.');
      while (tokens[i + 1]?.type === 'punct' && '-—–'.includes(tokens[i + 1]!.norm)) i++;
    }
    // "question = how many …", "question for c.jpg → …": an equals sign or an arrow ends a label as a colon does.
    else if (token.type === 'break' || (token.type === 'punct' && BOUNDARY.has(token.norm))) add('boundary', i, '=→'.includes(token.norm) ? ':' : token.norm);
    // "complaint / question / praise?": a slash separates alternatives as "or" does.
    else if (token.type === 'punct' && (token.norm === ',' || token.norm === '/')) add('comma', i, ',', token.norm === '/' ? '/' : '');
    // "voice_memo.ogg -> text": an arrow after a file, before a noun or a product, says what to turn it into, as "into" does ("question for f.jpg -> are …?" labels).
    else if (token.type === 'punct' && token.norm === '-' && tokens[i + 1]?.norm === '>' && tokens[i + 1]!.start === token.end && items.at(-1)?.type === 'resource' && tokens[i + 2]?.type === 'word' && lexicon.forms(tokens[i + 2]!.norm).some((form) => lexicon.nouns.has(form.norm) || !!lexicon.trie.next.get(form.norm)?.cues.some((cue) => cue.type === 'make'))) add('word', i++, 'into', 'into');
    // A long dash separates like a paragraph; a short one like a comma.
    else if (token.type === 'punct' && '—–-'.includes(token.norm)) add(token.end - token.start >= 3 ? 'boundary' : 'dash', i, token.end - token.start >= 3 ? 'para' : '—');
  }
  return items;
}

/**
 * Corrects words one letter away from a cue word ("detct" → "detect") in sentences where no phrase
 * asks for anything (a real word such as "remote" is left alone where a request was understood),
 * for the first `budget` unknown words. Returns whether it changed any.
 */
export function fixTypos(items: Item[], matches: readonly Match[], lexicon: Lexicon, budget = 300): boolean {
  const sentenceOf = new Int32Array(items.length);
  for (let at = 1; at < items.length; at++) sentenceOf[at] = sentenceOf[at - 1]! + (items[at - 1]!.type === 'boundary' ? 1 : 0);
  const asking = new Set(matches.filter((match) => match.cues.some((cue) => cue.type === 'say' || cue.type === 'make')).map((match) => sentenceOf[match.start]));
  let changed = false;
  for (let at = 0; at < items.length && budget > 0; at++) {
    const item = items[at]!;
    if (item.type !== 'word' || item.raw.length < 5 || item.raw.length > 20 || asking.has(sentenceOf[at]!) || lexicon.stopwords.has(item.norm) || lexicon.trie.next.has(item.norm)) continue;
    budget--;
    let found = lexicon.typos.get(item.raw);
    for (let i = 0; !found && i < item.raw.length; i++) found = lexicon.typos.get(item.raw.slice(0, i) + item.raw.slice(i + 1));
    // Only to long words: "black" is not a typo of "blank".
    if (found && found !== item.raw && found[0] === item.raw[0] && found.length >= 6) {
      item.norm = lexicon.normalise(found)[0]!;
      item.fuzzy = changed = true;
    }
  }
  return changed;
}

/** Files a gap skips without counting them as words. */
const FREE_FILES_IN_GAP = 2;
/** How many words each kind of gap may skip (a constant, so a walk allocates no table). */
const GAP_LIMITS = [['gap', 8], ['shortGap', 3]] as const;

/** The longest phrase found so far from one start. */
type Best = Pick<Match, 'end' | 'cues' | 'literal'>;

function walk(items: readonly Item[], blocked: Uint8Array, node: TrieNode, at: number, path: number[], best: Best): void {
  if (node.cues.length && (at > best.end || (at === best.end && path.length > best.literal.length))) (best.end = at), (best.cues = node.cues), (best.literal = path.slice());
  const item = items[at];
  if (!item || item.type === 'boundary' || blocked[at]) return;
  // A comma inside a phrase ("people, places") is skipped, but never ends one.
  const next = items[at + 1];
  if (item.type === 'comma' && path.length > 0 && next?.type === 'word' && (node.next.has(next.norm) || node.prefixes.length || (node.lang && next.lang))) walk(items, blocked, { ...node, cues: [], gap: undefined, shortGap: undefined }, at + 1, path, best);
  if (item.type === 'word') {
    path.push(at);
    const child = node.next.get(item.norm);
    if (child) walk(items, blocked, child, at + 1, path, best);
    for (const [prefix, after] of node.prefixes) if (item.raw.startsWith(prefix)) walk(items, blocked, after, at + 1, path, best);
    if (node.lang && item.lang) walk(items, blocked, node.lang, at + 1, path, best);
    path.pop();
  }
  // A gap counts words: a file or two inside it are the object the phrase acts on ("turn my voice
  // memo note.m4a into text"), not distance. Bounded, so a gap never scans a long list of files.
  for (const [name, limit] of GAP_LIMITS) {
    const gap = node[name];
    if (!gap || path.length === 0) continue;
    for (let skip = 0, files = 0, j = at; skip <= limit && j < items.length; j++) {
      if (j > at && (items[j - 1]!.type === 'boundary' || blocked[j - 1])) break;
      walk(items, blocked, gap, j, path, best);
      if (items[j]!.type === 'resource' && files < FREE_FILES_IN_GAP) files++;
      else skip++;
    }
  }
}

/** The phrases of the lexicon in the items, longest first at each position, left to right. */
export function matchPhrases(items: readonly Item[], lexicon: Lexicon): Match[] {
  const { trie } = lexicon;
  const matches: Match[] = [];
  const blocked = new Uint8Array(items.length);
  const best: Best = { end: -1, cues: [], literal: [] };
  // The walk pushes and pops its own positions: one path serves every start.
  const path: number[] = [];
  for (let start = 0; start < items.length; start++) {
    const item = items[start]!;
    // Most words of a long text start no phrase.
    if (blocked[start] || item.type !== 'word' || !(trie.next.has(item.norm) || (trie.lang && item.lang) || (trie.prefixes.length && trie.prefixes.some(([prefix]) => item.raw.startsWith(prefix))))) continue;
    best.end = -1;
    walk(items, blocked, trie, start, path, best);
    if (best.end <= start) continue;
    let fuzzy = false;
    for (const position of best.literal) (blocked[position] = 1), (fuzzy ||= !!items[position]!.fuzzy);
    matches.push({ start, end: best.end, cues: best.cues, literal: best.literal, fuzzy });
  }
  // Pushed in order of their start.
  return matches;
}
