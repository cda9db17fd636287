// From phrases to clauses: questions asked without a cue word, the clause each step owns, steps
// that restate another ("identify the emotion": the precise one wins), objects outside every
// clause given to the step they belong to, languages and labels placed, values given only as
// labelled fields ("Question: …\nContext: …"), and how much of the instruction was understood.
import { CONVERSIONS, INTENT_SPECS, type IntentId, type ObjectKind } from './lexicon/intents.js';
import type { FieldName } from './lexicon/index.js';
import { labelList, questionText, STEP_LIMIT, type Context, type Draft, type Obj, type Step } from './read.js';
import { dropLastWord, fold, trimEnd } from './text.js';

export interface Reading {
  steps: Step[];
  /** Objects no step took. */
  orphans: Obj[];
  /** Output languages not claimed by a translation step ("tell me in French"). */
  modifiers: Array<{ lang: string; at: number; source?: string }>;
  same: boolean;
  chitchat: number;
  /** Words of the instruction, those this lexicon knows, and those no phrase, slot or stopword explains. */
  words: number;
  known: number;
  unexplained: string[];
  /** Candidate labels no step took ("Ordne ein als Lob, Kritik oder Frage: …" with no phrase): the fallback's, when it reads labels. */
  labels?: string[];
}

/** A step that can take content given after its sentence: it names none of its own, or has a slot to fill. */
function takesContent(step: Step): boolean {
  const slot = INTENT_SPECS[step.intent].slot;
  if ((slot === 'question' && !step.question) || slot === 'instruction' || slot === 'labels') return true;
  // "summarize both: '…' and '…'": a step that names several takes them all.
  return step.objects.some((object) => object.type === 'ref' && object.ref === 'all') || (step.objects.every((object) => object.type === 'ref' && (object.ref === 'it' || object.ref === 'pointer')) && !(step.text && slot === 'description'));
}

const CONNECTORS = [undefined, 'then', 'and'] as const;

