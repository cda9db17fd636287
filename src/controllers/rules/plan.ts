// The rule-based planner: tokens → content apart from instruction → phrases → steps → task
// graph, with a confidence. Deterministic, no model, linear in the request's length. The
// language is the lexicon whose words explain the instruction best, English first; when that is
// unclear the caller may ask the embedded language identifier (see index.ts).
import { validatePlan } from '../../pipeline/task-graph.js';
import type { ChatMessage, PlanDraft, Task } from '../../pipeline/types.js';
import { arrange, type Reading } from './clauses.js';
import { findContent, findQuotes, type Content } from './content.js';
import { historyEntities } from './conversation.js';
import { ABSTAIN_BELOW, abstain, confidenceOf, emptyPlan, planNotes, tooLarge } from './explain.js';
import { looseContent, looseReading, looseStep } from './fallback.js';
import type { Entity } from './graph.js';
import { LANGUAGE_CODES, lexicon, type Lexicon, type ObjectKind } from './lexicon/index.js';
import { linkSteps } from './link.js';
import { buildItems, fixTypos, matchPhrases } from './match.js';
import { readPhrases, STEP_LIMIT, type Context, type Draft, type Step } from './read.js';
import { tokenize, type Token } from './text.js';

export interface RulesPlan extends PlanDraft {
  confidence: number;
  /** ISO code of the lexicon the request was read with. */
  language: string;
  /** Set when the words did not settle the language: the instruction, for a language identifier. */
  languageCheck?: string;
  /** More tasks than `maxTasks`: how many were found; with `atLeast`, reading stopped after that many steps. */
  tooLarge?: number;
  atLeast?: true;
  /** Share of the instruction's words the lexicon knows. */
  fit: number;
}

export interface PlanOptions {
  /** Read the request with this lexicon (an ISO code) instead of guessing. */
  language?: string;
  /** The text given, found by the fallback (fallback.ts) when nothing points at it. */
  content?: Content;
  maxTasks?: number;
  /** false: never read the request as a repeat of an earlier one ("same thing?"); the earlier turns a replay looks back at are read so, or each would look back again. */
  replay?: boolean;
}

interface Analysis extends Context {
  reading: Reading;
}

/** A text's tokens and quotes, which do not depend on the lexicon. */
export const parts = (text: string) => ((tokens) => ({ tokens, quotes: findQuotes(text, tokens) }))(tokenize(text));

export function analyse(text: string, { tokens, quotes }: ReturnType<typeof parts>, lexicon: Lexicon, picture = false, loose?: Content): Analysis {
  let items = buildItems(tokens, quotes, lexicon);
  let matches = matchPhrases(items, lexicon);
  const contents = loose ? [loose] : findContent(text, tokens, quotes, items, matches, lexicon);
  // Read again only when more content was found than the quotes.
  if (contents.length !== quotes.length || contents.some((content, index) => content !== quotes[index])) {
    items = buildItems(tokens, contents, lexicon);
    matches = matchPhrases(items, lexicon);
  }
  if (fixTypos(items, matches, lexicon)) matches = matchPhrases(items, lexicon);
  const context = { text, tokens, items, matches, contents, lexicon, picture };
  return { ...context, reading: arrange(context, readDraft(context)) };
}

/** Phrases read first in a long request: reading stops at STEP_LIMIT steps, often long before its end. */
const HEAD = 8 * STEP_LIMIT;

/**
 * What a phrase asks for depends only on the phrases before it and on its own sentence (and the
 * few items after it). So when the first HEAD phrases reach STEP_LIMIT steps a whole sentence
 * before the first phrase left out, reading them all would find the same steps and stop at the
 * same one: the rest of a long request need not be read.
 */
export function readDraft(context: Context): Draft {
  const { text, tokens, items, matches, contents, lexicon, picture } = context;
  // Objects of the same shape as every other context and draft: one of another shape (a spread) sends the
  // optimised reading code back to the interpreter for every request that follows.
  const head = matches.length > HEAD ? readPhrases({ text, tokens, items, matches: matches.slice(0, HEAD), contents, lexicon, picture }) : undefined;
  const last = head && head.steps.length >= STEP_LIMIT ? head.steps.at(-1) : undefined;
  if (!last || (head!.starts[last.sentence + 2] ?? Infinity) > matches[HEAD]!.start) return readPhrases(context);
  // The one part of a draft drawn from every phrase (clauses.ts reads it only below STEP_LIMIT steps), as a full reading has it.
  head!.ignoreAt = new Set(matches.filter((match) => match.cues.some((cue) => cue.type === 'ignore')).map((match) => match.start));
  return head!;
}

