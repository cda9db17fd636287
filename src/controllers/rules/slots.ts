// Slot values read from the instruction's words: a text span as written, a list of candidate
// labels ("politics, sports or technology"), a question without the file it is about.
import type { Content } from './content.js';
import type { Lexicon } from './lexicon/index.js';
import type { Item, Match } from './match.js';
import type { Token } from './text.js';

export interface Context {
  text: string;
  tokens: readonly Token[];
  items: readonly Item[];
  matches: readonly Match[];
  contents: readonly Content[];
  lexicon: Lexicon;
}

export function textOf(context: Context, from: number, to: number): string {
  const { items, tokens, contents, text } = context;
  if (to <= from) return '';
  const last = items[to - 1]!;
  const end = last.type === 'content' ? tokens[contents[last.content!]!.end - 1]!.end : tokens[last.token]!.end;
  return text.slice(tokens[items[from]!.token]!.start, end).trim();
}

/** Splits a label list ("politics, sports or technology") into labels; null unless 2 to 12 short labels. */
export function labelList(context: Context, from: number, explained: Uint8Array): { labels: string[]; end: number } | null {
  const { items, lexicon } = context;
  const labels: string[] = [];
  let current: number[] = [];
  const close = () => {
    if (current.length) labels.push(current.map((i) => (items[i]!.type === 'content' ? context.contents[items[i]!.content!]!.value : textOf(context, i, i + 1))).join(' '));
    current = [];
  };
  let at = from;
  for (; at < items.length; at++) {
    const item = items[at]!;
    if (item.type === 'boundary' || item.type === 'resource') break;
    if (item.type === 'comma' || (item.type === 'word' && (item.raw === 'or' || item.raw === 'and' || item.raw === 'o' || item.raw === 'ou' || item.raw === 'oder' || item.raw === 'y' || item.raw === 'et' || item.raw === 'und' || item.raw === 'e'))) close();
    else if (item.type === 'content' && context.contents[item.content!]!.value.split(' ').length > 4) break;
    // Articles are not part of a label ("a city, a farm or a beach").
    else if (item.type === 'word' && current.length === 0 && (lexicon.indefinite.has(item.norm) || lexicon.definite.has(item.norm) || (labels.length === 0 && lexicon.stopwords.has(item.norm)))) continue;
    else current.push(at);
    if (current.length > 4) return null;
  }
  close();
  if (labels.length < 2 || labels.length > 12) return null;
  for (let i = from; i < at; i++) explained[i] = 1;
  return { labels, end: at };
}

/** The question sentence without the file it is about ("What's the total on r.jpg?" → "What's the total?"). */
export function questionText(context: Context, from: number, to: number): string {
  const { items, tokens, text, lexicon } = context;
  let start = from;
  const comma = items.slice(from, to).findIndex((item) => item.type === 'comma' || item.type === 'dash');
  const opensQuestion = (at: number) => items[at]?.type === 'word' && lexicon.questionWords.has(items[at]!.norm);
  if (comma >= 0 && !items.slice(from, from + comma).some((item, i) => opensQuestion(from + i)) && opensQuestion(from + comma + 1)) start = from + comma + 1;
  while (start < to && items[start]!.type !== 'word') start++;
  const cuts: Array<[number, number]> = [];
  for (let i = start; i < to; i++) {
    if (items[i]!.type !== 'resource') continue;
    let cutFrom = i;
    while (cutFrom - 1 >= start && items[cutFrom - 1]!.type === 'word' && lexicon.fileLinks.has(items[cutFrom - 1]!.norm)) cutFrom--;
    cuts.push([tokens[items[cutFrom]!.token]!.start, tokens[items[i]!.token]!.end]);
  }
  if (start >= to) return '';
  let end = tokens[items[to - 1]!.token]!.end;
  if (items[to]?.norm === '?') end = tokens[items[to]!.token]!.end;
  let question = '';
  let at = tokens[items[start]!.token]!.start;
  for (const [a, b] of cuts) {
    question += text.slice(at, a);
    at = b;
  }
  return (question + text.slice(at, end)).replace(/\s+([?.,!])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