export function arrange(context: Context, draft: Draft): Reading {
  const { items, lexicon, matches } = context;
  const { explained, sentenceOf, starts } = draft;
  const sentenceEnd = (sentence: number) => (sentence + 1 < starts.length ? starts[sentence + 1]! - 1 : items.length);
  // The connector starting at each item, the first said: an array, not a Map (100 KB of "and" is 25 000 of them).
  const [connectorAt, connectorEnd] = [new Uint8Array(items.length + 1), new Int32Array(items.length + 1)];
  const connector = { get: (at: number) => CONNECTORS[connectorAt[at] ?? 0], has: (at: number) => (connectorAt[at] ?? 0) > 0 };
  const firsts: Array<{ at: number; after: boolean; so: boolean }> = [];
  const apartAt = new Uint8Array(items.length + 1);
  const [goalIn, askAt] = [new Set<number>(), [] as number[]];
  // Loops over every phrase and item are indexed: while this long function runs unoptimised (until it is compiled, and
  // again after a deoptimisation), for…of allocates an iterator and a result per step, megabytes on a long request.
  for (let m = 0; m < matches.length; m++) {
    const { start, end, cues } = matches[m]!;
    for (let c = 0; c < cues.length; c++) {
      const { type } = cues[c]!;
      // "… after translating it" joins two steps as "and" does (the order is set below).
      if ((type === 'then' || type === 'and' || type === 'after') && !connectorAt[start]) (connectorAt[start] = CONNECTORS.indexOf(type === 'after' ? 'and' : type)), (connectorEnd[start] = end);
      if (type === 'apart') apartAt[start] = 1;
      // "I want to …", "I'd like to …" opening the sentence: what the user wants to do.
      if (type === 'creator' && start <= starts[sentenceOf[start]!]! + 2 && items[end]?.raw === lexicon.infinitive) goalIn.add(sentenceOf[start]!);
      if (type === 'ask') askAt.push(start);
      if (type === 'first' || type === 'after' || type === 'so') firsts.push({ at: start, after: type === 'after', so: type === 'so' });
    }
  }

  const longest = (others: string[]) => Math.max(1, ...others.map((label) => label.split(' ').length));
  // Where a list starts is a guess: a noun, a participle or a function word that makes the first alternative longer than the others is its subject ("Is this message spam, a complaint or a question?").
  const subject = (word = '') => lexicon.nouns.has(lexicon.stem(word.toLowerCase())) || lexicon.stopwords.has(word.toLowerCase()) || lexicon.participles.some((ending) => word.endsWith(ending));
  // "… sarcastic or sincere to you?", "angry or just being formal?", "indoor or outdoor shot?": the function words or the noun around the last label are not part of it.
  const tidy = (labels: string[]) => {
    const extra = () => labels.at(-1)!.split(' ').length > longest(labels.slice(0, -1));
    while (extra() && subject(labels.at(-1)!.split(' ').at(-1))) labels.push(dropLastWord(labels.pop()!));
    // Not into another label: "spam or not spam".
    const rest = (label: string) => label.slice(label.indexOf(' ') + 1).trimStart();
    while (extra() && lexicon.stopwords.has(labels.at(-1)!.split(' ')[0]!.toLowerCase()) && !labels.includes(rest(labels.at(-1)!))) labels.push(rest(labels.pop()!));
    // "(billing, shipping, returns) for:": not the bracket that closes the list.
    labels.push(trimEnd(labels.pop()!, /[)\]}]/));
  };
  // Questions without a cue: "What's the total on receipt.jpg?", "On which date was it signed?".
  const creatorEnds = new Set(matches.filter((match) => match.cues.some((cue) => cue.type === 'creator')).map((match) => match.end));
  // "my German isn't great, English please?": a language wanted, not a question.
  const targets = new Set(matches.filter((match) => match.cues.some((cue) => cue.type === 'target')).map((match) => match.start));
  // "could I get this in plain English?": a question of only a verb asking for something, function words and a language asks for it too.
  const languageWords = new Uint8Array(items.length);
  for (const match of matches) if (match.cues.some((cue) => cue.type === 'target')) languageWords.fill(1, match.start, match.end);
  // Figures of the whole request, read once rather than once per sentence (100 KB of "a. " took 20 s): targets before each item, and the first thing given.
  const targetsBefore = new Int32Array(items.length + 1);
  for (let at = 0; at < items.length; at++) targetsBefore[at + 1] = targetsBefore[at]! + (targets.has(at) ? 1 : 0);
  const given = items.findIndex((item) => item.type === 'resource' || item.type === 'content');
  // "what language is this and when is the deadline?": a clause that opens with a question word after "and" is asked on its own; so is, without a
  // question mark, one of four words or more ("how many zebras are in c.jpg and are any of them eating"), one after "tell me" ("… and tell me if
  // the window is open"), and one about what can be seen ("Wie viele Giraffen sind auf f.jpg und schauen sie in die Kamera?"); not a lone question word ("who and where is named?").
  const ranges: Array<[number, number, number]> = [];
  // Each test is bounded or reads a per-sentence figure, so a sentence of thousands of "and"s stays linear.
  const fourWords = (at: number, end: number) => { for (let count = 0; at < end; at++) if (items[at]!.type === 'word' && ++count === 4) return true; return false; };
  const asks = (at: number, end: number, lastSeen: number) => (items[end]?.norm === '?' && lexicon.questionWords.has(items[at]!.norm)) || (draft.steps.some((step) => step.at < at && step.at >= starts[sentenceOf[at]!]!) && (items[end]?.norm === '?' || fourWords(at, end)) && (lexicon.questionWords.has(items[at]!.norm) || creatorEnds.has(at + 2) || (creatorEnds.has(at + 1) && lexicon.questionWords.has(items[at + 1]!.norm)) || (items[end]?.norm === '?' && lastSeen >= at)));
  for (let sentence = 0, from = 0; sentence < starts.length; ranges.push([sentence, from, sentenceEnd(sentence)]), from = starts[++sentence]!) {
    let lastSeen = -1;
    for (let at = from; at < sentenceEnd(sentence); at++) if (lexicon.visible.has(items[at]!.norm)) lastSeen = at;
    // "make the cat orange, tell me whether it is indoor or outdoor, and caption it": after a comma too, when a step came before; such a question ends where a step starts.
    for (let at = from + 1, asking = false, toldBefore = false; at < sentenceEnd(sentence) - 2; at++) {
      // "can you tell me which product costs most and draw it?": a question asked after "tell me", before a step joined by "and", is asked on its own.
      toldBefore ||= creatorEnds.has(at) && lexicon.questionWords.has(items[at]!.norm) && !lexicon.copulas.has(items[at]!.raw);
      const comma = items[at]!.type === 'comma' && !connector.has(at + 1) && draft.steps.some((step) => step.at >= from && step.at < at);
      const after = connector.has(at) ? connectorEnd[at]! : at + 1;
      // After a comma, a question that says so: a question word before "?", or one after "tell me" ("…, dime si …").
      const told = comma && [0, 1, 2].some((k) => (k || items[sentenceEnd(sentence)]?.norm === '?') && (!k || creatorEnds.has(after + k)) && lexicon.questionWords.has(items[after + k]?.norm ?? ''));
      const cut: number | boolean = (connector.has(at) || comma) && (((asking && draft.steps.some((step) => step.at === after)) || (toldBefore && connector.has(at) && !draft.steps.some((step) => step.at >= from && step.at < at) && draft.steps.some((step) => step.at === after || (creatorEnds.has(after + 1) && step.at > after && step.at <= after + 4)))) || ((comma ? told : asks(after, sentenceEnd(sentence), lastSeen)) && !(at === from + 1 && lexicon.questionWords.has(items[from]!.norm)) && 2));
      if (cut) ranges.push([sentence, from, items[at - 1]!.type === 'comma' ? at - 1 : at]), (from = at + 1), (asking = cut === 2), (toldBefore = false);
    }
  }
  // Indexed, and nothing made for a range with no word or with a step of its own: 100 KB of "a.jpg," is thousands of ranges.
  for (let index = 0; index < ranges.length; index++) {
    const [sentence, from, to] = ranges[index]!;
    if (draft.steps.length >= STEP_LIMIT) break;
    const split = from > starts[sentence]! || to < sentenceEnd(sentence);
    // "What refund are they offering, and does the tone seem friendly?": a phrase with a gap that spans "and" starts after it.
    if (split) for (const step of draft.steps) if (step.at >= from && step.at < to && step.end > to) step.at = step.start = ranges[index + 1]?.[1] ?? step.at;
    let words = 0;
    for (let at = from; at < to && !words; at++) if (items[at]!.type === 'word') words++;
    if (!words || draft.steps.some((step) => step.at >= from && step.at < to)) continue;
    const said = items.slice(from, to).filter((item) => item.type === 'word');
    // "which is closer to 'X': 'A' or 'B'?": texts joined by "or" after a colon are what the step before it compares, not a question.
    if (items[from - 1]?.norm === ':' && said.every((word) => lexicon.conjunctions.has(word.raw)) && draft.steps.some((step) => step.sentence === sentence - 1)) continue;
    // "Which team should get this ticket: billing, shipping or product defect?": a question whose colon opens its alternatives asks which fits; the list after it is that step.
    const offered = ranges[index + 1];
    if (items[to]?.norm === ':' && offered?.[1] === to + 1 && items[offered[2]]?.norm === '?' && said.slice(0, 3).some((word) => lexicon.questionWords.has(word.norm)) && ((words) => words.length <= 10 && !lexicon.questionWords.has(words[0]?.norm ?? '') && words.some((word) => lexicon.alternatives.has(word.raw)))(items.slice(to + 1, offered[2]).filter((item) => item.type === 'word')) && !items.slice(to + 1, offered[2]).some((item) => item.type === 'resource' || item.type === 'content')) {
      for (let at = from; at < to; at++) if (items[at]!.type === 'word') explained[at] = 1;
      continue;
    }
    // "could you look at d.jpg and tell me what sport they're playing": a question asked after "tell me".
    let embedded: number | undefined;
    for (let at = from; at < to && embedded === undefined; at++) if (creatorEnds.has(at) && lexicon.questionWords.has(items[at]!.norm) && !lexicon.copulas.has(items[at]!.raw)) embedded = at;
    // "x.png is a scanned page of …", "sign.jpg is in Korean", "x.wav is full of static." say what a file is: no question.
    const statement = items[from]!.type === 'resource' && items[from + 1] === said[0] && lexicon.copulas.has(said[0]!.raw) && ((items[to]?.norm !== '?' && lexicon.references.get(said[1]?.raw ?? '') !== 'it') || [lexicon.indefinite, lexicon.definite, lexicon.fileLinks].some((set) => set.has(said[1]?.norm ?? '')));
    // "spam or not spam: <text>": alternatives before a colon ask which fits, as a question does.
    // An "or" or a slash ("complaint / question / praise?"), by its place in the clause.
    const or = items.slice(from, to).findIndex((item) => lexicon.alternatives.has(item.raw));
    const choice = items[to]?.norm === ':' && said.length <= 8 && or >= 0;
    // "from this chat, who is rolling back the hotfix": a question after a comma, with no full stop after it.
    const asked = items[to]?.norm !== '.' && items.slice(from, to - 3).some((item, i) => item.type === 'comma' && lexicon.questionWords.has(items[from + i + 1]!.norm));
    const question = embedded !== undefined || items[to]?.norm === '?' || choice || split || asked || (lexicon.questionWords.has(said[0]!.norm) && said.length > 2 && !statement);
    // "What is it?" is about a file named; "how are you?" alone is small talk; "Can you save x.wav to my Drive?" asks for an action.
    const small = said.every((word) => lexicon.stopwords.has(word.norm)) && given < 0;
    const onlyLanguage = items.slice(from, to).every((item, i) => item.type !== 'word' || languageWords[from + i] || lexicon.stopwords.has(item.norm) || !!lexicon.references.get(item.raw)) && items.slice(from, to).some((_, i) => creatorEnds.has(from + i + 1));
    if (!question || small || ((!lexicon.questionWords.has(said[0]!.norm) || onlyLanguage) && targetsBefore[to]! > targetsBefore[from]!)) continue;
    // "Is c.jpg a city, a farm or a beach?": the alternatives after the file or "is" are candidate labels.
    // "positive, negative or mixed?" after a text: a question made only of alternatives.
    let listStart = or > 0 && !lexicon.questionWords.has(said[0]!.norm) ? from : -1;
    for (let at = from; or > 0 && at < from + or; at++) if (items[at]!.type === 'resource' || items[at]!.type === 'content' || lexicon.copulas.has(items[at]!.raw) || ['it', 'pointer'].includes(lexicon.references.get(items[at]!.raw)!)) listStart = at + 1;
    const labels = listStart >= 0 ? labelList(context, listStart, explained, false, to) : null;
    while (labels && labels[0]!.split(' ').length > longest(labels.slice(1)) && subject(labels[0]!.split(' ')[0])) labels[0] = labels[0]!.slice(labels[0]!.indexOf(' ') + 1);
    if (labels) tidy(labels);
    // "a fox or a cat or what?": an open last alternative is no label.
    if (labels && labels.length > 2 && ((words) => words.length <= 2 && words.some((word) => lexicon.questionWords.has(lexicon.stem(word))))(fold(labels.at(-1)!).split(' '))) labels.pop();
    // "… or is it a feature request?" restates the subject; "… or is he shooting it?" is a clause of its own: a question, not labels.
    const restate = (label: string) => (lexicon.questionWords.has(label.split(' ')[0]!) && lexicon.references.get(label.split(' ')[1] ?? '') === 'it' ? label.split(' ').slice(2).join(' ') : label);
    const chosen = labels && !labels.map(restate).some((label) => lexicon.questionWords.has(label.split(' ')[0]!)) ? labels.map(restate) : undefined;
    // "Can you save x.wav to my Drive?" asks for an action; "would you say it is rude or polite?" which label fits.
    if ((choice && !chosen) || (!chosen && embedded === undefined && draft.ignoreAt.has(from + (items[from]!.type === 'word' ? 0 : 1))) || (draft.chitchat > 0 && said.length < 4 && !(chosen && given >= 0))) continue;
    const step: Step = { intent: 'question', at: from, start: from, end: to, sentence, phrase: '', strength: 0.7, objects: [], targets: [], question: questionText(context, embedded ?? (connector.get(from) === 'and' ? from + 1 : from), to), ...(chosen ? { labels: chosen } : {}) };
    // "Mouse? Bird? Squirrel?": a run of one- or two-word questions is one question.
    const run = draft.steps.at(-1);
    const more = run?.intent === 'question' && !run.phrase && run.end === from - 1 && said.length <= 2 && items.slice(run.start, run.end).filter((item) => item.type === 'word').length <= 2 * run.question!.split('?').length && Object.assign(run, { end: to, question: `${run.question} ${step.question}` });
    if (!more) draft.steps.push(step);
    // "What's in a.jpg? And what colour is the cat?": a later question opening on "and" goes on about what the request works on ("Also, random question, …" may not).
    if (sentence > 0 && connector.get(from) === 'and' && lexicon.conjunctions.has(items[from]!.raw)) step.objects.push({ type: 'ref', at: from, ref: 'it' });
    // "and in e.jpg?", "ok and this one? '…'": a request that opens on "and" asks the previous one again.
    draft.same ||= sentence === 0 && [from, from + 1, from + 2].some((at) => connector.get(at) === 'and');
    for (let at = from; at < to; at++) if (items[at]!.type === 'word') explained[at] = 1;
  }

  // "Is the tone of this formal or informal?": alternatives a few words after a step that can take labels, past the text it points at, are its labels.
  // Also before the colon that opens the text ("say if the tone is friendly or rude: …"); a step that asks for a label takes the list right after its phrase, "or" or not ("Pick a label (a, b, c) for: …").
  for (const step of draft.steps) {
    if (!step.labels && step.intent === 'zeroShot' && (step.labels = labelList(context, step.end, explained) ?? undefined)) tidy(step.labels);
    if (step.labels || !(INTENT_SPECS[step.intent].withLabels || INTENT_SPECS[step.intent].slot === 'labels' || step.intent === 'sentiment') || !['?', ':'].includes(items[sentenceEnd(step.sentence)]?.norm ?? '')) continue;
    // "does it sound sarcastic or sincere?": the phrase's last word may be the first label.
    let [listStart, at, dash] = [-1, step.at, false];
    // "what's the tone of it, positive or negative?": the list starts after the comma.
    for (; at < Math.min(sentenceEnd(step.sentence), step.at + 12) && !lexicon.alternatives.has(items[at]!.raw) && items[at]!.type !== 'content'; at++) if (lexicon.copulas.has(items[at]!.raw) || ['it', 'pointer'].includes(lexicon.references.get(items[at]!.raw)!) || (items[at]!.type === 'dash' && (dash = true))) listStart = at + (items[at + 1]!.type === 'comma' ? 2 : 1);
    // "is the tone formal or informal?": the list may start right after the phrase; "which of these fits best — joy, anger or fear?": or after a dash.
    const from = at === step.end ? at - 1 : listStart >= step.end || dash ? listStart : at - step.end <= 5 ? step.end : -1;
    // The list ends where the next step starts ("is the tone positive or negative, and what places or people does it name?").
    const next = Math.min(...draft.steps.filter((other) => other.at > step.at).map((other) => other.at));
    const listed = from >= 0 && lexicon.alternatives.has(items[at]?.raw ?? '') ? labelList(context, from, explained, true, next) : null;
    // "is this customer angry or am I overthinking it?": an alternative that opens a clause of its own (a question word, then its subject) is no label.
    const clause = (label: string) => ((words) => words.length > 2 && lexicon.questionWords.has(lexicon.stem(words[0]!)) && lexicon.stopwords.has(words[1]!))(fold(label).split(' '));
    const labels = listed?.some(clause) ? null : listed;
    // A tone's labels that are no sentiment ask which fits: "is the tone formal or informal?"; "the tone" is then what the question is about, not a sentiment to run first.
    if (labels && !labels.every((label) => lexicon.sentimentLabels.has(lexicon.stem(label.toLowerCase())))) tidy(labels), Object.assign(step, { labels, intent: step.intent === 'sentiment' ? 'zeroShot' : step.intent });
  }
  // "what time did she say the meeting is?": a question word asking about something before the verb of saying asks a question of the words;
  // a question phrase that opens the question ("which day did he say …?") is part of it.
  const opened = (step: Step) => lexicon.questionWords.has(items[step.at]!.norm) && items[sentenceEnd(step.sentence)]?.norm === '?';
  const specific = (at: number) => items[at]?.type === 'word' && !lexicon.stopwords.has(items[at]!.norm) && !matches.some((match) => match.start === at - 1 && match.literal.includes(at));
  for (const step of draft.steps) if (opened(step) && ((step.intent === 'words' && specific(step.at + 1)) || (step.intent === 'question' && step.phrase))) Object.assign(step, { intent: 'question', question: questionText(context, step.at, sentenceEnd(step.sentence)) });
  // "a voicemail in Italian (x.ogg), I don't speak Italian": nothing asked of a thing in a language the user cannot read (or not the request's) asks for its translation.
  // "a jar from a market in Athens: what's written on it?", "a voice note from Madrid, what is she saying?": words asked of a thing from a place where
  // another language is spoken (lexicon `places`) are in that language.
  // "I'm in Lisbon and can't read the menu: menu.jpg": so is the text read off a picture there.
  const readOff = (step: Step) => step.intent === 'read' || step.intent === 'ocr';
  const abroad = !draft.languages.length && draft.steps.some((step) => step.intent === 'words' || readOff(step)) && !draft.steps.some((step) => step.intent === 'translate') ? items.findIndex((item) => item.type === 'word' && (lexicon.places.get(item.norm) ?? lexicon.code) !== lexicon.code) : -1;
  const unread = draft.languages.find((language) => (language.role === 'source' || language.role === 'input') && language.lang !== lexicon.code) ?? (abroad >= 0 ? { at: abroad, lang: lexicon.places.get(items[abroad]!.norm)!, role: 'source' as const } : undefined);
  // "a voice message from my landlord in Spanish: x.mp3. What does he want?": a bare question on words the user cannot read asks for what they say.
  // (Not when a translation is asked as well: "what's the total on it? and separately, translate the receipt, it's in Czech" asks the question as is.)
  const translated = draft.steps.some((step) => step.intent === 'translate');
  for (const step of draft.steps) if (unread && !translated && step.intent === 'question' && !step.phrase && !step.labels) step.intent = 'words';
  // "Which word is hidden there? 'The [MASK] barked…'": a question on a text with a blank to fill asks for the word.
  const blank = context.contents.some((content) => content.value.toLowerCase().includes('[mask]') || content.value.includes('___'));
  for (const step of draft.steps) if (blank && step.intent === 'question' && !step.labels) step.intent = 'fillMask';
  // With nothing asked, a text in a language the user cannot read asks for its translation (into the language named, else the request's), one with a blank for the word ("any idea what goes here: '…___…'").
  if (!draft.steps.length && (unread || blank) && given >= 0) draft.steps.push({ intent: unread ? 'translate' : 'fillMask', at: given, start: starts[sentenceOf[given]!]!, end: sentenceEnd(sentenceOf[given]!), sentence: sentenceOf[given]!, phrase: '', strength: 0.7, objects: [], targets: unread ? [draft.languages.find((language) => language.role === 'target')?.lang ?? lexicon.code] : [] });
  // "how many of the players are wearing white?": a count of what does something is a question to the photo (the detector counts by kind only);
  // "how many people work there? <article>": a count asked where only a text is given is a question on the text.
  const textOnly = given >= 0 && !context.tokens.some((token) => token.type === 'resource');
  for (const step of draft.steps) {
    const end = Math.min(sentenceEnd(step.sentence), ...draft.steps.filter((other) => other.at > step.at).map((other) => other.at - 1));
    const opens = lexicon.questionWords.has(items[step.at]!.norm);
    if (step.intent === 'detect' && ((textOnly && (opens || items[end]?.norm === '?')) || (opens && items.slice(step.at, end).some((item) => lexicon.visible.has(item.norm) && lexicon.gerunds.some((ending) => item.raw.endsWith(ending)))))) Object.assign(step, { intent: 'question', question: questionText(context, textOnly ? starts[step.sentence]! : step.at, end) });
  }
  // "Answer these:\n1. …?\n2. …?": an ask for answers before the questions is no question of its own (unless its colon opens one: "answer these: 1) '…?'").
  const steps = draft.steps.filter((step) => !(step.intent === 'question' && !step.question && items[sentenceEnd(step.sentence)]?.norm === ':' && ![1, 2].some((k) => context.contents[items[sentenceEnd(step.sentence) + k]?.content ?? -1]?.value.endsWith('?')) && draft.steps.some((other) => other.sentence > step.sentence && other.question))).sort((a, b) => a.start - b.start);
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    const same = previous?.sentence === step.sentence;
    // "caption x.jpg and then tell me whether…": the clause starts after the last connector, which says whether it chains.
    let cut = -1;
    for (let at = same ? previous.end : starts[step.sentence]!; at < step.start; at++) {
      if (connector.has(at)) step[connector.get(at)!] = true;
      if (apartAt[at]) step.apart = true;
      if (same && (connector.has(at) || items[at]!.type === 'comma')) cut = at;
    }
    if (cut >= 0 && step.intent !== 'question') step.start = cut + 1;
  });
  // "a picture and a video of waves": what the last product shows, the others show too.
  for (let index = steps.length - 2; index >= 0; index--) {
    const [step, next] = [steps[index]!, steps[index + 1]!];
    if (INTENT_SPECS[step.intent].slot === 'description' && !step.text && next.sentence === step.sentence && INTENT_SPECS[next.intent].slot === 'description') step.text = next.text;
  }
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    step.end = next?.sentence === step.sentence ? next.start : sentenceEnd(step.sentence);
    if (steps[index - 1]?.sentence !== step.sentence) step.start = Math.min(step.start, starts[step.sentence]!);
  });
  // Two steps in one clause are one: "identify the emotion", "I'd like to know which class it belongs to", "a summarized answer".
  const generality = (intent: IntentId) => INTENT_SPECS[intent].generic ?? 0;
  const kept: Step[] = [];
  // Where the phrase read at a position ends; built on first use (a request can hold thousands of phrases).
  let phraseEnds: Map<number, number> | undefined;
  const phraseEnd = (at: number) => (phraseEnds ??= new Map(matches.map((match) => [match.start, match.end]))).get(at);
  for (const step of steps) {
    // "… make an audio version. Half the crew listens to updates in the van": who listens to the speech asked for, not a new step.
    if (step.intent === 'listen' && !step.objects.length && kept.some((other) => other.intent === 'speak')) continue;
    const last = kept.at(-1);
    const span = last ? items.slice(last.at, step.at) : [];
    const between = (loose: boolean) => span.some((item, i) => !explained[last!.at + i] && !(loose && item.type === 'word' && lexicon.stopwords.has(item.norm)));
    const joined = span.some((item, i) => item.type === 'comma' || connector.has(last!.at + i));
    // "I want to know the answer to the following question": one request said twice; "when is it? answer from the transcript": the question before.
    const asked = last && !last.phrase && last.intent === 'question' && last.sentence === step.sentence - 1 && INTENT_SPECS[step.intent].slot === 'question' && !step.question;
    // "f.jpg: zoo, safari or farm? pick one of those": a step that picks a label, with none of its own, picks among the alternatives just asked.
    const picks = last && !last.phrase && last.intent === 'question' && last.labels && last.sentence === step.sentence - 1 && step.intent === 'zeroShot' && !step.labels;
    // "I want to know if my text is similar in meaning to …": a question phrase before a question word ("if", "what") is the step asked in its clause.
    const wonders = last && last.intent === 'question' && !!last.phrase && !last.labels && step.intent !== 'question' && last.sentence === step.sentence && !joined && [0, 1].some((back) => lexicon.questionWords.has(items[(phraseEnd(last.at) ?? last.end) - back]?.norm ?? ''));
    if (picks) {
      Object.assign(step, { start: last.start, labels: last.labels });
      kept.pop();
    } else if (wonders) {
      Object.assign(step, { start: last!.start });
      kept.pop();
    } else if (asked || (last && last.sentence === step.sentence && last.intent === step.intent && INTENT_SPECS[step.intent].generic && !joined && !between(true))) {
      Object.assign(step, { start: last.start, then: step.then || last.then, question: step.question ?? last.question });
      kept.pop();
    } else if (last && last.sentence === step.sentence && !last.text && last.intent !== step.intent && !joined && !((INTENT_SPECS[last.intent].pair || INTENT_SPECS[last.intent].slot === 'languages') && Object.values(CONVERSIONS).includes(step.intent)) && !(INTENT_SPECS[last.intent].form && lexicon.questionWords.has(items[step.at]!.norm))) {
      const [first, second] = [generality(last.intent), generality(step.intent)];
      if (second > first && !between(true)) {
        last.end = step.end;
        continue;
      }
      if ((first >= second && !between(false)) || (first > second && !between(true))) {
        Object.assign(step, { start: last.start, then: step.then || last.then });
        kept.pop();
      }
    }
    kept.push(step);
  }

  const stepAt = (at: number): Step | undefined => {
    let [low, high] = [0, kept.length - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const step = kept[middle]!;
      if (at < step.start) high = middle - 1;
      else if (at >= step.end) low = middle + 1;
      else return step;
    }
    return undefined;
  };
  const loose: Array<{ object: Obj; sentence: number; afterColon: boolean }> = [];
  for (const object of draft.objects) {
    // 'continue this story: "…" then draw …': text right after the colon that ends a step's clause is that step's, though its sentence goes on.
    const afterStep = object.type === 'content' && items[object.at - 1]?.norm === ':' && kept.some((other) => other.sentence === sentenceOf[object.at - 1] && other.at < object.at && INTENT_SPECS[other.intent].tasks.text !== undefined && !other.objects.some((each) => each.type === 'content' || each.type === 'file'));
    const step = afterStep && (stepAt(object.at)?.at ?? -1) > object.at ? undefined : stepAt(object.at);
    // "the tone" before labels that are no sentiment ("is the tone formal or informal?") is what is judged, not a sentiment to run first.
    if (step) step.objects.push(...(object.type === 'product' && object.intent === 'sentiment' && step.intent === 'zeroShot' && step.labels ? [] : [object]));
    else {
      let back = object.at - 1;
      const listed = (at: number) => ['line', 'para', ','].includes(items[at]!.norm) || items[at]!.type === 'content' || (items[at]!.type === 'word' && lexicon.stopwords.has(items[at]!.norm));
      while (back >= 0 && back > object.at - 12 && listed(back)) back--;
      const afterColon = items[back]?.norm === ':';
      loose.push({ object, sentence: afterColon ? sentenceOf[back]! : sentenceOf[object.at]!, afterColon });
    }
  }
  // "classify the content in the edited image": a thing named by a noun, then a preposition and "the" before another thing or an output, is part of that one.
  // Looked up by position (3 to 5 items on), not by a search of the step's other objects: a step can hold thousands of "it"s.
  const partOf = (at: number, others: Set<number>) => lexicon.fileLinks.has(items[at + 1]?.norm ?? '') && lexicon.definite.has(items[at + 2]?.norm ?? '') && [3, 4, 5].some((gap) => others.has(at + gap) && items.slice(at + 3, at + gap).every((item) => item.type === 'word'));
  for (const step of kept) {
    const outputs = new Set(step.objects.filter((other) => other.type === 'product' || (other.type === 'ref' && !!other.kind)).map((other) => other.at));
    const inner = new Set(step.objects.filter((object) => object.type === 'ref' && object.ref === 'it' && object.kind && partOf(object.at, outputs)));
    if (inner.size) step.objects = step.objects.filter((object) => !inner.has(object));
  }
  // "summarize the complaint in a couple of sentences": a second phrase for the same step.
  for (let index = kept.length - 1; index > 0; index--) {
    const [step, previous] = [kept[index]!, kept[index - 1]!];
    // "My dad is blind. Can he hear what's in e.jpg?": the form said twice, in two sentences.
    // "make two versions of b.jpg, one as a cartoon and one as a pencil sketch": what the versions are follows the count.
    const versions = previous.plural && previous.text === previous.phrase && step.intent === previous.intent && step.sentence === previous.sentence;
    // "compare its similarity to '…'": a comparison's two phrases, each naming one side.
    const sides = step.intent === previous.intent && INTENT_SPECS[step.intent].pair && step.sentence === previous.sentence && step.at - previous.end <= 1 && previous.objects.length + step.objects.length <= 2;
    if (versions || sides || (step.intent === previous.intent && (step.sentence === previous.sentence || INTENT_SPECS[step.intent].form) && step.objects.length === 0 && !step.question)) {
      if (sides) previous.objects.push(...step.objects);
      previous.end = step.end;
      for (const target of step.targets) if (!previous.targets.includes(target)) previous.targets.push(target);
      Object.assign(previous, { source: previous.source ?? step.source, labels: previous.labels ?? step.labels, text: versions ? step.text : previous.text ?? step.text });
      kept.splice(index, 1);
    }
  }
  // "I'm driving and this is too long, give me the short of it and say it out loud": a situation that implies a step (lexicon `why`) asks for
  // nothing more when the request asks for that step in so many words, which says what it works on.
  const explicit = new Set(kept.filter((step) => !step.why).map((step) => step.intent));
  if (kept.some((step) => step.why && explicit.has(step.intent))) kept.splice(0, kept.length, ...kept.filter((step) => !(step.why && explicit.has(step.intent))));
  // "voicemail.wav is in Italian and my Italian stops at 'ciao'": a file said to be in the language is what the translation nothing asked for
  // acts on, not a word or two quoted in a remark.
  const implied = unread && kept.length === 1 && !kept[0]!.phrase && kept[0]!.intent === 'translate' ? kept[0] : undefined;
  if (implied?.objects.some((object) => object.type === 'file' && object.at < unread!.at && unread!.at - object.at <= 4)) implied.objects = implied.objects.filter((object) => object.type !== 'content' || context.contents[items[object.at]!.content!]!.value.split(/\s+/).length > 2);
  // "… answering a visual question, … My visual question is '…?'": a question given later for a step of that intent asked without one is its question.
  const asksOnly = (step: Step) => INTENT_SPECS[step.intent].slot === 'question' && !step.question && step.objects.length > 0 && step.objects.every((object) => object.type === 'content' && /\?\s*$/.test(context.contents[items[object.at]!.content!]!.value));
  for (let index = kept.length - 1; index > 0; index--) {
    const step = kept[index]!;
    const earlier = asksOnly(step) ? kept.slice(0, index).find((other) => other.intent === step.intent && !other.question && other.phrase && other.sentence < step.sentence && !other.objects.some((object) => object.type === 'content')) : undefined;
    if (earlier) earlier.objects.push(...step.objects), kept.splice(index, 1);
  }
  // "Compare it to '…'. If they are similar, make a video": a step inside a condition opening its sentence, asked already, is that step's result tested.
  for (let index = kept.length - 1; index > 0; index--) {
    const step = kept[index]!;
    const opening = starts[step.sentence]!;
    // Bounded: eight items at most between the condition's word and the step.
    const inside = step.at - opening <= 8 && !items.slice(opening, step.at).some((item) => item.type === 'comma');
    if (items[opening]?.type === 'word' && lexicon.conditions.has(items[opening]!.norm) && inside && kept.slice(0, index).some((other) => other.intent === step.intent && other.sentence < step.sentence)) kept.splice(index, 1);
  }
  // "I have a table image x.jpg, classify its content", "a picture of a table (x.jpg) … extract information from the table": a table named, then
  // classified or named again with nothing new to act on, is one classification of the table.
  const table = kept.find((step) => step.intent === 'table');
  for (let index = kept.length - 1; table && index > kept.indexOf(table); index--) {
    const step = kept[index]!;
    if ((step.intent === 'table' || step.intent === 'classify') && step.objects.every((object) => object.type === 'ref' && ['it', 'pointer'].includes(object.ref))) kept.splice(index, 1);
  }
  // Steps asked only by labelled fields take part in the adoption of what lies outside every clause.
  kept.push(...fieldSteps(context, kept));
  kept.sort((a, b) => a.at - b.at);
  // Things named by a word of the chat are adopted latest first: the nearest before a step's "it" is what it means.
  const named = new Set(loose.filter((orphan) => orphan.object.type === 'ref' && !!orphan.object.name).reverse().filter((orphan) => adopt(kept, orphan, context)));
  const orphans = loose.filter((orphan) => !named.has(orphan) && !adopt(kept, orphan, context)).map((orphan) => orphan.object);
  // "I want to crop each one out, so first I need to know where they are": the goal before "so" is the user's own, when something is asked after it.
  const goals = askAt.filter((at) => goalIn.has(sentenceOf[at]!)).map((at) => ({ at }));
  for (const { at } of [...firsts.filter((first) => first.so), ...goals]) if (kept.some((step) => step.at > at && step.sentence === sentenceOf[at])) for (let k = kept.length - 1; k >= 0; k--) if (kept[k]!.at < at && kept[k]!.sentence === sentenceOf[at]) kept.splice(k, 1);

  const modifiers: Reading['modifiers'] = [];
  // "summarize this article in French: <an English text>": a text in the request's own language (a quarter of its first words function words) goes into the one named.
  const ownTongue = (object: Obj) => {
    const words = object.type === 'content' ? context.contents[items[object.at]!.content!]!.value.slice(0, 1000).split(/\s+/) : [];
    return words.length >= 6 && words.filter((word) => lexicon.stopwords.has(fold(word))).length * 4 >= words.length;
  };
  for (const language of draft.languages) {
    const step = stepAt(language.at);
    if (step?.intent === 'translate') {
      if (language.role === 'source' || language.role === 'input') step.source = language.lang;
      // ("x.wav is in Italian and my Italian stops at 'ciao'": the language said to be the text's, named again bare, is no target.)
      else if (!step.targets.includes(language.lang) && !(language.role === 'bare' && !step.phrase && unread?.lang === language.lang)) step.targets.push(language.lang);
      // "a voicemail in Spanish … a few lines in English": once the input's language is said, another one is where it goes.
    } else if ((['target', 'audience'].includes(language.role) || (language.role === 'input' && (draft.languages.some((other) => other.role === 'input' && other.at < language.at && other.lang !== language.lang) || (language.lang !== lexicon.code && step?.objects.some(ownTongue))))) && !modifiers.some((other) => other.lang === language.lang)) modifiers.push({ lang: language.lang, at: language.at, source: unread?.lang === language.lang ? undefined : unread?.lang });
  }
  // "a voicemail in Polish … what did she say?", "… from my Japanese colleague, what does she say?": what it says, in the request's language.
  if (unread && !modifiers.length && kept.some((step) => (step.intent !== 'translate' && INTENT_SPECS[step.intent].tasks.text === 'translation') || (abroad >= 0 && readOff(step)))) modifiers.push({ lang: lexicon.code, at: unread.at, source: unread.lang });
  // "I don't read German. Translate this: …": a source said outside every translation is that of one naming none.
  const unplaced = draft.languages.find((language) => language.role === 'source' && stepAt(language.at)?.intent !== 'translate');
  for (const step of kept) if (unplaced && step.intent === 'translate' && !step.source && !step.targets.includes(unplaced.lang)) step.source = unplaced.lang;
  // "translate this text in Spanish": with no other target, the language after the text is where it goes.
  for (const step of kept) if (step.intent === 'translate' && !step.targets.length && draft.languages.some((language) => language.role === 'input' && stepAt(language.at) === step)) step.targets.push(step.source!), delete step.source;
  const placed = (list: Draft['labelLists'][number]) => stepAt(list.at) ?? kept.find((other) => other.sentence === sentenceOf[list.at]);
  for (const list of draft.labelLists) if (placed(list)) placed(list)!.labels = list.labels;
  // "caption a.jpg, but first sharpen it", "Before you caption a.jpg, sharpen it": the later-said step is done first (reordered once stepAt, which
  // searches the steps in the order said, has placed everything: "Before you translate it into French, …" keeps its French).
  for (const { at, after } of firsts.filter((first) => !first.so)) {
    const next = kept.findIndex((step) => step.at > at);
    const [said, done] = kept[next - 1]?.sentence === sentenceOf[at] ? [kept[next - 1], kept[next]] : [kept[next], kept[next + 1]];
    // "…, and after the segmentation, classify it": "after" before the name of a step asked before it keeps the order said.
    const asked = after && next >= 0 && matches.some((match) => match.start > at && match.start <= at + 3 && match.start < kept[next]!.at && match.cues.some((cue) => (cue.type === 'say' || cue.type === 'make') && kept.some((step) => step.at < at && step.intent === cue.intent)));
    if (next >= 0 && !(after && (said !== kept[next - 1] || asked)) && said && done?.sentence === said.sentence) kept.splice(kept.indexOf(said), 2, done, Object.assign(said, { then: true, first: true }));
  }

  let known = 0;
  // Candidate labels are the user's own words, understood as such ("reclamação / elogio / dúvida?").
  const labelled = new Set(kept.flatMap((step) => step.labels ?? []).flatMap((label) => fold(label).split(' ')));
  const literal = new Uint8Array(items.length);
  for (let m = 0; m < matches.length; m++) for (let l = 0, spelt = matches[m]!.literal; l < spelt.length; l++) literal[spelt[l]!] = 1;
  let said = 0;
  const unexplained: string[] = [];
  items.forEach((item, at) => {
    if (item.type !== 'word') return;
    said++;
    if (literal[at] || lexicon.stopwords.has(item.norm) || lexicon.questionWords.has(item.norm) || lexicon.nouns.has(item.norm) || item.lang || labelled.has(item.raw)) known++;
    if (!explained[at] && !lexicon.stopwords.has(item.norm)) unexplained.push(item.raw);
  });
  return { steps: kept, orphans, modifiers, same: draft.same, chitchat: draft.chitchat, words: said, known, unexplained, labels: draft.labelLists.find((list) => !placed(list))?.labels };
}