/** Characters read first in a request of more than twice as many. */
const HEAD_CHARS = 16_000;
/** An earlier request read again to know whether it only asked for a transcript: a short one (such asks are a line). */
const TRANSCRIBED_MAX = 1_000;

/**
 * A long request read on its first HEAD_CHARS characters or so, when that head settles a refusal:
 * at least STEP_LIMIT steps, found in a part of it that reading the whole request would read the
 * same way. The refusal (and its `fit` and language, judged on the head) is then made without
 * tokenizing, matching or reading the rest. Undefined when the head does not settle it.
 *
 * Why those steps are the whole request's. Cut after a space, the head's tokens are the request's
 * first tokens (a line break in the spaces that end it only adds a boundary after them). Items,
 * phrases and content can differ only where something after the cut decides them; in one
 * paragraph (a request with a paragraph break is always read whole: which paragraphs are pasted
 * depends on the last one) that is:
 * - a phrase never crosses a boundary: phrases can differ in the last sentence (from `last`);
 * - content decisions look a few items past a sentence start (`cues(from, from + 2)`, "then" and
 *   its cue within 4 items, the 3 items after a pointing sentence): within 8 items of it;
 * - content that runs on to a question mark, a field's line or the end of the text may end later:
 *   content followed, past its boundaries, by an item of the last 8 may differ from its start on;
 * - a pointing sentence takes the rest when 5 words follow, and a colon takes nothing when only
 *   files, commas and conjunctions follow: not before the 5th word from the end, nor before the
 *   last word that is no conjunction;
 * - a quote opened and not closed in the head may close after it: not before a quote token after
 *   the last closed quote.
 * So before the sentence start `sure`, at or before all of these, items and phrases are the whole
 * request's, and readDraft's argument (with its look-around of up to 20 items) says the steps read
 * there are its steps. Only steps asked by labelled fields (fieldSteps, at most three) may come
 * from after the cut, and a refusal does not count them.
 */
export function headReading(request: string, lexicon: Lexicon): Analysis | undefined {
  const cut = request.indexOf(' ', HEAD_CHARS) + 1;
  // A paragraph break: a line of white space only between two line breaks (trim drops a few more characters than the tokenizer: safe).
  if (request.length <= 2 * HEAD_CHARS || cut === 0 || cut > 2 * HEAD_CHARS || request.split('\n').some((line, index, lines) => index > 0 && index < lines.length - 1 && !line.trim())) return undefined;
  const head = parts(request.slice(0, cut));
  // Every step holds a word: with fewer, the head settles nothing (a long list of files).
  if (head.tokens.filter((token) => token.type === 'word').length < STEP_LIMIT) return undefined;
  const analysis = analyse(request.slice(0, cut), head, lexicon);
  const { items, reading } = analysis;
  // The bounds of the argument above, each an item position.
  const last = items.findLastIndex((item) => item.type === 'boundary') + 1;
  const tail = items.findLastIndex((item, at) => at < last - 8 && item.type !== 'boundary');
  const words = items.flatMap((item, at) => (item.type === 'word' ? [at] : []));
  const opened = head.tokens.findIndex((token, index) => index >= (head.quotes.at(-1)?.end ?? 0) && token.type === 'quote');
  let sure = Math.min(
    last - 8,
    words.at(-5) ?? -1,
    items.findLastIndex((item) => item.type === 'word' && !lexicon.conjunctions.has(item.raw)),
    items[tail]?.type === 'content' ? tail : Infinity,
    opened < 0 ? Infinity : items.findIndex((item) => item.token >= opened),
  );
  while (sure > 0 && items[sure - 1]!.type !== 'boundary') sure--;
  // Steps are in order of their phrases: the last is read last.
  const latest = reading.steps.at(-1)?.at ?? Infinity;
  return reading.steps.length >= STEP_LIMIT && latest + 21 <= sure && items.slice(latest + 1, sure).filter((item) => item.type === 'boundary').length >= 2 ? analysis : undefined;
}

