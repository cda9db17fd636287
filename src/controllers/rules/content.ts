// Instruction apart from content. Before any intent is read, find the text the user gives to be
// worked on: quoted text, a pasted block (paragraphs around a short instruction), text after a
// colon that follows an instruction or a label ("Question: …"), and text after a sentence that
// points at it ("Summarize the following text? …"). Intents are never read inside content.
import type { Cue, FieldName, Lexicon } from './lexicon/index.js';
import type { Item, Match, Span } from './match.js';
import type { Token } from './text.js';

export interface Content extends Span {
  value: string;
  field?: FieldName;
  /** The texts of a list ("- …", "1) …", "A: …"), each without its marker; `labelled` when opened by labels ("Ana: …", "Email 1:"): a chat log or a form may be one text, judged whole unless each is asked. */
  parts?: { values: string[]; labelled: boolean };
}

const MARKERS = [[String.raw`(?:[-•*·]|\(?(?:\d{1,2}|[a-hA-H])[.)])\s+`, false], [String.raw`[^\s:]+(?:[ \t][^\s:]+)?[ \t]?:\s+`, true]] as const;

/**
 * `text.split(/\n\s*<mark>/u)`, with `mark` tried once per run of spaces after a line break, where the run ends (a mark
 * opens with no space): the pattern tried every line break of a run of blank lines, quadratic in the run.
 */
function splitAtMarks(text: string, mark: RegExp): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = 0; at < text.length; ) {
    if (text[at] !== '\n') {
      at++;
      continue;
    }
    let end = at;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    mark.lastIndex = end;
    const found = mark.exec(text);
    if (found) parts.push(text.slice(from, at)), (from = end + found[0].length);
    at = found ? from : end;
  }
  parts.push(text.slice(from));
  return parts;
}

/** A list of texts: every line opens with a bullet or a number (perhaps the `head` before the text on its first line), or every item with a short label (its text may run on over lines: "Email 1:\n…"). */
export function listParts(text: string, head = ''): Content['parts'] {
  const value = new RegExp(`^${MARKERS[0][0]}$`, 'u').test(`${head.trim()} `) ? `${head.trim()} ${text}` : text;
  for (const [marker, labelled] of value.length <= 4000 ? MARKERS : []) {
    const values = splitAtMarks(`\n${value}`, new RegExp(marker, 'uy')).map((part) => part.trim());
    if (values.length > 2 && !values[0] && values.slice(1).every((part) => part && (labelled || !part.includes('\n')))) return { values: values.slice(1), labelled };
  }
  return undefined;
}

/** A letter of a script written without spaces between words (kana, CJK ideographs, Hangul syllables, Thai). */
const UNSPACED = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/u;
const CLOSERS: Record<string, string> = { '"': '"“”', '“': '”"“', '„': '“”', '«': '»', '»': '«', '‘': '’', "'": "'", '’': '’', '`': '`', '```': '```', '"""': '"""', "'''": "'''" };
const QUESTIONS = new Set(['question', 'vqa', 'docqa', 'qa']);
const wordAt = (text: string, at: number) => at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at]!);
const spaceAt = (text: string, at: number) => at >= text.length || /\s/.test(text[at]!);