/** Gives a file or content outside every clause to the step it belongs to. */
function adopt(steps: Step[], orphan: { object: Obj; sentence: number; afterColon: boolean }, context: Context): boolean {
  const { object } = orphan;
  // "the long one is my interview. Type it up": a thing named by a word of the chat, alone in its sentence, is the "it" of the next step.
  if (object.type === 'ref' && object.name) {
    const next = steps.find((step) => step.start > object.at && step.sentence <= orphan.sentence + 1);
    const it = next?.objects.findIndex((other) => other.type === 'ref' && other.ref === 'it' && !other.name && !other.kind);
    if (next && it !== undefined && it >= 0 && next.objects.length === 1) return !!next.objects.splice(it, 1, object);
    return false;
  }
  // "ooh the second one. can you design a logo for it?": a pick said alone is what "it" names in the next sentence's first step.
  if (object.type === 'ref' && object.ref === 'ordinal') {
    const next = steps.find((step) => step.sentence === orphan.sentence + 1);
    const it = next ? next.objects.findIndex((other) => other.type === 'ref' && other.ref === 'it') : -1;
    // "For the first one: what is the total?": a pick before a colon is what the question after it is about.
    if (it >= 0) next!.objects.splice(it, 1, object);
    else if (next && !next.objects.length && [1, 2, 3].some((k) => context.items[object.at + k]?.norm === ':' && context.items.slice(object.at + 1, object.at + k).every((item) => item.type === 'word'))) next.objects.push(object);
    else return false;
    return true;
  }
  if (object.type !== 'file' && object.type !== 'content') return false;
  const field = object.type === 'content' ? context.contents[context.items[object.at]!.content!]!.field : undefined;
  const inSentence = steps.filter((step) => step.sentence === orphan.sentence);
  // Text after "…: " goes to the steps before the colon that can take it.
  // A question given after a colon is for the steps that answer one.
  // "summarize this and translate it: …": the text goes to the first; "it" is that step's output. A comparison takes every text after its colon ("closer to 'X': 'A' or 'B'?").
  const takers = orphan.afterColon
    ? inSentence.filter((step) => (takesContent(step) || INTENT_SPECS[step.intent].pair) && (field !== 'question' || INTENT_SPECS[step.intent].slot === 'question')).filter((step, index) => index === 0 || !step.objects.some((other) => other.type === 'ref' && other.ref === 'it'))
    : [];
  if (object.type === 'content' && takers.length) {
    for (const step of takers) step.objects.push(object);
    return true;
  }
  const split = steps.findIndex((step) => step.start > object.at);
  const after = split < 0 ? steps.length : split;
  if (object.type === 'content' && (!field || field === 'text')) {
    // Pasted text: to the step that points at it ("this email"), else one with nothing to act on.
    const rank = (step: Step) =>
      step.objects.some((other) => other.type === 'ref' && other.ref === 'pointer') ? 3
      : step.objects.length === 0 || (INTENT_SPECS[step.intent].pair && step.objects.filter((other) => other.type === 'content').length < 2) ? 2
      : takesContent(step) ? 1 : 0;
    const best = steps.reduce<Step | undefined>((chosen, step) => (rank(step) > (chosen ? rank(chosen) : 0) ? step : chosen), undefined);
    if (best) return !!best.objects.push(object);
  }
  // A labelled value ("Text: …") belongs to the nearest step, whatever else it holds.
  if (field) {
    // A question goes to the nearest step that answers one, if any.
    const answering = field === 'question' ? [...steps.slice(0, after).reverse(), ...steps.slice(after)].find((step) => INTENT_SPECS[step.intent].slot === 'question') : undefined;
    const nearest = answering ?? steps[after - 1] ?? steps[after];
    return !!nearest?.objects.push(object);
  }
  const kind = object.type === 'content' ? 'text' : (context.tokens[context.items[object.at]!.token]!.kind ?? 'image');
  // The nearest free step that can use it: up to eight before it, then up to eight after it; one that picks a file ("the second one") takes no other, one that names several ("each: '…' and '…'") takes them all.
  // "… a transcription of the audio": a step that names a thing of another medium than the file's ("the …", not "as an image") is not where the file goes.
  const media = (value?: ObjectKind) => (value === 'document' ? 'image' : value);
  const free = (step: Step) =>
    !step.objects.some((other) => (other.type === object.type && !step.objects.some((ref) => ref.type === 'ref' && ref.ref === 'all')) || (other.type === 'ref' && other.ref === 'ordinal') || (object.type === 'file' && other.type === 'ref' && !!other.kind && other.kind !== 'text' && kind !== 'text' && media(other.kind) !== media(kind) && context.lexicon.definite.has(context.items[other.at - 1]?.norm ?? ''))) && (object.type === 'file' || takesContent(step)) && (kind !== 'text' || INTENT_SPECS[step.intent].tasks.text !== undefined);
  // A step that takes it as it is before one that would convert it ("summarize the command, and edit the image").
  // A question in another sentence ("… 'x.wav'. Generate an image of it and answer my question '…?'") takes a file only when no other step can.
  // A question right after the file, with no step between ("I have a scan (x.jpg) of prices. Can you tell me which costs most and draw it?"), is about it.
  const asked = (candidate: Step) => INTENT_SPECS[candidate.intent].slot === 'question' && candidate.sentence !== orphan.sentence && (candidate.at < object.at || steps.some((other) => other.at > object.at && other.at < candidate.at));
  let step: Step | undefined;
  for (const [direct, asking] of [[true, false], [false, false], [true, true], [false, true]]) {
    const fits = (candidate: Step) => free(candidate) && asked(candidate) === asking && (!direct || INTENT_SPECS[candidate.intent].tasks[kind] !== undefined);
    for (let i = after - 1; !step && i >= Math.max(0, after - 8); i--) if (fits(steps[i]!)) step = steps[i];
    for (let i = after; !step && i < Math.min(steps.length, after + 8); i++) if (fits(steps[i]!)) step = steps[i];
  }
  if (!step && object.type === 'file') step = steps[after - 1] ?? steps[after];
  return !!step?.objects.push(object);
}