/** The words of a text's first 2 000 characters, and how many of them each lexicon knows (in LANGUAGE_CODES order). */
function knownWords(value: string): { words: Token[]; counts: number[] } {
  const words = tokenize(value.slice(0, 2000)).filter((token) => token.type === 'word');
  return { words, counts: LANGUAGE_CODES.map(lexicon).map((other) => words.filter((word) => [other.stopwords, other.vocabulary, other.languages].some((known) => known.has(other.stem(word.norm)))).length) };
}

/**
 * Whether a text is in another language than English: more words another lexicon knows, or few
 * that English knows ("Bonne nuit"). One word nobody knows ("what does 'serendipity' mean?") is no
 * evidence: a rare English word would be "translated" into English.
 */
function foreign(value: string): boolean {
  const { words, counts: [english, ...others] } = knownWords(value);
  // A few words with accents or in another script ("À demain !") are not English, whatever English words they share.
  return (words.length >= 2 && english! < 0.1 * words.length) || others.some((count) => count > english!) || (words.length <= 4 && /[\u00C0-\u024F\u0370-\uFFFF]/u.test(value));
}

/** Whether a text is in another language than `code` (English: `foreign`): its lexicon knows fewer of its words than another does, or under a third. */
function foreignTo(value: string, code: string): boolean {
  if (code === 'en') return foreign(value);
  const { words, counts } = knownWords(value);
  const own = counts[LANGUAGE_CODES.indexOf(code)] ?? 0;
  return words.length >= 2 && (own < 0.3 * words.length || counts.some((count) => count > own));
}

const fit = ({ reading }: Analysis) => (reading.words === 0 ? 1 : reading.known / reading.words);

/** The entities the request names: each file and piece of content, by item position. */
function givenEntities({ text, tokens, items, contents, lexicon }: Analysis): Map<number, Entity> {
  const given = new Map<number, Entity>();
  // A file in a sentence about a receipt or a sign is a document.
  const documents = new Set<number>();
  let sentence = 0;
  const sentenceOf = items.map((item) => (item.type === 'boundary' ? sentence++ : sentence));
  const isDocument = (word: string) => ['document', 'textimage'].includes(lexicon.nouns.get(word) ?? '');
  items.forEach((item, at) => item.type === 'word' && isDocument(item.norm) && documents.add(sentenceOf[at]!));
  let files = 0;
  items.forEach((item, at) => {
    if (item.type === 'content') {
      const content = contents[item.content!]!;
      given.set(at, { id: 0, kind: 'text', value: content.value, content: true, at, given: true, ...(content.field ? { field: content.field } : {}), ...(content.parts ? { parts: content.parts } : {}) });
      // A file named inside a quote ("What color is the car in example.jpg?") is there to use when nothing else is.
      for (let t = content.start, nested = 0; t < content.end && nested < 4; t++) {
        const token = tokens[t]!;
        if (token.type === 'resource' && token.kind && token.kind !== 'text') given.set(at + 0.1 * ++nested, { id: 0, kind: token.kind, value: text.slice(token.start, token.end), content: true, at: at + 0.01, given: true });
      }
    }
    if (item.type !== 'resource' || files++ >= 1000) return;
    const token = tokens[item.token]!;
    const value = text.slice(token.start, token.end);
    let kind: ObjectKind = token.kind ?? 'image';
    // A link without an extension: the kind a noun just before it names ("the recording at https://…").
    for (let back = at - 1; !token.kind && back >= Math.max(0, at - 5); back--) {
      const noun = lexicon.nouns.get(items[back]!.norm);
      if (noun === 'audio' || noun === 'video') kind = noun;
    }
    // "photo of my receipt: r.jpg", "what's the date on the ticket? t.png": a file opening a sentence is what the sentence before it names.
    if (kind === 'image' && (documents.has(sentenceOf[at]!) || (items[at - 1]?.type === 'boundary' && documents.has(sentenceOf[at]! - 1)) || value.toLowerCase().split(/[^a-z]+/).some((word) => lexicon.normalise(word).some(isDocument)))) kind = 'document';
    given.set(at, { id: 0, kind, value, content: true, at, given: true });
  });
  return given;
}

