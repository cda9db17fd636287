// Reading the instruction: which phrases ask for a step (a verb, a question pattern, a product
// asked for: "give me a summary"), which name an earlier output ("the summary", "the edited
// image") or a thing ("this photo"), and what each step's clause holds: files, content,
// references ("it", "both", "the second photo"), languages, candidate labels, a question or a
// description. clauses.ts then gives each object to its step.
import { TASK_TYPES } from '../../registry/task-types.js';
import type { Content } from './content.js';
import type { Cue, Lexicon, NounClass, Reference } from './lexicon/index.js';
import { INTENT_SPECS, KIND_OF_NOUN, type IntentId, type ObjectKind } from './lexicon/intents.js';
import type { Item, Match } from './match.js';
import { tightenPunctuation, trimEnd, type Token } from './text.js';

export type Obj =
  | { type: 'file'; at: number }
  | { type: 'content'; at: number }
  | { type: 'ref'; at: number; ref: Reference | 'ordinal'; kind?: ObjectKind; position?: number; name?: string }
  | { type: 'product'; at: number; intent: IntentId; kind?: ObjectKind; lang?: string; into?: string; plural: boolean };

export interface Step {
  intent: IntentId;
  /** Item where its phrase starts; where its clause starts and ends, and its sentence. */
  at: number;
  start: number;
  end: number;
  sentence: number;
  /** The words that asked for it, for the explanation; 1 for a phrase, less for a typo or a bare question. */
  phrase: string;
  strength: number;
  objects: Obj[];
  targets: string[];
  source?: string;
  labels?: string[];
  question?: string;
  /** What to generate, or the edit to make, in the user's words. */
  text?: string;
  /** Asked for several ("two images: a red apple, and a green pear"). */
  plural?: boolean;
  /** Asked by a situation that implies it ("I'm driving"), not in so many words. */
  why?: boolean;
  /** Joined to the step before by "then", "after that", "finally"; by "and", "also", "plus". */
  then?: boolean;
  and?: boolean;
  /** Joined by "separately": it works on what the step before worked on, not on its result. */
  apart?: boolean;
  /** Said before the step it follows ("caption a.jpg, but first sharpen it"): it works on what that step made. */
  first?: boolean;
  /** A product asked with the verb of the product before it ("I want both an upscaled version and a depth map"). */
  shared?: boolean;
}

export interface Context {
  text: string;
  tokens: readonly Token[];
  items: readonly Item[];
  matches: readonly Match[];
  contents: readonly Content[];
  lexicon: Lexicon;
  /** The chat so far holds a picture: "paint the walls blue" edits it rather than drawing anew. */
  picture: boolean;
}

export interface Draft {
  steps: Step[];
  objects: Obj[];
  languages: Array<{ at: number; lang: string; role: 'target' | 'source' | 'audience' | 'bare' | 'input' }>;
  labelLists: Array<{ at: number; labels: string[] }>;
  explained: Uint8Array;
  sentenceOf: Int32Array;
  starts: number[];
  same: boolean;
  chitchat: number;
  ignoreAt: Set<number>;
}

/** More steps than any plan may hold: reading stops there, and the plan is refused as too large. */
export const STEP_LIMIT = 200;

/** The request's text of items [from, to), never empty (to > from). */
function textOf({ items, tokens, contents, text }: Context, from: number, to: number): string {
  const last = items[to - 1]!;
  return text.slice(tokens[items[from]!.token]!.start, tokens[last.type === 'content' ? contents[last.content!]!.end - 1 : last.token]!.end).trim();
}

/** A list of 2 to 12 short labels ("politics, sports or technology"), with an "or" when `needsOr`. */
export function labelList(context: Context, from: number, explained: Uint8Array, needsOr = false, to = Infinity): string[] | null {
  const { items, lexicon, contents } = context;
  const labels: string[] = [];
  let current: number[] = [];
  let or = false;
  const close = () => {
    // "passive-aggressive" as written; a quoted label without its quotes.
    if (current.length) labels.push(current.some((i) => items[i]!.type === 'content') ? current.map((i) => (items[i]!.type === 'content' ? contents[items[i]!.content!]!.value : textOf(context, i, i + 1))).join(' ') : textOf(context, current[0]!, current.at(-1)! + 1));
    current = [];
  };
  let at = from;
  for (; at < Math.min(to, items.length) && items[at]!.type !== 'boundary' && items[at]!.type !== 'resource'; at++) {
    const item = items[at]!;
    if (item.type === 'comma' || lexicon.conjunctions.has(item.raw)) {
      or ||= lexicon.alternatives.has(item.raw);
      close();
    } else if (item.type === 'content' && contents[item.content!]!.value.split(' ').length > 4) break;
    // Articles are not part of a label ("a city, a farm or a beach").
    // Nor is a dash before the list ("'…' -- complaint, praise or question?"), nor what comes before it ("Wie klingt das – freundlich oder genervt?").
    else if (item.type === 'dash' && !labels.length) current = [];
    // A dash set apart after the list ends it ("one of praise, complaint, question — '…'"); "passive-aggressive" keeps its hyphen.
    else if (item.type === 'dash' && /\s/.test(context.text[context.tokens[item.token]!.start - 1] ?? '')) break;
    // ("new feature" keeps its "new": only a determiner that is a function word goes.)
    else if (item.type !== 'word' || current.length || !(((lexicon.indefinite.has(item.norm) || lexicon.definite.has(item.norm)) && lexicon.stopwords.has(item.norm)) || (labels.length === 0 && lexicon.stopwords.has(item.norm)))) current.push(at);
    if (current.length > 4) return null;
  }
  // "good news or bad news lol": a word of small talk ending the last label of several words is no part of it.
  const chatter = (at: number) => items[at]!.type === 'word' && !!lexicon.trie.next.get(items[at]!.norm)?.cues.some((cue) => cue.type === 'chitchat');
  while (current.length > 1 && labels.length && chatter(current.at(-1)!)) current.pop();
  close();
  if (labels.length < 2 || labels.length > 12 || (needsOr && !or)) return null;
  explained.fill(1, from, at);
  return labels;
}

/** The question without the file it is about: "What's the total on r.jpg?" → "What's the total?"; "Does c.jpg show…" → "Does the image show…". */
export function questionText({ items, tokens, text, lexicon }: Context, from: number, to: number): string {
  const opens = (at: number) => items[at]?.type === 'word' && lexicon.questionWords.has(items[at]!.norm);
  let start = from;
  // "In d.jpg, what colour…", "This receipt.jpg is faded, how much…": the question starts after the first comma before a question word.
  for (let at = from; at < to && start === from && !opens(from); at++) if ((items[at]!.type === 'comma' || items[at]!.type === 'dash') && opens(at + 1)) start = at + 1;
  // "based on that, am I allowed …?", "given the above, …": a lead-in that ends pointing back at the text (or on a function word) before a comma is no part of it.
  for (let at = start; at < Math.min(to - 3, start + 5) && items[at]!.type === 'word'; at++) if (items[at + 1]!.type === 'comma' && (lexicon.stopwords.has(items[at]!.norm) || !!lexicon.references.get(items[at]!.raw))) start = at + 2;
  // "so when's the appointment?": the question starts at its question word ("on which date…" at its preposition).
  const filler = (at: number) => lexicon.stopwords.has(items[at]!.norm) && !lexicon.fileLinks.has(items[at]!.norm) && !opens(at) && opens(at + 1);
  while (start < to && (items[start]!.type !== 'word' || filler(start))) start++;
  // "how many had to leave, according to that?": a closing pointer back at the text is no part of the question.
  let [cut, mark] = [to, items[to]?.norm === '?' ? '?' : ''];
  while (cut > to - 6 && cut > start && [lexicon.fileLinks, lexicon.definite, lexicon.nouns, lexicon.references].some((set) => set.has(items[cut - 1]!.norm) || set.has(items[cut - 1]!.raw))) cut--;
  if (cut < to && cut > start + 2 && items[cut - 1]!.type === 'comma' && lexicon.fileLinks.has(items[cut]!.norm)) to = cut - 1; else mark = '';
  if (start >= to) return '';
  let question = '';
  // "¿Cuánto pagué?": the opening mark is part of the question.
  let position = tokens[items[start]!.token]!.start - (text[tokens[items[start]!.token]!.start - 1] === '¿' ? 1 : 0);
  for (let i = start; i < to; i++) {
    if (items[i]!.type !== 'resource') continue;
    let cut = i;
    while (cut - 1 >= start && items[cut - 1]!.type === 'word' && lexicon.fileLinks.has(items[cut - 1]!.norm)) cut--;
    const named = lexicon.nouns.has(items[i - 1]?.norm ?? '');
    question += text.slice(position, tokens[items[cut]!.token]!.start) + (cut === i && !named && i > start ? lexicon.thisImage : '');
    position = tokens[items[i]!.token]!.end;
  }
  const end = tokens[items[to]?.norm === '?' ? items[to]!.token : items[to - 1]!.token]!.end;
  return tightenPunctuation(question + text.slice(position, end) + mark).replace(/\s{2,}/g, ' ').replace(/^[\s,;]+/, '').trim();
}