/** Values given only as labelled fields ("Context: …\nQuestion: …", "target language: zh"): the steps they ask for. */
function fieldSteps(context: Context, steps: Step[]): Step[] {
  const { contents, lexicon, items } = context;
  const has = (intent: IntentId) => steps.some((step) => step.intent === intent || (step.intent === 'question' && intent === 'qa'));
  const fields = new Map<FieldName, number>();
  contents.forEach((content, index) => content.field && fields.set(content.field, index));
  const field = (name: FieldName) => (fields.has(name) ? contents[fields.get(name)!]!.value : undefined);
  const objects: Obj[] = [];
  items.forEach((item, at) => item.type === 'content' && contents[item.content!]!.field && objects.push({ type: 'content', at }));
  // A step asked only by its fields comes where they are: "My question is '…'. I'd like a conversational response" chains on its answer.
  const at = objects[0]?.at ?? 0;
  const base = { at, start: at, end: at + 1, sentence: 0, phrase: '', strength: 0.9, objects, targets: [] as string[] };
  const language = (value: string | undefined) => {
    const word = value?.trim().toLowerCase() ?? '';
    return lexicon.languages.get(lexicon.normalise(word)[0] ?? '') ?? (/^[a-z]{2}(?:-[a-z]{2})?$/.test(word) ? word.slice(0, 2) : undefined);
  };
  const found: Step[] = [];
  if (field('question') && (field('context') || field('text')) && !has('qa')) found.push({ ...base, intent: 'qa' });
  else if (field('question') && !steps.some((step) => INTENT_SPECS[step.intent].slot === 'question' && (!step.question || step.phrase))) found.push({ ...base, intent: 'question', strength: 0.8 });
  const target = language(field('target'));
  const source = language(field('source'));
  if (target && !has('translate')) found.push({ ...base, intent: 'translate', targets: [target], ...(source ? { source } : {}) });
  if ((field('first') || field('text')) && field('second') && !has('similarity') && !steps.some((step) => step.objects.some((object) => object.type === 'ref' && object.ref === 'all'))) found.push({ ...base, intent: 'similarity' });
  if (field('labels') && steps.length === 0 && found.length === 0) found.push({ ...base, intent: 'zeroShot' });
  return found;
}