/** Whether a question asks what a picture shows (a word of the lexicon's `visible`): not one to the assistant ("can you tell the kids?"), nor one about a kind of thing ("do dogs get bored?"). */
function visible(lx: Lexicon, question: string): boolean {
  const said = tokenize(question.slice(0, 2000)).filter((token) => token.type === 'word');
  const kind = lx.questionWords.has(said[0]?.norm ?? '') && !!said[1] && !lx.stopwords.has(said[1].norm) && lx.plurals.some((ending) => said[1]!.norm.endsWith(ending));
  // "does it look more like a zoo or a farm?": a copula ("look", "looks") judges the whole picture; "what is she looking at?" asks what it shows.
  return !kind && !said.some((token) => lx.addressees.has(token.norm)) && said.some((token) => !lx.copulas.has(token.norm) && lx.forms(token.norm).some((form) => lx.visible.has(form.norm)));
}

/** Its first 80 words as written, each run between the texts and files given with its punctuation: lid.176 takes "Hold the door Hold the door" for Dutch, "Hold the door. Hold the door." for English. */
function instructionText({ text, tokens, items }: Analysis): string {
  const runs: string[] = [];
  for (let at = 0, words = 0, from = -1; at <= items.length && words <= 80; at++) {
    const inside = at < items.length && items[at]!.type !== 'content' && items[at]!.type !== 'resource' && (words += items[at]!.type === 'word' ? 1 : 0) <= 80;
    if (inside !== from >= 0) from = inside ? at : (runs.push(text.slice(tokens[items[from]!.token]!.start, tokens[items[at - 1]!.token]!.end)), -1);
  }
  return runs.join(' ');
}