const NO_INTENTS: readonly IntentId[] = Object.freeze([]);
/** The intents a phrase asks for by a verb or question pattern. */
function saysOf(match: Match): readonly IntentId[] {
  let found: IntentId[] | undefined;
  for (let c = 0; c < match.cues.length; c++) {
    const cue = match.cues[c]!;
    if (cue.type === 'say') (found ??= []).push(cue.intent);
  }
  return found ?? NO_INTENTS;
}

/** Objects by position, each list in the order they were placed. */
function placedAt(objects: readonly Obj[]): Map<number, Obj[]> {
  const placed = new Map<number, Obj[]>();
  for (const object of objects) {
    const list = placed.get(object.at);
    if (list) list.push(object);
    else placed.set(object.at, [object]);
  }
  return placed;
}

/** Steps and objects of the instruction, in the order the phrases come. */
export function readPhrases(context: Context): Draft {
  const { items, matches, lexicon } = context;
  const n = items.length;
  const sentenceOf = new Int32Array(n);
  const starts = [0];
  for (let i = 0; i < n; i++) {
    sentenceOf[i] = starts.length - 1;
    if (items[i]!.type === 'boundary') starts.push(i + 1);
  }
  const sentenceEnd = (sentence: number) => (sentence + 1 < starts.length ? starts[sentence + 1]! - 1 : n);
  const matchIndex = new Int32Array(n).fill(-1);
  matches.forEach((match, index) => (matchIndex[match.start] = index));
  const matchAt = (at: number) => (matchIndex[at]! >= 0 ? matches[matchIndex[at]!] : undefined);
  const cueAt = <T extends Cue['type']>(at: number, type: T) => matchAt(at)?.cues.find((cue) => cue.type === type) as Extract<Cue, { type: T }> | undefined;
  const refAt = (at: number) => cueAt(at, 'ref')?.ref;
  const isWord = (at: number, set: { has(word: string): boolean }) => items[at]?.type === 'word' && set.has(items[at]!.norm);
  const determiner = (at: number) => isWord(at, lexicon.definite) || isWord(at, lexicon.indefinite) || isWord(at, lexicon.possessive);
  const joinerAt = (at: number) => items[at]!.type === 'comma' || !!cueAt(at, 'and') || !!cueAt(at, 'then');
  /** A word that is not a function word ("the *short* summary", "a *response* describing it"). */
  const contentWord = (at: number) => items[at]?.type === 'word' && !lexicon.stopwords.has(items[at]!.norm);
  /** A list of alternatives goes on from here: a comma or "or" now, an "or" within six items ("fix, refactor or new feature"). */
  const orAhead = (at: number) => (items[at]?.type === 'comma' || lexicon.alternatives.has(items[at]?.raw ?? '')) && items.slice(at, at + 6).some((item, i, next) => lexicon.alternatives.has(item.raw) && !next.slice(0, i).some((other) => other.type === 'boundary'));
  /** A word within `limit` items before `from`, in the same clause, that passes. */
  const before = (from: number, test: (at: number) => boolean, limit: number) => {
    for (let at = from - 1; at >= 0 && at >= from - limit && items[at]!.type !== 'boundary' && !joinerAt(at); at--) if (test(at)) return true;
    return false;
  };
  // "the provided image" uses a creator verb as an adjective.
  const creatorEnds = new Map(matches.filter((match) => cueAt(match.start, 'creator') && !determiner(match.start - 1)).map((match) => [match.end, match.start]));
  const starting = (type: Cue['type']) => new Set(matches.filter((match) => match.cues.some((cue) => cue.type === type)).map((match) => match.start));
  const [sayAt, ignoreAt, presenterAt] = [starting('say'), starting('ignore'), starting('presenter')];
  const hedgeEnds = new Set(matches.filter((match) => cueAt(match.start, 'hedge')).map((match) => match.end));
  /** A relative word ("what", "whatever") within `limit` words before, after a word of its clause and a step of its sentence, not asked after "tell me". */
  const relativeBefore = (at: number, limit: number) => steps.some((step) => step.sentence === sentenceOf[at]) && before(at, (k) => isWord(k, lexicon.relatives) && items[k - 1]?.type === 'word' && !joinerAt(k - 1) && !lexicon.conjunctions.has(items[k - 1]!.raw) && !creatorEnds.has(k), limit);
  /** Right after a hedge or a negation, or after it and up to two function words ("not a summary", "no need to summarize"). */
  const hedged = (at: number) => [0, 1, 2].some((k) => (hedgeEnds.has(at - k) || lexicon.negations.has(items[at - k - 1]?.raw ?? '')) && items.slice(at - k, at).every((item) => item.type === 'word' && lexicon.stopwords.has(item.norm)));
  // "esta" is both "it" and a pointer.
  const pointerAt = (at: number) => !!matchAt(at)?.cues.some((cue) => cue.type === 'ref' && cue.ref === 'pointer');
  // "the summary", "a short summary": a determiner, perhaps with an adjective between.
  const determined = (at: number) => determiner(at - 1) || (determiner(at - 2) && contentWord(at - 1) && !sayAt.has(at - 1));
  // Clauses: a sentence cut at commas and connectors ("caption b.jpg | and find the named entities"); where each uses a verb.
  const clauseOf = new Int32Array(n);
  // "read it aloud after translating it": "after" starts a clause too.
  for (let i = 1; i < n; i++) clauseOf[i] = clauseOf[i - 1]! + (items[i - 1]!.type === 'boundary' || joinerAt(i) || cueAt(i, 'after') ? 1 : 0);
  const verbUse = new Map<number, number>();
  for (const match of matches) if (cueAt(match.start, 'say') && !determined(match.start)) verbUse.set(clauseOf[match.start]!, match.start);
  const endsIn = (item: Item | undefined, endings: readonly string[]) => item?.type === 'word' && endings.some((ending) => item.raw.endsWith(ending));
  const plural = (item: Item) => item.raw !== item.norm && endsIn(item, lexicon.plurals);
  const verbal = (item?: Item) => endsIn(item, lexicon.gerunds) || endsIn(item, lexicon.participles);
  /** "transcribed", "generated": the participle of a verb that asks for a step. */
  const madeBy = (item: Item) => verbal(item) && !!lexicon.trie.next.get(item.norm)?.cues.some((cue) => cue.type === 'say' || cue.type === 'creator');
  const nounOf = (at: number) => lexicon.nouns.get(items[at]?.type === 'word' ? items[at]!.norm : '');
  /** The kind a noun at `at` names, as an object's field ("the second *photo*"). */
  const kindAt = (at: number) => (nounOf(at) ? { kind: KIND_OF_NOUN[nounOf(at)!] } : {});
  const langOf = (match: Match) => match.literal.map((at) => items[at]!.lang).find(Boolean);

  const [sayWords, phraseWords] = [new Uint8Array(n), new Uint8Array(n)];
  for (const match of matches) for (const at of match.literal) (phraseWords[at] = phraseWords[at]! | (cueAt(match.start, 'say') && match.literal.length > 1 ? 3 : 1)), (sayWords[at] ||= match.cues.some((cue) => cue.type === 'say') ? 1 : 0);
  const draft: Draft = { steps: [], objects: [], languages: [], labelLists: [], explained: new Uint8Array(n), sentenceOf, starts, same: false, chitchat: 0, ignoreAt };
  const { steps, objects, explained } = draft;
  /** "this picture", "the recording": a thing of a kind, to resolve like "it". */
  // "edit the image 'b.png'": a noun right before the file names that file, no other thing.
  // "an audio clip of the original English sentence": a noun a few words after "the original" is that original, not one more thing.
  const thingAt = (at: number, noun: NounClass) => items[at + 1]?.type !== 'resource' && (((named) => named?.type === 'ref' && named.ref === 'original' && at > named.at && at - named.at <= 3)(objects.at(-1)) || objects.push({ type: 'ref', ref: 'it', at, kind: KIND_OF_NOUN[noun] }));
  const swallowed = new Uint8Array(n);
  const stepClauses = new Set<number>();
  let lastProduct: { sentence: number; end: number } | undefined;
  let [claimed, describedTo, trailing, cut] = [-1, -1, false, -1];
  // "<a description>, as a video", "<a description>… could you do that as a short video?": a product asked for after it, its clause (within 8 items,
  // after a break) asking nothing else (function words, a word just before it), the description at least three words before the break.
  const breakBefore = (at: number, back = at - 1): number => (back > at - 8 && back > 0 && items[back]!.type === 'word' && (lexicon.stopwords.has(items[back]!.norm) || back === at - 1) ? breakBefore(at, back - 1) : back > 2 && ['boundary', 'dash', 'comma'].includes(items[back]!.type) && items.slice(back - 4, back).filter((item) => item.type === 'word').length >= 3 ? back : -1);
  // "10 second clip of waves at dusk": a request that is only a product described, with nothing given, asks for it.
  const given = items.reduce((count, item) => count + (item.type === 'resource' || item.type === 'content' ? 1 : 0), 0);

  /** A description runs to the end of the sentence, or to a connector before the next request. */
  /** A question stops only where a connector is followed by a request ("when is the next due date" runs on). */
  // Where a description stops depends only on the place, not on where it starts: the last scan of each kind is kept, so that
  // steps one after another in a long sentence ("translate translate …") do not each scan to its end.
  const lastScan = [new Int32Array([-1, -1]), new Int32Array([-1, -1]), new Int32Array([-1, -1])];
  // An edit goes on over "and add some snow": a creator verb with nothing to make is part of it.
  const descriptionEnd = (from: number, question = false, edit = false) => {
    const asks = (at: number) => !!matchAt(at)?.cues.some((cue) => cue.type === 'say' || cue.type === 'make' || (cue.type === 'creator' && (!edit || !cueAt(at - 1, 'and') || [0, 1, 2].some((k) => !!cueAt(matchAt(at)!.end + k, 'make')))));
    const last = lastScan[question ? 1 : edit ? 2 : 0]!;
    if (from >= last[0]! && from <= last[1]!) return last[1]!;
    let at = from;
    // "a black and white photo of …": "and" between two plain words before a product joins them, not two requests.
    const joined = (at: number) => !question && !!cueAt(at, 'and') && contentWord(at - 1) && contentWord(at + 1) && !phraseWords[at + 1] && !!cueAt(at + 2, 'make') && !cueAt(at + 2, 'say');
    // "a lighthouse at dusk, painted in watercolor": a participle after a comma describes what comes before it.
    // "blur the background of e.jpg myself, so I need to know …": nor over a goal's end (lexicon `connectors.so`).
    while (at < n && at !== last[0] && items[at]!.type !== 'boundary' && !((cueAt(at, 'then') || cueAt(at, 'so')) && !question) && !(joinerAt(at) && !joined(at) && !(!question && items[at]!.type === 'comma' && endsIn(items[at + 1], lexicon.participles)) && (asks(at + 1) || asks(at + 2) || asks(at + 3)))) at++;
    if (at === last[0]) at = last[1]!;
    last[0] = from;
    last[1] = at;
    return at;
  };
  /** The first piece of content at or after a place (n when none), read once for all steps. */
  let nextContent: Int32Array | undefined;
  const contentFrom = (at: number) => {
    if (!nextContent) {
      nextContent = new Int32Array(n + 1).fill(n);
      for (let i = n - 1; i >= 0; i--) nextContent[i] = items[i]!.type === 'content' ? i : nextContent[i + 1]!;
    }
    return nextContent[Math.min(at, n)]!;
  };
  /** A phrase of several intents ("paint": an edit of a photo, or a new picture) takes the one the sentence's file fits. */
  const pickIntent = (match: Match, intents: readonly IntentId[]): IntentId => {
    const sentence = sentenceOf[match.start]!;
    let kind: ObjectKind | undefined;
    for (let at = starts[sentence]!; at < sentenceEnd(sentence) && !kind && intents.length > 1; at++) {
      if (items[at]!.type === 'resource') kind = context.tokens[items[at]!.token]!.kind ?? 'image';
      else if (at > match.start && nounOf(at) === 'image' && determiner(at - 1)) kind = 'image';
    }
    if (!kind && context.picture && !items.slice(match.end, Math.min(sentenceEnd(sentence), match.end + 20)).some((item) => item.type === 'word' && lexicon.indefinite.has(item.norm))) kind = 'image';
    return intents.find((intent) => (kind ? INTENT_SPECS[intent].tasks[kind] : INTENT_SPECS[intent].prefers === 'text')) ?? intents[0]!;
  };
  const addStep = (intent: IntentId, match: Match, start = match.start) => {
    const sentence = sentenceOf[match.start]!;
    stepClauses.add(clauseOf[match.start]!);
    const step: Step = { intent, at: match.start, start, end: match.end, sentence, phrase: textOf(context, match.start, match.end), strength: match.fuzzy ? 0.8 : 1, objects: [], targets: [], ...(match.cues.some((cue) => cue.type === 'why' && cue.intent === intent) ? { why: true } : {}) };
    // "from English into Korean": the languages of the phrase itself; "put it in German and in Italian": those it spans come first.
    const named = match.literal.flatMap((at) => items[at]!.lang ?? []);
    // "put this German sentence into English": one before a noun is the language the text is in.
    const spanned = items.slice(match.start, match.end).flatMap((item, i) => (item.lang && !match.literal.includes(match.start + i) ? [{ lang: item.lang, of: !!nounOf(match.start + i + 1) }] : []));
    const source = named.length > 1 ? named[0] : spanned.find((each) => each.of)?.lang;
    if (intent === 'translate' && named.length) Object.assign(step, { targets: [...spanned.filter((each) => !each.of).map((each) => each.lang), named.at(-1)!], ...(source ? { source } : {}) });
    // "a short English summary of it": the language the product is wanted in.
    else if (items[match.start - 1]?.lang) step.targets.push(items[match.start - 1]!.lang!);
    const slot = INTENT_SPECS[intent].slot;
    // "make it an audio file": the "it" of a phrase names what the step acts on (an edit's "it" is the picture any edit takes).
    for (const at of match.literal) if (slot !== 'instruction' && lexicon.references.get(items[at]!.raw) === 'it') objects.push({ type: 'ref', ref: 'it', at });
    if (slot === 'description' || slot === 'instruction') {
      let from = slot === 'instruction' ? match.start : match.end;
      // "write a short poem about rain", "a logo for a bakery": a product that is no plain noun of its kind is part of what to make.
      if (slot === 'description' && !match.cues.some((cue) => cue.type === 'say') && !match.literal.some((at) => nounOf(at))) for (from = match.start; !phraseWords[from - 1] && items[from - 1]?.type === 'word' && (determiner(from - 1) || !lexicon.stopwords.has(items[from - 1]!.norm)); ) from--;
      // "um vídeo curto de ondas", "un vídeo corto de olas …": nor a word or two that qualify the product before its lead (not after a verb: "draw cats of the world").
      while (slot === 'description' && (lexicon.descriptionLead.has(items[from]?.raw ?? '') || (from < match.end + 2 && !match.cues.some((cue) => cue.type === 'say') && isWord(from, { has: (word) => !lexicon.stopwords.has(word) }) && !phraseWords[from] && [1, 2].some((k) => lexicon.descriptionLead.has(items[from + k]?.raw ?? ''))))) from++;
      const to = descriptionEnd(from, false, slot === 'instruction');
      // "edit x.jpg so the cat wears a crown", "make x.jpg look like a painting", "redo it as a sketch": the instruction is what follows the file.
      const named = (at: number) => items[at]!.type === 'resource' || (at < match.end && lexicon.references.get(items[at]!.raw) === 'it' && !match.literal.includes(at));
      // Not when only connectors follow it ("pixelate the faces in x.jpg, and after that …").
      // The words before it stay when they say more than the verb ("turn the sky in d.jpg orange") or a place or size follows it ("crop a.jpg to a square").
      let head = '';
      // Where the last word that is no connector stands: one scan, not one per file named (100 KB of file names after "edit").
      let lastWord = -1;
      for (let at = from; slot === 'instruction' && at < to; at++) if (items[at]!.type === 'word' && !joinerAt(at)) lastWord = at;
      for (let at = from; slot === 'instruction' && at < to - 1; at++) {
        // "turn that into a pixel-art version": a pronoun stays in the user's words; only a file's name is cut.
        if (items[at]!.type !== 'resource' || lastWord <= at) continue;
        let cut = at;
        while (cut > from && isWord(cut - 1, lexicon.fileLinks)) cut--;
        const more = items.slice(from, cut).some((item, i) => contentWord(from + i) && !match.literal.includes(from + i) && !nounOf(from + i));
        const measure = (next: number): boolean => /^\d/.test(items[next]?.raw ?? '') || (isWord(next, lexicon.fileLinks) && !(items[next]!.raw === lexicon.infinitive && contentWord(next + 1) && !measure(next + 1)));
        head = cut > from && (more || measure(at + 1)) ? `${textOf(context, from, cut)} ` : '';
        from = at + 1;
      }
      while (!head && from > match.start && from < to - 1 && named(from - 1) && isWord(from, lexicon.stopwords) && !determiner(from)) from++;
      // "adjust the colours based on the description 'Make the sky bluer'", "an image that represents 'a sunset'": the quote is what to do or show.
      const span = items.slice(from, to);
      const at = span.findIndex((item) => item.type === 'content');
      const quoted = at >= 0 && (slot === 'instruction' || span.slice(0, at).filter((item) => item.type === 'word').length <= 4) ? span[at] : undefined;
      // "a video using Text-to-Video": the tool to use, not what to show.
      const tool = !head && to - from >= 2 && span.slice(1).every((item, i) => item.type !== 'word' || sayWords[from + 1 + i]);
      if (to > from && !tool) {
        // "remove the background from x.jpg": nor the file it ends on, nor the connectors after it.
        let end = to;
        while (end > from + 1 && joinerAt(end - 1)) end--;
        // "remove the background from that image", "… from it": nor the picture it points at.
        if (slot === 'instruction' && end - from > 3) end -= refAt(end - 1) === 'it' ? 1 : (pointerAt(end - 2) || isWord(end - 2, lexicon.definite)) && nounOf(end - 1) === 'image' ? 2 : 0;
        while (slot === 'instruction' && end > from + 1 && (items[end - 1]!.type === 'resource' || (end < to && isWord(end - 1, lexicon.fileLinks)))) end--;
        // "…, thanks", "…, please": politeness after the description is not part of it.
        // ("… - thanks": a dash sets it apart as a comma does.)
        for (let at = end - 1; at > from && isWord(at, lexicon.stopwords); at--) if (items[at - 1]!.type === 'comma' || items[at - 1]!.type === 'dash') end = at - 1;
        // "make it night time instead": a word that asks nothing (lexicon `ignore`) ending an edit's instruction is no part of it.
        for (let k = 1; k <= 3 && slot === 'instruction' && end - k > from + 1; k++) if (matchAt(end - k)?.end === end && cueAt(end - k, 'ignore')) (end -= k), (k = 0);
        // "a short poem for my blog post about autumn": whom it is for is no part of it when what it is about follows ("a logo for our bake sale" is for it).
        let [cut, resume] = [from + 1, end];
        while (cut < end && !(lexicon.purpose.has(items[cut]!.raw) && isWord(cut + 1, lexicon.possessive))) cut++;
        for (resume = cut; resume < end && !lexicon.descriptionLead.has(items[resume]!.raw); ) resume++;
        const said = resume < end ? `${textOf(context, from, cut)} ${textOf(context, resume, end)}` : textOf(context, from, end);
        step.text = quoted ? context.contents[quoted.content!]!.value : trimEnd(head + said, /[\s,;.!\-–—>]/);
        explained.fill(1, from, to);
        describedTo = to;
        swallowed.fill(1, Math.max(from, match.end), to);
        // "draw a castle on a hill, and a short video of it": a product with no verb after what a verb draws shares that verb too.
        if (slot === 'description') lastProduct = { sentence, end: Math.max(match.end, to) };
      }
    }
    // "I would like to know when the report is due": the question is what follows the phrase (unless a colon announces it).
    const end = sentenceEnd(sentence);
    // It stops before the next request ("…, then summarize the answer"); a quoted question in it is the question.
    const asks = Math.min(end, descriptionEnd(match.end, true));
    // "answer from that transcript" says where the answer is, not what is asked.
    if (slot === 'question' && items[match.end]?.type === 'word' && !isWord(match.end, lexicon.fileLinks) && asks - match.end >= 3 && items[end]?.norm !== ':' && contentFrom(match.end) >= end) step.question = questionText(context, match.end, asks);
    else if (slot === 'question' && items[match.end]?.type === 'word' && !isWord(match.end, lexicon.fileLinks) && contentFrom(match.end) < end) {
      // "I want to find out the birth year of Einstein from the text '…'": the question ends where the words saying where the answer is begin.
      let cut = contentFrom(match.end);
      while (cut > match.end && (items[cut - 1]!.type !== 'word' || isWord(cut - 1, lexicon.definite) || !!nounOf(cut - 1) || pointerAt(cut - 1))) cut--;
      const to = Math.min(asks, cut - 1);
      if (isWord(cut - 1, lexicon.fileLinks) && to - match.end >= 3) step.question = questionText(context, match.end, to);
    }
    steps.push(step);
    return step;
  };

  // Indexed: leaving a for…of early closes its iterator, a path no short request takes, and the first long one threw the optimised code away.
  let spanned: { end: number; say: readonly IntentId[] } = { end: -1, say: [] };
  for (let m = 0; m < matches.length && steps.length < STEP_LIMIT; m++) {
    const match = matches[m]!;
    if (match.start === claimed) continue;
    // No array or closure made per phrase unless it asks for something (a long run of "it" is as many phrases).
    const say = saysOf(match);
    const make = cueAt(match.start, 'make');
    // "New version:\n…": a field's label opening a sentence names the value after it and asks for nothing; "is the tone of that quote friendly":
    // a phrase in the gap of a longer one that asks the same adds nothing.
    if ((say.length || make) && ((items[match.end]?.norm === ':' && (match.start === 0 || items[match.start - 1]!.type === 'boundary') && cueAt(match.start, 'field')) || (match.start < spanned.end && (spanned.say.includes(make?.intent ?? say[0]!) || say.some((intent) => spanned.say.includes(intent)))))) continue;
    if (say.length) spanned = { end: match.end, say };
    const ref = cueAt(match.start, 'ref');
    let noun: NounClass | undefined;
    for (let l = 0; l < match.literal.length && !noun; l++) noun = nounOf(match.literal[l]!) || undefined;
    const last = items[match.literal.at(-1)!]!;
    // "draw what I describe in it", "turn whatever it says into a flyer": a verb after a relative word (and its subject), after a step of its sentence,
    // names what the thing the user gave holds (its "it" is that thing, not the latest output).
    // "summarise it in a sentence or two", "en une phrase": a product after "in a" says how long the result is; it names nothing.
    if (make && !say.length && [1, 2].some((k) => items[match.start - k]?.raw === lexicon.inWord && isWord(match.start - k + 1, lexicon.indefinite))) continue;
    if ((say.length || make) && relativeBefore(match.start, 2) && objects.push({ type: 'ref', at: match.start, ref: 'original' })) continue;
    if (swallowed[match.start]) {
      // Inside a description only references count ("a story that begins with your description").
      const pointed = items[match.end]?.norm === ':' || items[match.end]?.type === 'content' || pointerAt(match.start - 1) || pointerAt(match.start - 2) || pointerAt(match.start - 3);
      // "generate a conversation about it, then edit the image based on this conversation": "this" before the product of a step asked for earlier, with nothing given after it, names that output.
      if (make && pointerAt(match.start - 1) && !(items[match.end]?.norm === ':' || items[match.end]?.type === 'content') && steps.some((other) => other.intent === make.intent)) {
        if (objects.at(-1)?.at === match.start - 1) objects.pop();
        objects.push({ type: 'product', at: match.start, intent: make.intent, plural: false });
      } else if (make && noun && match.literal.length === 1) thingAt(match.start, noun);
      // "… with improved and enhanced characteristics": a participle without a determiner describes, it names no output.
      // "make portrait.png look like an album cover": a product after a copula and "a" is what it should look like, no output named.
      else if (make && !pointed && !(endsIn(items[match.start], lexicon.participles) && !determiner(match.start - 1) && !determiner(match.start - 2)) && ![2, 3].some((back) => lexicon.copulas.has(items[match.start - back]?.raw ?? '') && isWord(match.start - back + 1, lexicon.indefinite) && (back === 2 || contentWord(match.start - 1)))) {
        objects.push({ type: 'product', at: match.start, intent: make.intent, plural: false });
        if (madeBy(items[match.start]!) && cueAt(match.end, 'make')) claimed = match.end;
      }
      else if (ref && ref.ref !== 'all') objects.push({ type: 'ref', at: match.start, ref: ref.ref === 'it' && relativeBefore(match.start, 5) ? 'original' : ref.ref });
      continue;
    }
    for (const at of match.literal) explained[at] = 1;
    const sentence = sentenceOf[match.start]!;
    // "which of these sounds more excited?": the step it asks for judges each of them.
    if (say.length && ref?.ref === 'all') objects.push({ type: 'ref', at: match.start, ref: 'all' });
    // "run the same thing on c.jpg" asks the previous request again; "do they mean the same thing?" compares.
    if (ref?.ref === 'same' && creatorEnds.has(match.start) && (draft.same = true)) continue;
    // "generate a tiny robot watering sunflowers": a verb that draws, before a description that asks for nothing else, with nothing given.
    if (!say.length && !make && !given && lexicon.drawers.has(items[match.start]!.raw) && isWord(match.end, lexicon.indefinite)) {
      const to = descriptionEnd(match.end);
      if (to - match.end <= 30 && items.slice(match.end, to).every((_, i) => !sayAt.has(match.end + i) && !cueAt(match.end + i, 'make'))) addStep('drawImage', { ...match, cues: [{ type: 'say', intent: 'drawImage' }] });
    }
    if (say.length || make) {
      const first = items[match.start]!;
      const previous = items[match.start - 1];
      // "a text description": the last noun of a compound names the product. "the Text-to-Speech tool", "how to edit it": a task named, not asked for
      // ("a video featuring …" asks for one: a gerund is no noun).
      if (make && !say.length && !verbal(first) && items[match.end]?.type === 'word' && !verbal(items[match.end]) && cueAt(match.end, 'make')) continue;
      // "I have a photo (menu.jpg) with a motto on it": what a file named before in the sentence holds, with no step before it there, is no text to write.
      if (make && !say.length && isWord(match.end, lexicon.fileLinks) && refAt(match.end + 1) === 'it' && steps.at(-1)?.sentence !== sentence && items.slice(starts[sentence]!, match.start).some((item) => item.type === 'resource')) continue;
      if ((determiner(match.start - 1) && isWord(match.end, lexicon.mentions) && !endsIn(items[match.end], lexicon.gerunds)) || hedged(match.start)) continue;
      // "a response describing the objects", "a file 'x.wav' describing an object": a gerund after a noun or a file describes it.
      // "turn the caption into a short poem": a verb that also makes something asks for that text, not for an edit.
      // "write a poem, then turn whatever you wrote into an illustration": a picture made of a text, when no picture is at hand (or a clip: "turn that caption into a short video").
      const makes = (output: string) => [0, 1, 2, 3].some((k) => TASK_TYPES[INTENT_SPECS[cueAt(match.end + k, 'make')?.intent ?? 'read'].tasks.text!]?.outputs[0] === output);
      const texts = (intent: IntentId) => TASK_TYPES[INTENT_SPECS[intent].tasks[INTENT_SPECS[intent].prefers]!]?.outputs[0] === 'text';
      const noPicture = () => !items.slice(match.start, match.end).some((item, i) => item.type === 'resource' || nounOf(match.start + i) === 'image') && (steps.length ? texts(steps.at(-1)!.intent) : !context.picture);
      if (say.length && cueAt(match.start, 'creator') && (makes('text') || (['image', 'video', 'audio'].some(makes) && noPicture())) && stepClauses.add(clauseOf[match.start]!)) continue;
      // ("read it aloud after translating it" asks for the translation; "After editing it, …" names the edit asked before.)
      const described = previous?.type === 'resource' || previous?.type === 'content' || (contentWord(match.start - 1) && !joinerAt(match.start - 1) && !sayAt.has(match.start - 1) && !(cueAt(match.start - 1, 'after') && match.start - 1 > starts[sentence]!));
      if (say.length && endsIn(first, lexicon.gerunds) && described) continue;
      // "is it a bug fix, refactor or new feature?", "… or behaviour change?": a verb ending a noun phrase in a list of alternatives is one of them.
      // "tell me if the change is a bug fix": a verb after "the" and before "is a" is the subject, a noun.
      // (Not before a slash and another participle: "I need the animals cut out / outlined" asks one or the other.)
      const verbs = items[match.end]?.raw === '/' && endsIn(items[match.end + 1], lexicon.participles);
      if (say.length && ((contentWord(match.start - 1) && !phraseWords[match.start - 1] && ((!make && determiner(match.start - 2) && orAhead(match.end) && !verbs) || (lexicon.alternatives.has(items[match.start - 2]?.raw ?? '') && items[match.end]?.norm === '?'))) || (isWord(match.start - 1, lexicon.definite) && !phraseWords[match.start - 1] && lexicon.copulas.has(items[match.end]?.raw ?? '') && isWord(match.end + 1, lexicon.indefinite)))) continue;
      // "that depth map looks great", "the caption was perfect": a result praised is named, not asked for.
      if (!cueAt(starts[sentence]!, 'creator') && (cueAt(match.end, 'chitchat') || (lexicon.copulas.has(items[match.end]?.raw ?? '') && cueAt(match.end + 1, 'chitchat')))) continue;
      // "a text about climate change": a verb that ends a topic's noun phrase is a noun.
      if (say.length && contentWord(match.start - 1) && !lexicon.stopwords.has(first.norm) && !phraseWords[match.start - 1] && isWord(match.start - 2, lexicon.fileLinks) && items[match.start - 2]!.raw !== lexicon.infinitive) continue;
      // "Who painted the Mona Lisa?": a question about something done, not a request to do it ("the breed" is a noun).
      if (say.length && !make && !determiner(match.start - 1) && endsIn(first, lexicon.participles) && isWord(starts[sentence]!, lexicon.questionWords) && items[sentenceEnd(sentence)]?.norm === '?') continue;
      // "paint the walls blue … before I buy the paint": a verb asked for, said again as a noun ending its sentence; "stripes or spots?": an alternative.
      if (say.length && !make && (items[match.end]?.type ?? 'boundary') === 'boundary' && ((isWord(match.start - 1, lexicon.definite) && steps.some((other) => say.includes(other.intent))) || (lexicon.alternatives.has(items[match.start - 1]?.raw ?? '') && items[match.end]?.norm === '?'))) continue;
      // "did I lose something in the rewrite?", "is anything lost in the translation?": a product after a preposition and "the", with no step that makes it, names a text the user holds.
      if (say.length && make && say.includes(make.intent) && isWord(match.start - 1, lexicon.definite) && isWord(match.start - 2, lexicon.fileLinks) && items[match.start - 2]!.raw !== lexicon.infinitive && !steps.some((other) => other.intent === make.intent) && (items[match.end]?.type ?? 'boundary') === 'boundary') continue;
      // "does the result look more like a cartoon or a photo?", "dime si parece una foto o un dibujo": an edit's phrase after a copula, or a product
      // among alternatives after a copula or "whether", asks which fits: they are labels.
      const [copulaAt, alternativeAt] = [lexicon.copulas, lexicon.alternatives].map((set) => (at: number) => set.has(items[at]?.raw ?? ''));
      if ((say.includes('edit') || make) && !stepClauses.has(clauseOf[match.start]!) && (alternativeAt!(match.end) || before(match.start, alternativeAt!, 3)) && before(match.start, (at) => copulaAt!(at) || isWord(at, lexicon.questionWords), 6)) continue;
      // "a depth map of it for my parallax animation", "cut them out for a video edit": what a step's result is for asks for nothing.
      if (steps.at(-1)?.sentence === sentence && [2, 3, 4].some((back) => lexicon.purpose.has(items[match.start - back]?.raw ?? '') && determiner(match.start - back + 1) && items.slice(match.start - back + 2, match.start).every((item, i) => item.type === 'word' && !joinerAt(match.start - back + 2 + i)))) continue;
      // "the picture you made": a thing an answer gave, of the noun's kind (the reference after it says which), not a product asked for.
      if (make && nounOf(match.start) && refAt(match.end) === 'answer' && determiner(match.start - 1)) continue;
      const definite = before(match.start, (at) => isWord(at, lexicon.definite) || refAt(at) === 'all', 3);
      const indefinite = before(match.start, (at) => isWord(at, lexicon.indefinite), 3);
      const possessive = before(match.start, (at) => isWord(at, lexicon.possessive), 2);
      // "create a picture and a short video": the second product shares the verb of the first.
      // "the similarity between the summary and the translated text": a step's participle after "the" names its output, and "the provided
      // reference sentence" and "the text 'car'" what the user gave: none shares the verb.
      const coordinated = (!say.length || definite || indefinite) && !(make && madeBy(first) && isWord(match.start - 1, lexicon.definite)) && ![1, 2, 3].some((back) => pointerAt(match.start - back)) && !(isWord(match.start - 1, lexicon.definite) && items[match.end]?.type === 'content') && (lastProduct?.sentence === sentence || (lastProduct?.sentence === sentence - 1 && [0, 1].some((k) => !!cueAt(starts[sentence]! + k, 'and') || !!cueAt(starts[sentence]! + k, 'then')) && match.start - starts[sentence]! <= 4)) && match.start - lastProduct!.end <= 8 && items.slice(lastProduct.end, match.start).some((_, i) => joinerAt(lastProduct!.end + i))
        // "…, then convert the description": a verb opening the next clause asks for its own product.
        && !items.slice(lastProduct.end, match.start).some((_, i) => sayAt.has(lastProduct!.end + i) && (joinerAt(lastProduct!.end + i - 1) || joinerAt(lastProduct!.end + i - 2)));
      // A creator verb before it asks for it, unless a verb of its own comes between ("tell me whether the captions agree", "I need to process an image", "get it in plain text").
      // Where the creator before it ends (its start is creatorEnds' value).
      let creatorEnd = -1;
      let verbBetween = false;
      // "create a short and informative audio clip": two plain words joined by "and" after the article describe the product.
      const pair = !!cueAt(match.start - 2, 'and') && [1, 3].every((back) => contentWord(match.start - back) && !phraseWords[match.start - back]) && isWord(match.start - 4, lexicon.indefinite) && creatorEnds.has(match.start - 4);
      const creator = coordinated || (pair && (creatorEnd = match.start - 4) >= 0) || before(match.start, (at) => (!verbBetween && (creatorEnd = creatorEnds.has(at + 1) ? at + 1 : -1) >= 0) || ((verbBetween ||= sayAt.has(at) || isWord(at, lexicon.questionWords) || items[at]!.raw === lexicon.infinitive || lexicon.references.get(items[at]!.raw) === 'it'), false), 4);
      // A noun names an earlier output when a verb of its clause acts on it.
      const otherSay = stepClauses.has(clauseOf[match.start]!) || (verbUse.get(clauseOf[match.start]!) ?? -1) > match.start;
      // "the translated text", "the depth-estimated image": the noun after it says which output.
      // "which of these sounds more excited": not a noun that opens a request of its own.
      const nounAt = [match.end, match.end + 1].find((at, i) => nounOf(at) && !sayAt.has(at) && (i === 0 || contentWord(match.end)));
      const kind = nounAt === undefined ? {} : kindAt(nounAt);
      if (nounAt !== undefined) explained.fill(1, match.end, nounAt + 1), (claimed = nounAt);
      const product = (intent: IntentId) => {
        // "compare the similarity between …": the step's own product, named right after its phrase, is what it gives, not an input.
        if (steps.at(-1)?.intent === intent && steps.at(-1)!.sentence === sentence && match.start - steps.at(-1)!.at <= 3) return;
        const lang = langOf(match);
        // "the German summary": a language between "the" and the product may say which translation.
        const into = isWord(match.start - 2, lexicon.definite) ? items[match.start - 1]!.lang : undefined;
        objects.push({ type: 'product', at: match.start, intent, plural: before(match.start, (at) => refAt(at) === 'all', 3) || plural(last), ...(lang ? { lang } : {}), ...(into ? { into } : {}), ...kind });
      };
      // "the transformed image", "translate the label of detected objects": a task named as the thing a precise verb acts on.
      const verb = steps.at(-1);
      const objectOfVerb = verb?.sentence === sentence && !INTENT_SPECS[verb.intent].generic && match.start - verb.end <= 8 && !items.slice(verb.end, match.start).some((_, i) => joinerAt(verb.end + i));
      // "did my rewrite change the meaning?", "which of our new slogans …": the user's own text, named, asks for nothing (not "in my earbuds", "my question is").
      const [own, spec] = [[1, 2, 3].find((back) => isWord(match.start - back, lexicon.own)), INTENT_SPECS[say[0] ?? make!.intent]];
      if (!creator && own && !spec.form && spec.slot !== 'question' && items.slice(match.start - own + 1, match.start).every((item, i) => lexicon.stopwords.has(item.norm) || determiner(match.start - own + 1 + i))) continue;
      // "I want to know the depth of …": what a bare question asks for is a step.
      // "identify the named entities", "classify the emotion": what a generic verb asks about, when it is a judgement too.
      const judged = INTENT_SPECS[verb?.intent ?? 'read'].generic === 1 && say.some((intent) => INTENT_SPECS[intent].verdict) && !madeBy(first);
      // ("answer this question about the detected objects": a step's participle after "the" names its output, asked about.)
      const asked = verb?.sentence === sentence && (INTENT_SPECS[verb.intent].generic === 2 || judged) && clauseOf[verb.at] === clauseOf[match.start] && match.start - verb.end <= 2 && !(make && madeBy(first) && isWord(match.start - 1, lexicon.definite));
      // "what language is '…'? I only want to know the language": a bare question about what an earlier step makes restates that step.
      if (asked && !say.length && make && verb!.intent === 'question' && steps.some((other) => other !== verb && other.intent === make.intent)) {
        steps.splice(steps.indexOf(verb!), 1);
        continue;
      }
      // "answer the question '…' using the text from the image": a phrase opening with "the" after a word of `instruments` names what the step before works with.
      if (make && say.length && isWord(match.start, lexicon.definite) && lexicon.instruments.has(items[match.start - 1]?.raw ?? '') && verb?.sentence === sentence && verb.intent !== make.intent) product(make.intent);
      else if (asked && say.length) addStep(pickIntent(match, say), match);
      else if (!make && determiner(match.start - 1) && definite && otherSay && (nounAt !== undefined || objectOfVerb)) product(say[0]!);
      // "Here's a voicemail transcript: …", "I have a description of the scene", "is the joke below funny?", "which of these two replies": what the user gives, named.
      // "I have a.jpg and a text description 'Make the car red.'": a product named right before its text, in a sentence that presents what the user has, is that text.
      else if (make && !creator && ((items[match.end]?.type === 'content' && steps.at(-1)?.sentence !== sentence && [0, 1, 2].some((k) => presenterAt.has(starts[sentence]! + k))) || ((!say.length || determiner(match.start - 1)) && ([1, 2, 3, 4].some((back) => pointerAt(match.start - back) || presenterAt.has(match.start - back)) || (!say.length && determiner(match.start - 1) && pointerAt(match.end)))) || (context.contents.length > 0 && [1, 2, 3, 4].some((back) => refAt(match.start - back) === 'all') && !steps.some((other) => other.intent === make.intent)))) {
        // "this Dutch text": the language the given text is in.
        if (langOf(match) && (phraseWords[match.start - 1] || isWord(match.start - 1, lexicon.stopwords))) draft.languages.push({ at: match.start, lang: langOf(match)!, role: 'source' });
        // "Translate this description" after "provide a description of …": the output asked for earlier.
        if (pointerAt(match.start - 1) && steps.some((other) => other.intent === make.intent)) {
          if (objects.at(-1)?.at === match.start - 1) objects.pop();
          product(make.intent);
        }
        continue;
      }
      // "classify the table and give me the classification result": the judgement asked for before; "transcribe x.wav … I'd like the transcript in Dutch": that transcript, translated.
      else if (make && creator && isWord(match.start - 1, lexicon.definite) && steps.some((other) => (other.intent === make.intent && !!cueAt(match.end, 'target')) || (INTENT_SPECS[make.intent].generic && INTENT_SPECS[other.intent].verdict))) product(make.intent);
      // "make the picture …" names a thing; "turn these into a short paragraph" asks for one (what it acts on comes before the creator's end).
      // "10 seconds of footage: …", "un vídeo corto de …": a few words or one after it may come between; "<a description>, as a video": a product asked for after it.
      else if (make && ((creator && !(noun && before(match.start, (at) => at >= creatorEnd && isWord(at, lexicon.definite), 3))) || (possessive && !noun) || (indefinite && !definite && !noun) || ((match.start <= 2 || (match.start <= 4 && items[match.end]?.norm === ':')) && (!given || (given === 1 && items[match.end + 1]?.type === 'content' && INTENT_SPECS[make.intent].slot === 'description')) && !definite && !possessive && [match.end, match.end + 1].some((at) => lexicon.descriptionLead.has(items[at]?.raw ?? '') || items[at]?.norm === ':') && items[sentenceEnd(sentence)]?.norm !== '?') || (trailing = !given && ![1, 2].some((back) => isWord(match.start - back, lexicon.definite)) && !possessive && INTENT_SPECS[make.intent].slot === 'description' && !steps.length && !lexicon.descriptionLead.has(items[match.end]?.raw ?? '') && (cut = breakBefore(match.start)) > 2))) {
        // "convert the classification result into an audio file": the clause starts at its verb.
        const creatorAt = creatorEnds.get(creatorEnd) ?? -1;
        const step = addStep(make.intent, match, creatorAt >= 0 && creatorAt < match.start ? creatorAt : match.start);
        if (trailing) step.text = trimEnd(textOf(context, 0, cut), /[\s,;.!—–-]/);
        if (plural(last)) step.plural = true;
        if (coordinated) step.shared = true;
        // "a picture of a red fox in the snow and then a short video …": the next product is counted from the end of the description.
        lastProduct = { sentence, end: Math.max(match.end, describedTo) };
      } else if (make && !creator && definite && (determiner(match.start - 1) || determiner(match.start - 2)) && madeBy(first)) {
        // "the transcribed text", "the detected objects": what a step made, named by its verb; "the translated description": the noun after it is that output.
        product(make.intent);
        if (cueAt(match.end, 'make')) explained[match.end] = 1, (claimed = match.end);
      }
      else if (make && noun && !say.length && !creator && !otherSay) thingAt(match.start, noun);
      else if (make && otherSay && (definite || !say.length)) {
        // "this picture", "the recording", "the voice message vm.wav": a thing of a kind, not the product of a task; "the following description: …" is the content given.
        if (noun && (match.literal.length === 1 || items[match.end]?.type === 'resource')) objects.at(-1)?.at !== match.start - 1 && thingAt(match.start, noun);
        // "read me the French version: …" names the translation, not the text given.
        else if (!(pointerAt(match.start - 1) || pointerAt(match.start - 2) || ((items[match.end]?.norm === ':' || items[match.end]?.type === 'content') && !langOf(match)))) product(make.intent);
      } else addStep(say.length ? pickIntent(match, say) : make!.intent, match);
      // "label … as politics, sports or technology".
      const labels = say.length && lexicon.weakLabelMarkers.has(last.raw) ? labelList(context, match.end, explained, true) : null;
      if (labels) draft.labelLists.push({ at: match.start, labels });
      // "read this as a bedtime story": with no labels after it, a choice among labels is what its first word asks ("read this as rude or polite?" is one).
      const alone = lexicon.trie.next.get(first.norm)?.cues.find((cue) => cue.type === 'say');
      if (!labels && !(items[match.end + 1]?.type === 'content' && context.contents[items[match.end + 1]!.content!]!.field === 'labels') && lexicon.weakLabelMarkers.has(last.raw) && steps.at(-1)?.at === match.start && INTENT_SPECS[steps.at(-1)!.intent].slot === 'labels' && alone?.type === 'say') steps.at(-1)!.intent = alone.intent;
      continue;
    }
    for (const cue of match.cues) {
      const previous = items[match.start - 1];
      if (cue.type === 'ref' && cue.ref === 'same') draft.same = true;
      // "caption the edited version": a version's label with no colon after it, opening on the participle of a step, names that step's output.
      for (const made of cue.type === 'field' && items[match.end]?.norm !== ':' && determiner(match.start - 1) && madeBy(items[match.start]!) ? lexicon.trie.next.get(items[match.start]!.norm)!.cues.filter((other) => other.type === 'say').slice(0, 1) : []) if (made.type === 'say') objects.push({ type: 'product', at: match.start, intent: made.intent, plural: false });
      // "the original summary", "the original classified text": "original" before a step's product says which output, it names no user's thing.
      if (cue.type === 'ref' && cue.ref === 'original' && cueAt(match.end, 'make') && !nounOf(match.end)) continue;
      // "answer the following question: …": the pointer names the question, which fills a slot.
      if (cue.type === 'ref' && cue.ref === 'pointer' && cueAt(match.end, 'field')?.field === 'question') break;
      // "any text that might be there": a pronoun after a noun opens a relative clause. "the results": every output.
      // "an image that reflects …": a noun of a product before it opens a relative clause too.
      const verbBefore = matchAt(match.start - 1)?.cues.some((other) => other.type !== 'make');
      // "that map": the product after it names the thing; "it's tiny": it is described, not acted on.
      if (cue.type === 'ref' && !(cue.ref === 'it' && match.literal.length === 1 && ((contentWord(match.start - 1) && !verbBefore && !creatorEnds.has(match.start)) || (cueAt(match.end, 'make') && !isWord(match.start, lexicon.possessive)) || (lexicon.copulas.has(items[match.end]?.raw ?? '') && sentenceOf[objects.at(-1)?.at ?? -1] === sentence)))) {
        if (cue.ref === 'result' && match.cues.some((other) => other.type === 'ref' && other.ref === 'all')) continue;
        // "if it sounds positive": a copula after a pronoun that is no possessive, not a noun ("its sound"); "this review" names the text and leaves "review" a step.
        const noun = nounOf(match.end) && !(lexicon.copulas.has(items[match.end]!.raw) && !isWord(match.start, lexicon.possessive)) ? match.end : -1;
        if (noun >= 0 && !sayAt.has(noun)) explained[noun] = 1, (claimed = noun);
        // "a picture of whatever I talk about in it": the thing the user gave.
        objects.push({ type: 'ref', at: match.start, ref: cue.ref === 'result' && plural(last) ? 'all' : cue.ref === 'it' && relativeBefore(match.start, 5) ? 'original' : cue.ref, ...kindAt(noun >= 0 || cue.ref !== 'answer' ? noun : match.start - 1) });
      } else if (cue.type === 'target' || cue.type === 'source' || cue.type === 'audience') {
        // "in his own language" to a client in Lisbon: the language of a place named in the sentence.
        const lang = langOf(match) ?? items.slice(Math.max(starts[sentence]!, match.start - 20), match.start + 20).map((item) => lexicon.places.get(item.norm)).find(Boolean);
        // "a text in English", "a voicemail in Spanish" say what the input is (unless nothing else says where it goes); "into English" where it goes.
        // So does "a sign in Greek", "a note on the fridge in Spanish": a noun of what holds words, a few plain words before.
        // Not a product to make ("create an audio file in Spanish"), nor the noun that ends a step's phrase ("alt text in Spanish").
        const input = cue.type === 'target' && items[match.start]!.raw === lexicon.inWord && before(match.start, (at) => ['text', 'audio', 'video', 'document', 'textimage'].includes(nounOf(at)!) && (at === match.start - 1 ? !(phraseWords[at]! & 2) : !phraseWords[at]) && !items.slice(at + 1, match.start).some((_, i) => phraseWords[at + 1 + i] || nounOf(at + 1 + i) === 'image'), 4);
        if (lang) draft.languages.push({ at: match.start, lang, role: input ? 'input' : cue.type });
      } else if (cue.type === 'label') {
        const labels = labelList(context, match.end, explained, lexicon.weakLabelMarkers.has(items[match.start]!.raw) && match.literal.length === 1);
        if (labels) draft.labelLists.push({ at: match.start, labels });
      } else if (cue.type === 'chitchat') draft.chitchat++;
    }
  }
  if (steps.length >= STEP_LIMIT) return draft;
  // "I want to blur the background myself in Photoshop": a verb whose clause says the user does it (lexicon `selves`, not "for myself") asks for nothing.
  const selfDone = (step: Step) => {
    // Not past a subject or another verb: "clean it up so I can hear myself" asks the clean-up.
    for (let at = step.end; at < Math.min(n, step.end + 12) && items[at]!.type !== 'boundary' && !joinerAt(at) && !sayAt.has(at) && !isWord(at, lexicon.addressees); at++) if (items[at]!.type === 'word' && lexicon.selves.has(items[at]!.raw) && !lexicon.purpose.has(items[at - 1]?.raw ?? '') && items[at - 1]?.raw !== lexicon.infinitive) return true;
    return false;
  };
  if (steps.some(selfDone)) steps.splice(0, steps.length, ...steps.filter((step) => !selfDone(step)));

  // Files, content, languages, "the second photo" and "the image" that no phrase claimed; files past the thousandth fit no plan.
  let files = 0;
  // What the phrases placed at each position, read once when an ordinal first replaces one (a search per ordinal was quadratic in "the second one and the second one …").
  let placed: Map<number, Obj[]> | undefined;
  const replaced = new Set<Obj>();
  const replace = (position: number) => {
    const named = (placed ??= placedAt(objects)).get(position)?.shift();
    if (named) replaced.add(named);
  };
  // "For the sports page, take g.jpg and …": what a result is for ("for the" and a noun) in a sentence that names a file is no thing to work on.
  const withFile = new Uint8Array(starts.length);
  items.forEach((item, at) => item.type === 'resource' && (withFile[sentenceOf[at]!] = 1));
  const oneAt = (at: number) => lexicon.references.get(items[at]?.raw ?? '') === 'it';
  const one = (at: number) => (isWord(at - 1, lexicon.definite) && oneAt(at + 1) ? at + 1 : [at - 2, at - 3].find((k) => oneAt(k) && lexicon.descriptionLead.has(items[k + 1]!.raw) && (k + 2 === at || determiner(k + 2))));
  items.forEach((item, at) => {
    if (swallowed[at] || explained[at]) return;
    const noun = nounOf(at);
    if (item.type === 'resource' && files++ < 1000) objects.push({ type: 'file', at });
    else if (item.type === 'content') objects.push({ type: 'content', at });
    else if (item.type !== 'word') return;
    // A bare language name: the input's language before a noun, one it is wanted in before a product ("a Japanese caption"), else a target only inside a translation step; "in German and Italian": both targets.
    // "Dutch -> English": a language before a dash (or an arrow) and another language is where the text comes from.
    else if (item.lang) draft.languages.push({ at, lang: item.lang, role: nounOf(at + 1) || nounOf(at - 1) === 'text' || (items[at + 1]?.type === 'dash' && items[at + 2]?.lang) ? 'source' : (cueAt(at + 1, 'make') || cueAt(at + 1, 'say')) && item.lang !== lexicon.code ? 'target' : items[at - 2]?.lang !== undefined && items[at - 2]!.lang === draft.languages.at(-1)?.lang && lexicon.conjunctions.has(items[at - 1]!.raw) ? draft.languages.at(-1)!.role : 'bare' });
    // "first summarize it, then …": an ordinal before a verb, with no determiner, says when, not which.
    else if (lexicon.ordinals.has(item.norm) && !(sayAt.has(at + 1) && !determiner(at - 1)) && (lexicon.references.get(items[at + 1]?.raw ?? '') === 'it' || nounOf(at + 1) || cueAt(at + 1, 'make') || (isWord(at - 1, lexicon.definite) && (items[at + 1]?.type !== 'word' || joinerAt(at + 1))))) {
      // "the first photo" is that photo, not the latest one; "the first description" that answer; "and the other?" the one left; "segment the first and …".
      replace(at + 1);
      objects.push({ type: 'ref', at, ref: 'ordinal', position: lexicon.ordinals.get(item.norm)!, ...kindAt(at + 1) });
      explained[at] = explained[at + 1] = 1;
    } else if (noun && before(at, (back) => isWord(back, lexicon.definite), 2) && !(before(at, (back) => lexicon.purpose.has(items[back]!.raw) && isWord(back + 1, lexicon.definite), 3) && withFile[sentenceOf[at]!])) thingAt(at, noun);
    // "the c one", "the zebra one", "the one with the giraffes": the file named c, or the one an answer's line about zebras names,
    // in place of the "one" (added when no phrase placed one there).
    else if ((item.raw.length <= 2 || !lexicon.stopwords.has(item.norm)) && one(at) !== undefined) {
      replace(one(at)!);
      objects.push({ type: 'ref', at, ref: 'it', name: item.raw });
    }
    if (item.lang || noun) explained[at] = 1;
  });
  if (replaced.size) {
    let kept = 0;
    for (const object of objects) if (!replaced.has(object)) objects[kept++] = object;
    objects.length = kept;
  }
  objects.sort((a, b) => a.at - b.at);
  return draft;
}
