// Earlier turns of the chat as context: the files named in them (by the user, or produced and
// linked in an answer such as /artifacts/3f2a9c71.png) and the assistant's last answer as text,
// so "make that picture bigger" and "translate your answer into German" have something to use.
import type { ChatMessage } from '../../pipeline/types.js';
import { findQuotes } from './content.js';
import type { Entity } from './graph.js';
import { CONVERSIONS } from './lexicon/intents.js';
import { tokenize, trimEnd } from './text.js';

/** Only the latest messages can hold what "it" or "that picture" means. */
const HISTORY_MESSAGES = 6;
const SCAN_CHARACTERS = 20_000;
const REPORT = 'What I did:';

const ITEM_MARK = /(?:\d{1,2}[.)]\s+(?:\S+\.\w{2,4}:\s+)?|\S+\.\w{2,4}:\s+)/y;

/**
 * The items of an answer whose lines open with "1." / "2)" or a file name and a colon. A line's mark is tried once, where the
 * blank run before it ends: `split(/\n\s*(?:…)/)` tried it from every line break of the run, quadratic in a long blank run.
 */
function itemsOf(value: string): string[] {
  const items: string[] = [];
  let from = -1;
  for (let at = 0; at >= 0 && at <= value.length; ) {
    let end = at;
    while (end < value.length && /\s/.test(value[end]!)) end++;
    ITEM_MARK.lastIndex = end;
    const mark = ITEM_MARK.exec(value);
    if (mark) {
      if (from >= 0) items.push(value.slice(from, at));
      from = end + mark[0].length;
    }
    const next = value.indexOf('\n', Math.max(end, from));
    at = next < 0 ? -1 : next;
  }
  if (from >= 0) items.push(value.slice(from));
  return items;
}

/**
 * A templated answer without its "What I did:" report, which starts a line. Found with indexOf and a step back over
 * the spaces before it, not with `split(/\n\s*What I did:/)`, which tries every line break of a long blank run.
 */
function beforeReport(content: string): string {
  for (let at = content.indexOf(REPORT); at >= 0; at = content.indexOf(REPORT, at + 1)) {
    let start = at;
    while (start > 0 && /\s/.test(content[start - 1]!)) start--;
    if (content.slice(start, at).includes('\n')) return content.slice(0, start);
  }
  return content;
}