export function planRequest(request: string, history: readonly ChatMessage[] = [], options: PlanOptions = {}): RulesPlan {
  // "run the same thing on c.jpg" after a question in between ("only one person? odd"): the latest request that named something to
  // work on or asked no question ("put the first one into Italian" stays the request that "and the other one?" repeats).
  const users = history.filter((message) => message.role === 'user');
  const previous = (users.findLast((message) => historyEntities([message]).length > 0 || !message.content.includes('?')) ?? users.at(-1))?.content;
  let whole: ReturnType<typeof parts> | undefined;
  // A replay reads the files of the whole request: read on its head only without one.
  const picture = historyEntities(history).some((entity) => entity.kind === 'image');
  const read = (lx: Lexicon) => (previous || options.content ? undefined : headReading(request, lx)) ?? analyse(request, (whole ??= parts(request)), lx, picture, options.content);
  let analysis = read(lexicon(options.language ?? 'en'));
  // An instruction of a word or two says little: "Texte original : …" reads in English as a field and a text.
  const few = analysis.reading.words < 3 && analysis.contents.length > 0;
  if (!options.language && (fit(analysis) < 0.6 || few)) {
    // Another language only when its words explain the instruction better: judged on the first
    // words of the instruction (of the whole request when it has few), then read in full with that lexicon alone.
    const words = (few ? (whole ??= parts(request)).tokens : analysis.items).filter((item) => item.type === 'word').slice(0, 300).map((item) => ('raw' in item ? item.raw : item.norm));
    const known = (other: Lexicon) => words.filter((word) => other.stopwords.has(other.stem(word)) || other.vocabulary.has(other.stem(word)) || other.nouns.has(other.stem(word)) || other.languages.has(other.stem(word))).length;
    const counts = LANGUAGE_CODES.slice(1).map((code) => ({ code, known: known(lexicon(code)) }));
    const score = (candidate: Analysis) => fit(candidate) + (candidate.reading.steps.length ? 0.3 : 0);
    const [floor, mine] = [score(analysis) + 0.05, known(analysis.lexicon)];
    // Lexicons that know as many words ("Quanto deu a gorjeta?": French knows "deu" as it knows "deux") are each read, the best reading kept.
    for (const { code } of counts.filter((count) => count.known > mine && count.known === Math.max(...counts.map((each) => each.known)))) analysis = ((other) => (score(other) > Math.max(floor, score(analysis)) ? other : analysis))(read(lexicon(code)));
  }
  const { reading } = analysis;
  const base = { language: analysis.lexicon.code, fit: fit(analysis) };
  const unsure = !options.language && (base.language !== 'en' || base.fit < 0.5 || (reading.steps.length === 0 && reading.words >= 3 && base.fit < 0.8));
  const check = unsure ? { languageCheck: instructionText(analysis) } : {};
  const maxTasks = options.maxTasks ?? STEP_LIMIT;
  const refused = (count: number, atLeast?: true): RulesPlan => ({ tasks: [], confidence: 0, ...base, tooLarge: count, atLeast, explanation: tooLarge(count, maxTasks, atLeast) });

  if (previous && !options.language && options.replay !== false) {
    const replay = replayed(previous, analysis, history, maxTasks);
    if (replay) return { ...replay, ...base, ...check };
  }
  // (Not inside a replay or an offer planned: each reads earlier turns once.)
  const accepted = options.replay === false ? undefined : offered(request, analysis, history, options);
  if (accepted) return accepted;
  // Reading stopped at STEP_LIMIT steps: the count is that, without the steps labelled fields ask (fieldSteps) from the whole text, so a head settles it.
  if (reading.steps.length >= STEP_LIMIT) return refused(STEP_LIMIT, true);
  const given = givenEntities(analysis);
  const lx = analysis.lexicon;
  const words = (value: string) => new Set(tokenize(value.slice(0, 5000)).flatMap((token) => (token.type === 'word' && token.norm.length > 2 && !lx.stopwords.has(lx.stem(token.norm)) ? [lx.stem(token.norm)] : [])));
  // "no, I meant summarize it": what the previous request acted on, not the answer to it.
  const corrected = analysis.matches.some((match) => match.start <= 1 && match.cues.some((cue) => cue.type === 'correction'));
  // "transcribe call.wav" (a short request, read with the chat before it, not looking back further): the recording it only asked to turn into text.
  const transcribed = options.replay === false ? undefined : (message: string, earlier: readonly ChatMessage[]) => {
    const tasks = message.length <= TRANSCRIBED_MAX ? planRequest(message, earlier, { maxTasks, replay: false }).tasks : [];
    return tasks.length === 1 && tasks[0]!.task === 'automatic-speech-recognition' && typeof tasks[0]!.args.audio === 'string' ? tasks[0]!.args.audio : undefined;
  };
  const link = (steps: Step[], modifiers: Reading['modifiers']) => linkSteps({
    steps, given, history: historyEntities(corrected ? history.filter((message) => message !== history.findLast((other) => other.role === 'assistant')) : history, foreign, lx.addressees, (word) => lx.normalise(word).some((form) => ['document', 'textimage'].includes(lx.nouns.get(form) ?? '')), transcribed), modifiers, sentimentLabels: lx.sentimentLabels, conjunctions: lx.conjunctions, foreign, unread: (value) => foreignTo(value, lx.code), limit: maxTasks, home: lx.code,
    about: (question) => (question.toLowerCase().split(/[^\p{L}]+/u).some((word) => ['image', 'document', 'textimage'].includes(lx.nouns.get(lx.stem(word)) ?? '')) ? 'image' : undefined),
    visible: (question) => visible(lx, question),
    asks: (phrase) => lx.questionWords.has(lx.stem(phrase.split(/[^\p{L}]+/u)[0]!.toLowerCase())),
    // A sound named in the question or around it ("a weird noise at night (night.wav). What is it?").
    sounds: (question) => [...words(`${question} ${request}`)].some((word) => lx.sounds.has(word)),
    // With `definite`, only a word named as a thing at hand counts ("is the cat asleep?", not "do cats sleep all day?").
    shares: (question, value, definite) => ((known, said) => said.some((token, at) => known.has(lx.stem(token.norm)) && (!definite || said.slice(Math.max(0, at - 2), at).some((before) => lx.definite.has(lx.stem(before.norm))))))(words(value), tokenize(question.slice(0, 5000)).filter((token) => token.type === 'word')),
    wordAt: (at) => analysis.items[at]?.raw,
    fileLink: (at) => lx.fileLinks.has(analysis.items[at]?.norm ?? ''),
    answerAt: (at) => [at, at + 1].some((k) => lx.answers.has(analysis.items[k]?.norm ?? '')),
    ordinalIn: (text) => tokenize(text.slice(0, 1000)).flatMap((token) => (token.type === 'word' && lx.ordinals.get(lx.stem(token.norm)) ? [lx.ordinals.get(lx.stem(token.norm))!] : []))[0],
  });
  const built = link(reading.steps, reading.modifiers);
  if (built.tasks.length > maxTasks) return refused(built.tasks.length);
  const kinds = [...given.values()].map((entity) => (entity.kind === 'document' ? 'image' : entity.kind));
  // "add a rainbow", "same thing but at night" after an answer that showed a picture it made: that picture changed (not small talk, a question, nor "print it").
  const shown = historyEntities(history.filter((message) => message === history.findLast((other) => other.role === 'assistant'))).find((entity) => entity.made && entity.kind === 'image' && entity.value!.startsWith('/artifacts/'));
  if (built.tasks.length === 0 && shown && reading.steps.every((step) => !step.phrase) && !reading.chitchat && reading.unexplained.length && !request.trim().endsWith('?') && !analysis.items.some((item) => lx.references.get(item.raw) === 'it')) return { tasks: [{ id: 0, task: 'image-to-image', dep: [], args: { image: shown.value!, text: request.trim() } }], confidence: 0.6, ...base, explanation: `Planned by rules: the picture made before (${shown.value}), changed as asked.`, ...check };
  // No phrase read a task although something is given: the one step its loose words lean to (fallback.ts), if that is clear.
  const loose = (): RulesPlan | undefined => {
    if (given.size === 0) {
      // Nothing given found: the request again with the text a looser reading finds given (fallback.ts), if any; what it plans is a guess.
      const content = options.content ? undefined : looseContent(analysis);
      const again = content && planRequest(request, history, { ...options, content });
      if (!again?.tasks.length) return undefined;
      return { ...again, confidence: Math.min(again.confidence, 0.55), explanation: `${again.explanation} No word points at the text I worked on ("${content!.value.slice(0, 40)}…"): I took it as the text given, so I am not sure.` };
    }
    const guess = looseReading(analysis.items, lx, new Set([...given.values()].map((entity) => entity.kind!)));
    if (!guess) return undefined;
    const { step, ...note } = looseStep(guess, reading, given);
    const plan = validatePlan(link([step], []).tasks);
    return plan.ok && plan.tasks.length ? ({ tasks: plan.tasks, ...note, ...base, ...check } as RulesPlan) : undefined;
  };
  if (built.tasks.length === 0) {
    const questionOnly = reading.steps.length > 0 && reading.steps.every((step) => step.intent === 'question') && given.size === 0;
    const { confidence, explanation } = emptyPlan(request, reading, built.dropped, kinds, questionOnly);
    // Small talk and questions about the world, which the reading is sure of, stay empty.
    return (confidence ? undefined : loose()) ?? { tasks: [], confidence, ...base, explanation, ...check };
  }
  const valid = validatePlan(built.tasks);
  // A bug of the rules, not of the user: say so rather than hand an invalid graph on.
  if (!valid.ok) return { tasks: [], confidence: 0, ...base, explanation: `The rule-based planner built an invalid plan: ${valid.problems.map((problem) => problem.message).join('; ')}` };
  const implicit = built.nodes.filter((node) => node.implicit).length;
  // Words the lexicon does not know make any reading of them less sure.
  const confidence = Math.round(confidenceOf(reading, built.dropped, implicit) * (0.4 + 0.6 * base.fit) * 100) / 100;
  if (confidence < ABSTAIN_BELOW) return loose() ?? { tasks: [], confidence, ...base, explanation: abstain(request, built.dropped, kinds), ...check };
  return { tasks: valid.tasks, confidence, ...base, explanation: planNotes(reading.steps, valid.tasks, built.dropped, built.nodes), ...check };
}