/** Quoted spans: an opening quote after a non-letter, closed by its partner before a non-letter. */
export function findQuotes(text: string, tokens: readonly Token[]): Content[] {
  const found: Content[] = [];
  let open = -1;
  tokens.forEach((token, index) => {
    if (token.type !== 'quote') return;
    // French quotes take spaces inside, and a fence a line break; German ones point the other way (»…«). A quote with no partner in CLOSERS (an opening '”') closes nothing.
    const french = token.norm === '«' || token.norm === '»' || token.norm.length === 3;
    // A fence is closed by a fence only: a `name` in backticks inside it is code.
    if (open >= 0 && CLOSERS[tokens[open]!.norm]?.includes(token.norm) && token.norm.length === tokens[open]!.norm.length && (french || !spaceAt(text, token.start - 1)) && !wordAt(text, token.end)) {
      const inner = index - open - 1;
      // A quoted file name is the file ('example.jpg'), not text.
      // "```python\n…": a fence's language tag is no part of its text.
      const tag = tokens[open]!.norm === '```' ? text.indexOf('\n', tokens[open]!.end) + 1 : 0;
      const from = tag > 0 && tag - tokens[open]!.end <= 16 && /^[\w+#-]+\s*$/.test(text.slice(tokens[open]!.end, tag)) ? tag : tokens[open + 1]!.start;
      if (inner > 1 || (inner === 1 && tokens[open + 1]!.type !== 'resource')) found.push({ start: open, end: index + 1, value: text.slice(from, token.start).trim() });
      open = -1;
    } else if (open < 0 && !wordAt(text, token.start - 1) && (french || !spaceAt(text, token.end))) open = index;
  });
  return found;
}

/** Counts of flagged items over any range, in constant time. */
function counter(length: number, flagged: (at: number) => unknown): (from: number, to: number) => number {
  const sums = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) sums[i + 1] = sums[i]! + (flagged(i) ? 1 : 0);
  const clamp = (at: number) => Math.max(0, Math.min(at, length));
  return (from, to) => sums[Math.max(clamp(from), clamp(to))]! - sums[clamp(from)]!;
}