/** The answer's own text: the first part of a templated answer, without its label (in any language: "Transcrição:") and quotes. */
function answerText(content: string): string {
  // "Here's the transcript:\n\n…": a short first line ending in a colon presents the text on the lines after it.
  const text = beforeReport(content).trim().replace(/^\p{Lu}[\p{L}\d_ ]{0,40}:\s+(?=["“'«])/u, '').replace(/^[^\n:]{1,40}:[ \t]*\n\s*(?=\S)/u, '');
  const quoted = /^["“«']([^"”»]+)["”»']/.exec(text);
  // What comes before the files the answer lists ("…", image /artifacts/x.png). Found by its first file word, then trimmed back,
  // not by `replace(/,?\s*(?:image|…)\s+\S+.*$/s)`, which tries every start of a long run of spaces: quadratic in it.
  const files = /(?:image|audio|video|spoken:?)\s+\S/.exec(text);
  const before = files ? trimEnd(text.slice(0, files.index), /\s/).replace(/,$/, '') : text;
  if (quoted && quoted[0].length >= before.length - 2) return quoted[1]!.trim();
  return text;
}

// Positions of earlier turns: far below the request's (0 on), each turn a million apart, its answer text halfway.
const turnStart = (index: number) => -1e9 + index * 1e6;
/** The turn of the chat a position of `historyEntities` is in (0 the oldest kept). */
export const turnOf = (at: number) => Math.floor((at + 1e9) / 1e6);

/** `foreign`: whether a text is in another language; `addressees`: the request's language's words for "you" and "me" (lexicon data). */
/** `document`: whether a word names a document or a picture of text ("receipts", "sign"), lexicon data: a photo named in a message that says so is one. */
/** `converted`: the file a user's message only asked to turn into text (its transcript), read with the chat before it; that answer is then the file's text. */
export function historyEntities(history: readonly ChatMessage[], foreign: (text: string) => boolean = () => false, addressees: ReadonlySet<string> = new Set(), document: (word: string) => boolean = () => false, converted?: (message: string, earlier: readonly ChatMessage[]) => string | undefined): Entity[] {
  const recent = history.filter((message) => message.role !== 'system').slice(-HISTORY_MESSAGES);
  const entities: Entity[] = [];
  recent.forEach((message, index) => {
    const base = turnStart(index);
    const text = message.content.slice(0, SCAN_CHARACTERS);
    const tokens = tokenize(text);
    const files = tokens.filter((token) => token.type === 'resource' && token.kind && token.kind !== 'text');
    // "I uploaded two receipts: receipt_jan.jpg and receipt_feb.jpg": the user's photos of documents are documents.
    const documents = message.role === 'user' && files.some((token) => token.kind === 'image') && tokens.some((token) => (token.type === 'word' || token.type === 'resource') && token.norm.split(/[^a-z]+/).some(document));
    for (const token of files) entities.push({ id: 0, kind: documents && token.kind === 'image' ? 'document' : token.kind!, value: text.slice(token.start, token.end), content: true, at: base + token.start, given: true, ...(message.role === 'assistant' ? { made: true } : {}) });
    // Text the user gave earlier ("What language is '…'?"): what "it" is when the answer only judged it.
    // Unquoted, it is what follows the instruction's colon ("Summarize: …").
    const quotes = message.role === 'user' ? findQuotes(text, tokens) : [];
    const colon = message.role === 'user' && !quotes.length && !files.length && /^[^:\n]{1,80}:\s+(\S+(?:\s+\S+){7,}.*)$/s.exec(text);
    for (const quote of colon ? [{ start: 0, value: colon[1]!.trim() }] : quotes) entities.push({ id: 0, kind: 'text', value: quote.value, content: true, at: base + tokens[quote.start]!.start, given: true, lead: text.slice(Math.max(0, tokens[quote.start]!.start - 200), tokens[quote.start]!.start).toLowerCase() });
  });
  // A question back (to the user: "What would you like me to do?", not a translated "Where is the station?") is no text to work on:
  // the answer before it is ("You're welcome! Anything else?" after a transcript).
  const asksBack = (answer: string) => answer.endsWith('?') && tokenize(answer.slice(-SCAN_CHARACTERS)).some((token) => token.type === 'word' && addressees.has(token.norm));
  const answered = recent.map((message) => message.role === 'assistant' && !asksBack(answerText(message.content)));
  const last = answered.includes(true) ? answered.lastIndexOf(true) : recent.findLastIndex((message) => message.role === 'assistant');
  if (last < 0) return entities;
  const value = answerText(recent[last]!.content);
  // A word or two in English about a text the user gave ("That's Swedish.", not "Bonne nuit") or around a file ("Here it is: /artifacts/…") is no text to work on.
  // So is a short line that presents the file it links ("Here's the depth map: /artifacts/…").
  const said = tokenize(value.slice(0, 400));
  const presents = said.some((token) => token.type === 'resource' && token.kind && token.kind !== 'text') && said.filter((token) => token.type === 'word').length <= 6 && value.length <= 400;
  const verdict = asksBack(value) || presents || (value.split(/\s+/).length <= 4 && !foreign(value) && entities.some((entity) => entity.kind === 'text' || entity.at >= turnStart(last)));
  // "1. …\n2. …", "a.jpg: …\nb.jpg: …" (or both: "1. a.jpg: …"): each item of a numbered answer or one per file, only for "read the second one aloud" (a slot: nothing
  // takes it as "it"); else the answers so far, for "the first description" and "how similar are those two descriptions?".
  const numbered = itemsOf(value).map((item, index) => ({ value: item.trim(), at: turnStart(last) + 5e5 + index + 1 }));
  const answers = recent.flatMap((message, index) => (answered[index] ? [{ value: answerText(message.content), at: turnStart(index) + 5e5 + 1 }] : []));
  const items = (numbered.length > 1 ? numbered : answers.length > 1 ? answers : []).map((item) => ({ id: 0, kind: 'text' as const, value: item.value, content: true, at: item.at, given: true, answer: true, slot: true }));
  const answer: Entity = { id: 0, kind: 'text', value, content: !verdict, at: turnStart(last) + 5e5, given: true, answer: true };
  // "transcribe call.wav" answered with its transcript: that answer is the recording's text for a later question on it, even after
  // another exchange ("is that the same Tom?"); the latest such answer for each file. An earlier answer is a slot: "it" never names it.
  const texts: Entity[] = [];
  for (let index = last; converted && index > 0; index--) {
    if (!answered[index] || recent[index - 1]!.role !== 'user' || (index === last && verdict)) continue;
    const files = entities.filter((entity) => turnOf(entity.at) === index - 1 && !entity.textIn && CONVERSIONS[entity.kind] === 'transcribe');
    const asked = files.length ? converted(recent[index - 1]!.content, recent.slice(0, index - 1)) : undefined;
    const file = asked === undefined ? undefined : files.find((entity) => entity.value === asked);
    if (file) file.textIn = index === last ? answer : texts[texts.push({ id: 0, kind: 'text', value: answerText(recent[index]!.content), content: true, at: turnStart(index) + 5e5 + 0.5, given: true, answer: true, slot: true }) - 1];
  }
  return [...entities, answer, ...items, ...texts];
}