/** A line break or a full stop, question or exclamation mark. */
const endsSentence = (token: Token): boolean => token.type === 'break' || (token.type === 'punct' && '.?!'.includes(token.norm));

/**
 * "yes, do both" after "I can't judge calmness, but I can describe each picture so you can compare. Want me to?": a yes (lexicon
 * `accept`) that asks nothing else plans what the assistant's last answer offered (the words after an `offers` phrase, to the end of
 * their sentence), on the chat before that answer. One scan of the answer's first 4 000 characters, and at most three offers planned.
 */
function offered(request: string, { reading, lexicon: lx, items, matches }: Analysis, history: readonly ChatMessage[], options: PlanOptions): RulesPlan | undefined {
  const answer = history.at(-1);
  if (answer?.role !== 'assistant' || reading.steps.length || !lx.offers.length) return undefined;
  const said = tokenize(request.slice(0, 200)).filter((token) => token.type === 'word');
  // "ok thanks" closes the chat: small talk other than the yes itself declines.
  const declined = matches.some((match) => match.cues.some((cue) => cue.type === 'chitchat') && !lx.accept.has(items[match.start]!.raw));
  if (said.length === 0 || said.length > 6 || !lx.accept.has(said[0]!.norm) || declined) return undefined;
  const text = answer.content.slice(0, 4000);
  const tokens = tokenize(text);
  // At most three offers are planned: an answer made of "I can …" sentences must not plan hundreds of them.
  for (let at = 0, tried = 0; at < tokens.length && tried < 3; at++) {
    const marker = lx.offers.find((words) => words.every((word, k) => tokens[at + k]?.type === 'word' && tokens[at + k]!.norm === word));
    const next = marker && tokens[at + marker.length];
    // "I can't judge it": no offer.
    if (!marker || next?.type !== 'word' || next.norm === 't' || lx.negations.has(next.norm)) continue;
    let end = at + marker.length;
    while (end < tokens.length && !endsSentence(tokens[end]!)) end++;
    const offer = text.slice(next.start, tokens[end - 1]!.end);
    // The answer before the offer's sentence stays what "it" is ("Summary: … Would you like me to translate it?").
    let start = at;
    while (start > 0 && !endsSentence(tokens[start - 1]!)) start--;
    const before = text.slice(0, start > 0 ? tokens[start - 1]!.end : 0).trim();
    tried++;
    const plan = planRequest(offer, [...history.slice(0, -1), ...(before ? [{ ...answer, content: before }] : [])], { ...options, replay: false });
    if (plan.tasks.length) return { ...plan, explanation: `Planned by rules: what I offered ("${offer.slice(0, 60)}"), as you said yes. ${plan.explanation}` };
  }
  return undefined;
}