/** The content spans beyond quotes, found from the phrases matched on the quote-free items. */
export function findContent(text: string, tokens: readonly Token[], quotes: Content[], items: readonly Item[], matches: readonly Match[], lexicon: Lexicon): Content[] {
  const n = items.length;
  /** Phrases with a meaning that passes the test, counted by their first item. */
  const flagged = (test: (cue: Cue, match: Match) => boolean) => {
    const flags = new Uint8Array(n);
    // Indexed, with one test for all: a closure or an iterator made per phrase is megabytes on a long request.
    for (let m = 0; m < matches.length; m++) for (let c = 0, { start, cues } = matches[m]!; c < cues.length; c++) if (test(cues[c]!, matches[m]!)) flags[start] = 1;
    return counter(n, (at) => flags[at]);
  };
  const cues = flagged((cue) => cue.type === 'say' || cue.type === 'make' || cue.type === 'target');
  // "the following tasks: …" points at instructions, not at content.
  // "came in above plan": a one-word pointer that is no determiner, before a plain word (no function word, no noun of a kind), is a preposition.
  const preposition = (match: Match) => match.end - match.start === 1 && !lexicon.definite.has(items[match.start]!.norm) && items[match.end]?.type === 'word' && !lexicon.stopwords.has(items[match.end]!.norm) && !lexicon.nouns.has(items[match.end]!.norm);
  const pointers = flagged((cue, match) => cue.type === 'ref' && cue.ref === 'pointer' && !lexicon.instructionNouns.has(items[match.end]?.norm ?? '') && !preposition(match));
  const questions = flagged((cue) => cue.type === 'say' && QUESTIONS.has(cue.intent));
  const joins = flagged((cue) => cue.type === 'then' || cue.type === 'and');
  const words = counter(n, (at) => items[at]!.type === 'word');
  // "… over the hills - thanks!": thanks set apart by a dash at the end of a text is the user's, not the text's.
  const thanks = flagged((cue) => cue.type === 'chitchat');
  const found = [...quotes];
  const taken = new Uint8Array(n);
  const norm = (at: number) => items[at]?.norm;
  const nextBoundary = new Int32Array(n + 1).fill(n);
  const nextPara = new Int32Array(n + 1).fill(n);
  for (let at = n - 1; at >= 0; at--) {
    nextBoundary[at] = items[at]!.type === 'boundary' ? at : nextBoundary[at + 1]!;
    nextPara[at] = norm(at) === 'para' ? at : nextPara[at + 1]!;
  }
  // "rude or polite?", "spam or not spam:": a short question made of alternatives asks which fits the text.
  const [ors, asks] = [counter(n, (at) => lexicon.alternatives.has(items[at]!.raw)), counter(n, (at) => norm(at) === '?' || norm(at) === ':')];
  const choice = (from: number, to: number) => ors(from, to) > 0 && asks(from, to) > 0 && words(from, to) <= 8;

  /** An arrow pointing back ("<-", "←"), which match.ts reads as a full stop. */
  const arrow = (at: number) => items[at]?.type === 'boundary' && ['<', '←'].includes(tokens[items[at]!.token]!.norm);
  /** Adds the items [from, to) as content, unless empty or overlapping content already found. */
  const take = (from: number, to: number, field?: FieldName) => {
    // A dash after a line break opens a bulleted list, which is part of the text.
    while (from < to && (items[from]!.type === 'boundary' || (items[from]!.type === 'dash' && from > 0 && !['line', 'para'].includes(norm(from - 1)!)))) from++;
    // The text keeps its own final punctuation; line breaks and a colon after it are not part of it.
    // Nor a dash after it, nor thanks after a dash ("… in watercolor -", "… - thanks").
    for (let dash = to - 1; dash > Math.max(from, to - 8); dash--) if (items[dash]!.type === 'dash' && thanks(dash + 1, dash + 2) > 0) to = dash;
    while (to > from && (items[to - 1]!.type === 'dash' || (items[to - 1]!.type === 'boundary' && (!'?.!;…'.includes(norm(to - 1)!) || arrow(to - 1))))) to--;
    if (to <= from || taken[from] || taken[to - 1] || (to - from === 1 && items[from]!.type === 'content')) return;
    // "Here is the image: 'example.jpg'", "both photos: a.jpg and b.jpg": files named after a colon are files, not text.
    let file = from;
    while (file < to && (items[file]!.type === 'resource' || items[file]!.type === 'boundary' || items[file]!.type === 'comma' || lexicon.conjunctions.has(items[file]!.raw))) file++;
    // "a recording: note.wav. Transcribe it": after the files, a new sentence is the user's again.
    if (file === to || (file > from && ((items[file - 1]!.type === 'boundary' && '.!?'.includes(norm(file - 1)!)) || items[file]!.type === 'dash') && items.slice(from, file).some((item) => item.type === 'resource'))) return;
    const last = items[to - 1]!;
    const span = { start: items[from]!.token, end: last.type === 'content' ? found[last.content!]!.end : last.token + 1 };
    // "[09:02] Ana: …": a bracket that opens the text is part of it (the tokenizer keeps no token for it).
    const begin = tokens[span.start]!.start - ('[('.includes(text[tokens[span.start]!.start - 1] ?? 'x') && !text[tokens[span.start]!.start - 2]?.trim() ? 1 : 0);
    // A full-width mark ends it as it wrote it ("…ませんか？").
    // So does a bracket that closes one opened inside it ("Greg (landlord)").
    const [endAt, closer] = [tokens[span.end - 1]!.end, text[tokens[span.end - 1]!.end] ?? 'x'];
    const opener = closer === ')' ? '(' : closer === ']' ? '[' : '';
    const inside = opener ? text.slice(begin, endAt) : '';
    const open = opener && inside.split(opener).length > inside.split(closer).length;
    let value = text.slice(begin, endAt + ('？。！'.includes(closer) || open ? 1 : 0)).trim();
    if (value.length > 1 && CLOSERS[value[0]!]?.includes(value.at(-1)!)) value = value.slice(1, -1).trim();
    found.push({ ...span, value, ...(field ? { field } : {}) });
    taken.fill(1, from, to);
  };

  // Paragraphs around a short instruction paragraph (first or last) are pasted content.
  const paragraphs: Span[] = [];
  let start = 0;
  for (let at = 0; at <= n; at++) {
    if (at < n && norm(at) !== 'para') continue;
    if (at > start) paragraphs.push({ start, end: at });
    start = at + 1;
  }
  // "Got this from my landlord.\n\n<text>\n\n<question>": a short paragraph that presents what follows is the user's, not pasted.
  const presents = flagged((meaning) => meaning.type === 'presenter');
  // "Quick one from these notes —": a short paragraph that points at the others is the user's too.
  const cue = (p: Span) => cues(p.start, p.end) > 0 || ((presents(p.start, p.start + 1) > 0 || pointers(p.start, p.end) > 0) && words(p.start, p.end) <= 12);
  // A chat log or transcript ("Ana: …" on every line, perhaps under a title: "Group chat, Monday"), or a list ("- …" on every line), is text to work on, whatever it asks.
  // "> …" on every line is quoted mail, however short.
  const quoted = (at: number) => !!items[at] && text.slice(Math.max(0, tokens[items[at]!.token]!.start - 8), tokens[items[at]!.token]!.start).trimEnd().endsWith('>');
  // "source: es\ntarget: en\ntext: …": a line that gives a language in a field is a setting, so its paragraph is no chat log.
  const settings = new Set(matches.filter((match) => norm(match.end) === ':' && match.cues.some((meaning) => meaning.type === 'field' && (meaning.field === 'source' || meaning.field === 'target'))).map((match) => match.start));
  const log = (p: Span) => {
    let [lines, labelled, from, title, marked] = [0, 0, p.start, 0, 0];
    for (let at = p.start; at <= p.end; at++) {
      if (at < p.end && norm(at) !== 'line') continue;
      if (settings.has(from)) return false;
      // A line is labelled when a colon comes within its first six items, or when it opens with a dash and names no file.
      lines++;
      if (quoted(from)) marked++;
      if ((items[from]?.type === 'dash' && !items.slice(from, at).some((item) => item.type === 'resource')) || items.slice(from, Math.min(at, from + 6)).some((item) => item.norm === ':')) labelled++;
      else if (lines === 1) title = 1;
      from = at + 1;
    }
    return (labelled >= 2 && labelled + title === lines) || marked === lines;
  };
  // "Review A: …\n\nReview B: …": paragraphs that open with a short label, when two do, are texts however they read.
  const opensLabel = (p: Span) => items[p.start]!.type === 'word' && (norm(p.start + 1) === ':' || (norm(p.start + 2) === ':' && items[p.start + 1]!.type === 'word'));
  const labelledTexts = paragraphs.filter(opensLabel).length >= 2;
  const instruction = (p: Span, limit: number) => !(labelledTexts && opensLabel(p)) && words(p.start, p.end) <= limit && (cue(p) || norm(p.end - 1) === ':' || norm(p.end - 1) === '?' || items[p.end - 1]!.type === 'dash' || choice(p.start, nextBoundary[p.start]! + 1)) && !log(p);
  const [opening, final] = [paragraphs[0], paragraphs.at(-1)];
  const [points, length] = [(p: Span) => pointers(p.start, p.end) > 0 || choice(p.start, nextBoundary[p.start]! + 1), (p: Span) => words(p.start, p.end)];
  // Text that mentions tasks can look like an instruction: the paragraph that points at the other ("this email") asks, else a much shorter one.
  // (No paragraph at all when the request is only a quote or a fence left open: '"', '```'.)
  const [short, long] = opening ? [opening, final!].sort((a, b) => length(a) - length(b)) : [];
  const pasted = !opening ? undefined : points(opening) !== points(final!) ? (points(opening!) ? final : opening) : length(long!) >= Math.max(20, 2 * length(short!)) ? long : undefined;
  if (paragraphs.length === 2 && norm(opening!.end - 1) !== ':' && instruction(opening!, 60) && instruction(final!, 60) && pasted) take(pasted.start, pasted.end);
  else if (paragraphs.length >= 2) {
    let first = instruction(opening!, 60) ? 1 : 0;
    let last = paragraphs.length - (instruction(final!, 60) && norm(final!.end - 1) !== ':' ? 1 : 0);
    if (first > 0 || last < paragraphs.length) {
      while (first < last && instruction(paragraphs[first]!, 25) && cue(paragraphs[first]!)) first++;
      while (last > first && instruction(paragraphs[last - 1]!, 25) && cue(paragraphs[last - 1]!)) last--;
      // Paragraphs that open with a label ("Version 1: …") are each their own field, read below.
      const labelled = new Set(matches.filter((match) => norm(match.end) === ':' && match.cues.some((meaning) => meaning.type === 'field')).map((match) => match.start));
      // "Shorten this for the newsletter: Hi team,\n\n…": a greeting after the instruction's colon opens the block.
      let colon = first === 1 ? opening!.end - 1 : 0;
      while (colon > opening!.start && norm(colon) !== ':') colon--;
      let from = colon > opening!.start && cues(colon + 1, opening!.end) === 0 && words(colon + 1, opening!.end) <= 4 && items[opening!.end - 1]!.type !== 'boundary' ? colon + 1 : paragraphs[first]!.start;
      // "Notes from Monday:\n- …": a short first line ending in a colon labels the one block pasted, it is not part of it.
      const title = nextBoundary[from]!;
      // So does a short label that opens with a possessive on the block's first line ("Our return policy: Items can …").
      if (last - first === 1 && norm(title) === ':' && words(from, title) <= 5 && ((norm(title + 1) === 'line' && nextPara[from]! > title + 2) || (lexicon.possessive.has(norm(from)!) && words(from, title) <= 4 && words(title, nextBoundary[title + 1]!) > 3))) from = title + 1;
      if (first < last && !paragraphs.slice(first, last).some((p) => labelled.has(p.start))) take(from, paragraphs[last - 1]!.end);
    }
  }
  // "<text>\nBased on that, is it open on Sunday?": in one paragraph, a short last line that asks and points back asks of the much longer lines before it.
  const back = flagged((meaning) => meaning.type === 'ref' && (meaning.ref === 'pointer' || meaning.ref === 'it'));
  let [line, labelled, opened] = [paragraphs.length === 1 && found.length === 0 ? n - 1 : 0, 0, 0];
  while (line > 0 && norm(line) !== 'line') line--;
  // "A: …\nB: …\nDo A and B say the same?": so do lines that each open with a short label, however short.
  // (Not lines that give languages in fields: "source: es\ntarget: en\ntext: …" are settings and a text.)
  for (let at = 0; at <= line && line > 0; at++) if (at === 0 || norm(at - 1) === 'line') (opened++, [at + 1, at + 2].some((colon) => norm(colon) === ':' && items[colon - 1]!.type === 'word') && !settings.has(at) && labelled++);
  if (line > 0 && (cues(line + 1, n) > 0 || norm(n - 1) === '?') && ((labelled >= 2 && labelled === opened) || back(line + 1, n) > 0) && words(line + 1, n) <= 25 && ((labelled >= 2 && labelled === opened) || words(0, line) >= Math.max(20, 2 * words(line + 1, n))) && !items.some((item) => item.type === 'resource')) take(0, line);
  // "Quick question on the policy below: can I …?", "This is my speech. … read it aloud": a pointer before a pasted block points at the block, not at the rest of its paragraph.
  const block = paragraphs.findLast((p) => taken[p.start] || items[p.start]!.type === 'content')?.start ?? -1;

  // Text after a colon that ends a label ("Question:", "My question is:") or an instruction ("Translate to Spanish:").
  const fieldEnding = new Map<number, FieldName>();
  const joinEnds = new Set(matches.filter((match) => match.cues.some((meaning) => meaning.type === 'and' || meaning.type === 'then')).map((match) => match.end));
  const fieldLines = new Set<number>();
  const thenStarts = new Set<number>();
  for (const match of matches) {
    for (const meaning of match.cues) {
      if (meaning.type === 'then') thenStarts.add(match.start);
      // "classify as praise, complaint or question: …": a field's name ending a list of labels is one of them.
      if (meaning.type === 'field' && lexicon.conjunctions.has(items[match.start - 1]?.raw ?? '')) continue;
      // "Tag it as one of: a, b, c": a label marker before a colon labels what follows.
      // (Labels named a few words before stay labels: "categories for the message:".)
      // So does a phrase that asks for a label or ends on a marker ("which bucket: …", "Label it as: urgent, not urgent — …").
      const marks = meaning.type === 'label' || (meaning.type === 'say' && (meaning.intent === 'zeroShot' || lexicon.weakLabelMarkers.has(items[match.end - 1]!.raw)));
      if ((meaning.type === 'field' || (marks && norm(match.end) === ':')) && fieldEnding.get(match.end) !== 'labels') fieldEnding.set(match.end, meaning.type === 'field' ? meaning.field : 'labels');
      // "Use these categories for the ticket: a / b / c": a few words may say what the labels are for before the colon.
      // ("Option 1:" names no labels: a function word opens what follows.)
      for (let at = match.end; meaning.type === 'field' && meaning.field === 'labels' && lexicon.stopwords.has(norm(match.end) ?? '') && at < match.end + 4 && items[at]?.type === 'word'; at++) if (norm(at + 1) === ':') fieldEnding.set(at + 1, 'labels');
      if (meaning.type !== 'field') continue;
      // "My question is 'What…'", "My question is, 'What…'": the quote is the field's value.
      const value = items[match.end]?.type === 'comma' ? match.end + 1 : match.end;
      if (items[value]?.type === 'content' && lexicon.copulas.has(items[match.end - 1]!.raw)) found[items[value]!.content!]!.field ??= meaning.field;
      if (norm(match.end) === ':' && (match.start === 0 || items[match.start - 1]!.type === 'boundary')) fieldLines.add(match.start);
    }
  }
  // "Sentence 1: … . Sentence 2: …": a field's value on a line ends before the next field's label.
  const labelStarts = new Set(matches.filter((match) => norm(match.end) === ':' && match.cues.some((meaning) => meaning.type === 'field')).map((match) => match.start));
  const lineEnd = (at: number, stopAt: string) => {
    let end = at;
    while (end < n && !taken[end] && !((items[end]!.type === 'boundary' || items[end]!.type === 'dash') && (norm(end) === 'line' || norm(end) === 'para' || stopAt.includes(norm(end)!) || labelStarts.has(end + 1) || (cues(end + 1, nextBoundary[end + 1]!) > 0 && norm(nextBoundary[end + 1]!) === '?')))) end++;
    // "… Text 2: <text>. How similar?": nor does it hold a last question that asks for a step.
    if ('.!;'.includes(norm(end)!) && (labelStarts.has(end + 1) || (cues(end + 1, nextBoundary[end + 1]!) > 0 && norm(nextBoundary[end + 1]!) === '?'))) return end + 1;
    return norm(end) === '?' ? end + 1 : end;
  };
  // The rest, up to the end of a question, a labelled line, or a sentence that opens with "then" and a verb.
  const restEnd = (at: number, question: boolean, labelled = false) => {
    let end = at;
    for (; end < n && !taken[end]; end++) {
      if (question && norm(end) === '?') return end + 1;
      // "Version 2: …\n\nAre these the same?": a last paragraph that asks is not part of the value.
      if (end > at && items[end - 1]!.type === 'boundary' && (fieldLines.has(end) || (thenStarts.has(end) && cues(end, end + 4) > 0) || (labelled && end === final?.start && instruction(final, 25)))) return end;
    }
    return end;
  };
  for (let colon = 0, sentence = 0, prior = 0, language = -1; colon < n; colon++) {
    // "pull out the names from this sentence - …": a dash after an instruction that points at text opens it as a colon does; so does one
    // right after a question that asks something ("good or bad review? — …"): that question is the instruction.
    const lead = items[colon]!.type === 'dash' && norm(colon - 1) === '?' ? prior : sentence;
    // So does one right after labels given ("Label it as: urgent, not urgent — …"); not one before alternatives asked ("the mood here — calm, tense
    // or cheerful? '…'": the clauses read them as the step's labels), while alternatives up to a colon are labels here (below).
    const listed = items[colon]!.type === 'dash' && taken[colon - 1] && found.at(-1)?.field === 'labels';
    const asked = choice(colon + 1, nextBoundary[colon + 1]! + 1) && norm(nextBoundary[colon + 1]!) === '?';
    const dashed = listed || (items[colon]!.type === 'dash' && !asked && (lead < sentence ? cues(lead, colon) > 0 || choice(lead, colon) : pointers(sentence, colon) > 0 && cues(sentence, colon) > 0));
    if ((items[colon]!.type !== 'boundary' && !dashed && !(colon === language && items[colon]!.type === 'dash')) || taken[colon]) continue;
    const from = colon + 1;
    // "My question is: …", "Two questions about g.jpg: …": a label before a copula or before the file it is about.
    const labelEnd = lexicon.copulas.has(items[colon - 1]?.raw ?? '') ? colon - 1 : items[colon - 1]?.type === 'resource' && lexicon.fileLinks.has(norm(colon - 2) ?? '') ? colon - 2 : colon;
    // "Two things about this review: is it …?\n\n<review>": after a pointer at a pasted block, the colon opens the questions, not a field or text.
    const atBlock = block > colon && pointers(lead, colon) > 0;
    // Labels are named as such, pointer or not: "into one of these categories: a, b, c".
    // "Notes: …", "Team notes: …": a noun of text opening the sentence labels one too.
    const named = norm(colon) === ':' ? (fieldEnding.get(colon) ?? fieldEnding.get(labelEnd) ?? (lexicon.nouns.get(norm(colon - 1) ?? '') === 'text' && [colon - 1, colon - 2].some((at) => at === 0 || items[at - 1]?.type === 'boundary') ? 'text' : undefined)) : undefined;
    const field = atBlock && named !== 'labels' ? undefined : named;
    // "First sentence: 'The invoice was paid.'": the quote is the field's value.
    if (field && items[from]?.type === 'content') found[items[from]!.content!]!.field = field;
    // A language is one word: "src: de, tgt: en -- '…'" gives two fields and then the text.
    // "src=de tgt=en — Bitte …": a dash or a colon right after a language given in a field opens the text.
    else if (field) take(from, items[from]?.type === 'boundary' ? restEnd(from, false, true) : field === 'target' || field === 'source' ? (language = from + 1) : lineEnd(from, field === 'labels' ? '.:—?' : field === 'question' ? '?' : ''), field);
    else if (colon === language && (norm(colon) === ':' || items[colon]!.type === 'dash') && items[from]?.type !== 'content') take(from, restEnd(from, false));
    // "… the same text. Mine:\n<text>\n\nHis:\n<text>": a label of a word or two, alone before a colon and a line break, opens a text.
    else if (norm(colon) === ':' && norm(from) === 'line' && words(sentence, colon) <= 2 && sentence > 0 && items[sentence - 1]!.type === 'boundary' && !atBlock) take(from, nextPara[from]!);
    // "Ordne diese Mail einer Abteilung zu – Personal, Einkauf oder IT: „…“": alternatives after the dash, up to a colon, are labels.
    else if (dashed && !listed && items[from]?.type !== 'content' && choice(from, nextBoundary[from]! + 1)) take(from, nextBoundary[from]!, 'labels');
    // ("…, keep it as a comment:\n```…```\nalso a summary of it": a quote or a fence on the line after the colon is the text; what follows it is the user's.)
    // "count the animals, and separately: does it look …?": a colon after a connector opens the next request, not a text.
    else if ((norm(colon) === ':' || dashed) && items[from]?.type !== 'content' && !joinEnds.has(colon) && !(['line', 'para'].includes(norm(from)!) && items[from + 1]?.type === 'content') && (listed || ((cues(lead, colon) > 0 || choice(lead, colon + 1)) && !atBlock) || (pointers(lead, colon) > 0 && block < colon && items[from]?.type !== 'boundary' && cues(from, from + 2) === 0))) take(from, restEnd(from, questions(lead, colon) > 0));
    [prior, sentence] = [sentence, colon + 1];
  }

  // "Summarize the following text? <text>": the rest of the paragraph after a pointing sentence.
  const files = counter(n, (at) => items[at]!.type === 'resource' || items[at]!.type === 'content');
  for (const match of matches) {
    // Only the phrases flagged as pointers, and not beside a pasted block (they point at it: "… could you translate this for her? she wants …").
    if (taken[match.start] || block >= 0 || pointers(match.start, match.start + 1) === 0) continue;
    // "Here is an audio file 'x.wav'. First, …" points at a file, not at text.
    const noun = lexicon.nouns.get(norm(match.end) ?? '') ?? (lexicon.indefinite.has(norm(match.end) ?? '') || lexicon.definite.has(norm(match.end) ?? '') ? lexicon.nouns.get(norm(match.end + 1) ?? '') : undefined);
    const end = nextBoundary[match.start]!;
    if ((noun && noun !== 'text') || end >= n || !'?.!'.includes(norm(end)!) || cues(match.start - 8, end) === 0) continue;
    const stop = nextPara[end + 1]!;
    // The rest is content unless it reads as the next instruction: it opens with a verb of the lexicon or "then".
    const next = [end + 1, end + 2, end + 3].filter((at) => at < stop);
    // (A script written without spaces has few "words": "明日の夜、一緒に…".)
    if ((words(end + 1, stop) >= 5 || UNSPACED.test(items[end + 1]?.raw ?? '')) && files(end + 1, stop) === 0 && !next.some((at) => cues(at, at + 1) > 0 || joins(at, at + 1) > 0)) take(end + 1, stop);
  }
  // "tl;dr, what do I need to know? <text>", "she'd rather hear it. <text>": with no pointer, a short opening instruction before a much longer rest of its paragraph, or a list.
  const lead = nextPara[0]!;
  for (let end = nextBoundary[0]!; end < lead && !found.length && files(0, lead) === 0 && words(0, end) <= 25; end = nextBoundary[end + 1]!) {
    // A rest that opens as the instruction did is the instruction said again, not a text.
    const rest = norm(end + 1) === norm(0) && norm(end + 2) === norm(1) ? 0 : words(end + 1, lead);
    // "which language is each line in?\n1) …\n2) …": a list on the lines after it, however short.
    const list = norm(end + 1) === 'line' && end + 2 < lead && !!listParts(text.slice(tokens[items[end + 1]!.token]!.start, tokens[items[lead - 1]!.token]!.end));
    if ('?.!…'.includes(norm(end)!) && cues(0, end) > 0 && (list || rest >= Math.max(20, 2 * words(0, end))) && ![end + 1, end + 2, end + 3].some((at) => cues(at, at + 1) > 0 || joins(at, at + 1) > 0)) take(end + 1, lead);
  }
  // "<text> <- is this rude?": the paragraph before an arrow pointing back at it is the text the instruction after the arrow is about.
  for (let at = 0, para = 0; at < n; at++) {
    if (norm(at) === 'para') para = at + 1;
    else if (arrow(at) && !found.length && files(para, at) === 0 && words(para, at) >= 3 && cues(at + 1, nextBoundary[at + 1]! + 1) + questions(at + 1, nextBoundary[at + 1]! + 1) > 0) take(para, at);
  }
  // "The capital of Canada is [MASK]. Can you fill that in?": a sentence with a blank to fill is the text given.
  start = 0;
  for (let at = 0; at < n; at++) if (items[at]!.type === 'boundary') start = at + 1; else if (norm(at) === 'mask' && text[tokens[items[at]!.token]!.start - 1] === '[') take(start, Math.min(n, nextBoundary[at]! + 1));
  // Spans found later may hold quotes found first: keep the outer one.
  const kept: Content[] = [];
  // "what languages are these?\n• …\n• …": the marker the content's first line lost is still the list's.
  for (const span of found.sort((a, b) => a.start - b.start || b.end - a.end)) if (!kept.length || span.start >= kept.at(-1)!.end) kept.push(Object.assign(span, { parts: listParts(span.value, text.slice(text.lastIndexOf('\n', tokens[span.start]!.start - 1) + 1, tokens[span.start]!.start)) }));
  return kept;
}
