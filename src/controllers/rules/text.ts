// The tokenizer: one pass over the request, no regular expression over more than one character
// (or one whitespace-free run), so its cost is linear in the request's length. Words are lower
// case with accents folded; a word split by an apostrophe or a hyphen becomes two words
// ("what's" → what s, "text-to-speech" → text to speech); files, URLs, data URIs and artifact
// paths are single tokens; line breaks are kept because a blank line separates pasted text.
import type { ResourceKind } from '../../registry/task-types.js';

export interface Token {
  type: 'word' | 'resource' | 'punct' | 'quote' | 'break';
  start: number;
  end: number;
  /** Words: lower case, accents folded. Punctuation and quotes: the characters. Breaks: "line" or "para". */
  norm: string;
  /** Resources: the kind its extension says, when it says one. */
  kind?: ResourceKind;
  /** Words: written with a capital letter (a quote ending in "." followed by one ends its sentence). */
  capital?: true;
}

const EXTENSIONS = new Map<string, ResourceKind>(
  Object.entries({
    image: 'jpg jpeg png gif bmp webp tif tiff svg ico heic',
    audio: 'wav mp3 flac ogg m4a aac wma aif aiff opus',
    video: 'mp4 avi mov mkv webm flv wmv m4v mpg mpeg',
    text: 'txt text csv tsv md pdf doc docx json html htm',
  }).flatMap(([kind, list]) => list.split(' ').map((extension) => [extension, kind as ResourceKind] as const)),
);
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '`']);
const RUN_STOP = new Set([...QUOTES, '(', ')', '<', '>', '[', ']', '{', '}']);
const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** An email address, tried on one whitespace-free run (each part a run of characters the next separator cannot start: no backtracking). */
const EMAIL = /^[\w+-]+(?:\.[\w+-]+)*@[\w-]+(?:\.[\w-]+)+$/u;
/** The ASCII members of RUN_STOP by character code. */
const ASCII_RUN_STOP = new Uint8Array(128);
for (const char of RUN_STOP) if (char.charCodeAt(0) < 128) ASCII_RUN_STOP[char.charCodeAt(0)] = 1;
/** RUN_STOP.has(text[at]), without making a string of an ASCII character. */
const runStop = (code: number, text: string, at: number) => (code < 128 ? ASCII_RUN_STOP[code] === 1 : RUN_STOP.has(text[at]!));
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x3000;

const isWordChar = (text: string, at: number, code = text.charCodeAt(at)): boolean =>
  code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 : LETTER.test(text[at]!);

/**
 * `value` without the characters `drop` matches at its end. A loop, not `replace(/[…]+$/)`: that pattern
 * tries every start in a long run of such characters that is not at the end, quadratic in the run.
 */
export function trimEnd(value: string, drop: RegExp): string {
  let end = value.length;
  while (end > 0 && drop.test(value[end - 1]!)) end--;
  return value.slice(0, end);
}