/** "Do the same for c.jpg", "what about the first one?", "and now in German": the previous request's plan again. */
function replayed(previous: string, analysis: Analysis, history: readonly ChatMessage[], maxTasks: number): Omit<RulesPlan, 'language' | 'fit'> | null {
  const { reading } = analysis;
  const earlier = history.slice(0, history.map((message) => message.content).lastIndexOf(previous));
  const given = [...givenEntities(analysis).values()];
  const named = given.filter((entity) => entity.kind !== 'text');
  const langs = reading.modifiers.map((modifier) => modifier.lang);
  // "and into Italian?" asks nothing else: a bare question is no step of its own. "Now in German and Greek": once for each, when it only translated.
  // With a file named ("same for x.jpg, but German this time"), the plan again on it, into that language (below).
  if (reading.steps.every((step) => step.intent === 'question') && langs.length >= 1 && !named.length) {
    const before = planRequest(previous, earlier, { maxTasks });
    if (!before.tasks.some((task) => task.task === 'translation') || (langs.length > 1 && !before.tasks.every((task) => task.task === 'translation' && !task.dep.length))) return null;
    const tasks = repeat(before.tasks, langs.length, (task, run) => (task.task === 'translation' ? { ...task.args, target_language: langs[run]! } : task.args));
    return { tasks, confidence: Math.min(before.confidence, 0.8), explanation: `Planned by rules: the previous request ("${previous.slice(0, 60)}") again, into ${langs.join(', ')}.` };
  }
  if (!reading.same || !reading.steps.every((step) => step.intent === 'question')) return null;
  // "is that all? I thought there were more" before "ok, run the same thing on c.jpg": the request before it, of the last three, that planned something.
  const before = history.flatMap((message, at) => (message.role === 'user' ? [at] : [])).slice(-3, -1).reverse().reduce((plan, at) => (plan.tasks.length ? plan : planRequest(history[at]!.content, history.slice(0, at), { maxTasks, replay: false })), planRequest(previous, earlier, { maxTasks }));
  if (before.tasks.length === 0) return null;
  // Files of the chat picked by position ("what about the first one?"), or the one the previous request left ("and the other one?", position 0).
  const chat = [...new Map(historyEntities(history).filter((entity) => entity.kind !== 'text').map((entity) => [entity.value, entity])).values()];
  const items = historyEntities(earlier).filter((entity) => entity.slot);
  const used = new Set(before.tasks.flatMap((task) => Object.values(task.args)));
  const other = (list: Entity[]) => (list.some((entity) => used.has(entity.value!)) ? list.find((entity) => !used.has(entity.value!)) : undefined);
  const pick = (position: number) => (position === 0 ? (other(chat) ?? other(items)) : chat.at(position > 0 ? position - 1 : position));
  const picked = [...reading.steps.flatMap((step) => step.objects), ...reading.orphans].flatMap((object) => (object.type === 'ref' && object.ref === 'ordinal' ? [pick(object.position!)] : []));
  // "and this one? '…'": a new text in place of the one the previous request gave.
  const text = named.length === 0 && given.length === 1 ? given[0] : undefined;
  const files = named.length ? named : text ? [text] : picked.filter((entity): entity is Entity => !!entity);
  if (files.length === 0) return null;
  const replaced = new Map<string, string>();
  const file = (value: string) => !value.startsWith('<GENERATED>') && (/\.\w+$|^\/artifacts\/|^https?:/.test(value) || (!!text && value.includes(' ') && previous.includes(value)) || items.some((item) => item.value === value));
  const swap = (value: string) => {
    if (!file(value)) return value;
    if (!replaced.has(value)) replaced.set(value, files[Math.min(replaced.size, files.length - 1)]!.value!);
    return replaced.get(value)!;
  };
  // "what about d.jpg and e.jpg?" after a request on one file: the plan again on each of them.
  const runs = new Set(before.tasks.flatMap((task) => Object.values(task.args).filter(file))).size === 1 ? files.length : 1;
  const language = (task: Task): Record<string, string> => (task.task === 'translation' && langs.length === 1 ? { target_language: langs[0]! } : {});
  const tasks = repeat(before.tasks, runs, (task, run) => ({ ...Object.fromEntries(Object.entries(task.args).map(([name, value]) => [name, runs > 1 && file(value) ? files[run]!.value! : swap(value)])), ...language(task) }));
  // Two files of the earlier request may both become the new one: keep one task for each.
  const keys = tasks.map((task) => JSON.stringify([task.task, task.args, task.dep]));
  const kept = tasks.filter((task, index) => keys.indexOf(keys[index]!) === index || tasks.some((other) => other.dep.includes(task.id)));
  if (kept.length !== tasks.length && kept.some((task) => task.dep.length)) return null;
  return { tasks: kept, confidence: Math.min(before.confidence, 0.9), explanation: `Planned by rules: the previous request ("${previous.slice(0, 60)}") again, on ${files.map((file) => file.value).join(', ')}.` };
}

/** A plan `runs` times over (once per file or language), each copy's ids, dependencies and `<GENERATED>-k` moved past the copies before it. */
function repeat(tasks: readonly Task[], runs: number, argsOf: (task: Task, run: number) => Record<string, string>): Task[] {
  const n = tasks.length;
  const moved = (value: string, run: number) => value.replace(/^<GENERATED>-(\d+)$/, (_, k: string) => `<GENERATED>-${Number(k) + run * n}`);
  return Array.from({ length: runs }, (_, run) => tasks.map((task) => ({ ...task, id: task.id + run * n, dep: task.dep.map((dep) => dep + run * n),
    args: Object.fromEntries(Object.entries(argsOf(task, run)).map(([name, value]) => [name, moved(value, run)])) }))).flat();
}