/** Lower case, accents and ligatures folded: "Übersetze" → "ubersetze". */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** The kind of a file name or URL path from its extension. */
function kindOfName(name: string): ResourceKind | undefined {
  const path = name.split(/[?#]/, 1)[0]!;
  const dot = path.lastIndexOf('.');
  return dot > 0 ? EXTENSIONS.get(path.slice(dot + 1).toLowerCase()) : undefined;
}

/** A resource written as one run of characters, without its final punctuation: URL, data URI, artifact, example or file name. */
function resourceIn(value: string): { kind?: ResourceKind } | null {
  const lower = value.toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://')) return value.length > 8 ? { kind: kindOfName(value) } : null;
  if (lower.startsWith('data:') && lower.includes(';base64,')) return { kind: (['audio', 'video'] as const).find((mime) => lower.startsWith(`data:${mime}/`)) ?? 'image' };
  if (lower.startsWith('/artifacts/') && value.length > 11) return { kind: kindOfName(value) };
  const kind = kindOfName(value);
  return kind && /^[\w.~/%+-]+$/.test(value) && !value.startsWith('.') ? { kind } : null;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Every token has the same fields, so the code reading them stays monomorphic (measured faster than smaller tokens of three shapes).
  const push = (type: Token['type'], start: number, end: number, norm: string, kind?: ResourceKind, capital?: true) => tokens.push({ type, start, end, norm, kind, capital });
  const n = text.length;
  let i = 0;
  let runStart = true;
  while (i < n) {
    const start = i;
    if (isSpace(text.charCodeAt(i))) {
      let lines = 0;
      while (i < n && isSpace(text.charCodeAt(i))) if (text.charCodeAt(i++) === 10) lines++;
      if (lines > 0) push('break', start, i, lines > 1 ? 'para' : 'line');
      runStart = true;
      continue;
    }
    const char = text[i]!;
    if (runStart && !RUN_STOP.has(char)) {
      let end = i, mark = n;
      for (let code = text.charCodeAt(end); end < n && !isSpace(code) && !runStop(code, text, end); code = text.charCodeAt(++end)) if (mark === n && (code === 46 || code === 47 || code === 58)) mark = end;
      // Only a run with a dot, a slash or a colon before its final punctuation ("aloud.") can be a file or a URL.
      let last = end;
      while (last > mark && '.,;:!?'.includes(text[last - 1]!)) last--;
      const value = mark < last && end - i > 4 ? text.slice(i, last) : '';
      const found = value ? resourceIn(value) : null;
      if (found) {
        i = last;
        push('resource', start, i, value, found.kind);
        runStart = false;
        continue;
      }
      // "jo.marsh@example.com?": an email address is one word (its dots end no sentence), not a file.
      if (value && EMAIL.test(value)) {
        i = last;
        push('word', start, i, value.toLowerCase());
        runStart = false;
        continue;
      }
    }
    // A file name may follow a quote or a bracket directly.
    runStart = RUN_STOP.has(char);
    if (isWordChar(text, i)) {
      // "9:30", "3.5": one word. Most words are lower case ASCII already: folded only when not.
      let folded = true;
      for (let code = text.charCodeAt(i); i < n && (isWordChar(text, i) || ((code === 58 || code === 46 || code === 44) && /\d/.test(text[i - 1]!) && /\d/.test(text[i + 1] ?? ''))); code = text.charCodeAt(++i)) folded &&= code < 65 || (code > 90 && code < 128);
      const first = text.charCodeAt(start);
      const capital = (first >= 65 && first <= 90) || (first > 127 && text[start] !== text[start]!.toLowerCase()) || undefined;
      push('word', start, i, folded ? text.slice(start, i) : fold(text.slice(start, i)), undefined, capital);
      // An apostrophe or a hyphen inside a word splits it and is dropped ("tl;dr" too).
      if (("'’-".includes(text[i] ?? 'x') || (text[i] === ';' && i - start <= 3)) && i + 1 < n && isWordChar(text, i + 1)) i++;
    } else if (QUOTES.has(char)) {
      // A fence: three backticks, or three straight quotes ('"""', Python's way).
      i += '`"\''.includes(char) && text[i + 1] === char && text[i + 2] === char ? 3 : 1;
      push('quote', start, i, text.slice(start, i));
    } else {
      while (i < n && text[i] === char) i++;
      push('punct', start, i, char);
    }
  }
  return tokens;
}

// Loops in place of patterns that try every start of a long run (a whitespace run not followed by
// what they need): each is linear, and gives what the pattern named in its comment gave.
const WHITE = /\s/;
/** The end of the whitespace run that starts at `at`. */
const skipSpace = (value: string, at: number) => {
  while (at < value.length && WHITE.test(value[at]!)) at++;
  return at;
};

/** `value.replace(/\s+\S+$/, '')`: without its last word and the space before it (unchanged when it ends in a space or is one word). */
export function dropLastWord(value: string): string {
  let start = value.length;
  while (start > 0 && !WHITE.test(value[start - 1]!)) start--;
  if (start === value.length || start === 0) return value;
  while (start > 0 && WHITE.test(value[start - 1]!)) start--;
  return value.slice(0, start);
}

/** `value.replace(/\s+([?.,!])/g, '$1')`: no space before a question mark, full stop, comma or exclamation mark. */
export function tightenPunctuation(value: string): string {
  let out = '';
  let from = 0;
  for (let at = 0; at < value.length; ) {
    if (!WHITE.test(value[at]!)) {
      at++;
      continue;
    }
    const end = skipSpace(value, at);
    if ('?.,!'.includes(value[end] ?? 'x')) (out += value.slice(from, at)), (from = end);
    at = end;
  }
  return out + value.slice(from);
}

/** `value.split(/\s*(?:;|,\s*and\s+|,|\s+and\s+)\s*\/)`: things listed with ";", ",", ", and" or "and". */
export function splitListed(value: string): string[] {
  const parts: string[] = [];
  const and = (at: number) => value.startsWith('and', at) && at + 3 < value.length && WHITE.test(value[at + 3]!);
  let from = 0;
  for (let at = 0; at < value.length; ) {
    // A separator starts at a run of spaces (perhaps empty) and is ";" or "," after it, or "and" after a non-empty run.
    const run = skipSpace(value, at);
    const char = value[run];
    let end = -1;
    if (char === ';') end = skipSpace(value, run + 1);
    else if (char === ',') {
      const after = skipSpace(value, run + 1);
      end = and(after) ? skipSpace(value, after + 3) : after;
    } else if (run > at && and(run)) end = skipSpace(value, run + 3);
    if (end < 0) {
      at = run > at ? run : at + 1;
      continue;
    }
    parts.push(value.slice(from, at));
    from = at = end;
  }
  parts.push(value.slice(from));
  return parts;
}
