// Reading the instruction: which phrases start a step (a verb, a question pattern, a product
// asked for: "give me a summary"), and what each step's clause names: files, content, references
// ("it", "the summary", "both"), languages, candidate labels, a question or a description.
import { adopt } from './adopt.js';
import type { NounClass, Reference } from './lexicon/index.js';
import { INTENT_SPECS, type IntentId } from './lexicon/intents.js';
import type { Item, Match } from './match.js';
import { labelList, questionText, textOf, type Context } from './slots.js';

export type ObjectRef =
  | { type: 'resource'; at: number }
  | { type: 'content'; at: number; content: number }
  | { type: 'ref'; at: number; ref: Reference | 'ordinal'; noun?: NounClass; position?: number }
  | { type: 'product'; at: number; intent: IntentId; lang?: string; plural: boolean; noun?: NounClass }
  | { type: 'noun'; at: number; noun: NounClass };

export interface Step {
  intent: IntentId;
  /** Item where its phrase starts, and where its clause ends. */
  start: number;
  end: number;
  sentence: number;
  /** The words that asked for it, for the explanation. */
  phrase: string;
  /** 1 for a phrase of the lexicon, less for a typo or a bare question. */
  strength: number;
  objects: ObjectRef[];
  targets: string[];
  source?: string;
  labels?: string[];
  /** The question: a piece of content, or words of the instruction. */
  question?: { content?: number; text?: string };
  /** What to generate, or the edit to make, in the user's words. */
  description?: string;
  /** Asked for several ("two images: a red apple, and a green pear"). */
  plural?: boolean;
}

export interface Reading {
  steps: Step[];
  /** Objects of sentences without a step, with the sentence they sit in. */
  orphans: Array<{ object: ObjectRef; sentence: number; afterColon: boolean }>;
  /** Output languages not claimed by a translation step ("tell me in French"). */
  modifiers: string[];
  fields: Map<string, number>;
  same: boolean;
  chitchat: number;
  /** Words of the instruction, and those no phrase, slot or stopword explains. */
  words: number;
  unexplained: string[];
  /** Words of the instruction this lexicon knows (for choosing the language). */
  known: number;
}

/** More steps than any plan may hold: reading stops there, and the plan is refused as too large. */
export const STEP_LIMIT = 200;
/** Files read from one request; more could not fit in a plan either. */
const FILE_LIMIT = 1000;
const cueOf = (match: Match, type: string) => match.cues.find((cue) => cue.type === type) as ({ intent: IntentId } & { ref: Reference }) | undefined;
const LEADING = new Set(['of', 'showing', 'depicting', 'about', 'that', 'shows', 'with', 'featuring', 'me', 'us', 'de', 'du', 'des', 'von', 'do', 'da', 'del']);

export function readSteps(context: Context): Reading {
  const { items, matches, lexicon, contents } = context;
  const sentenceOf = new Int32Array(items.length);
  const sentenceStarts = [0];
  items.forEach((item, i) => {
    sentenceOf[i] = sentenceStarts.length - 1;
    if (item.type === 'boundary') sentenceStarts.push(i + 1);
  });
  const determinerAt = (at: number) => {
    const item = items[at];
    return item?.type === 'word' && (lexicon.definite.has(item.norm) || lexicon.indefinite.has(item.norm) || lexicon.possessive.has(item.norm));
  };
  const sentenceEnd = (sentence: number) => (sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1]! - 1 : items.length);
  const explained = new Uint8Array(items.length);
  const swallowed = new Uint8Array(items.length);
  const starts = new Map<number, Match>(matches.map((match) => [match.start, match]));
  // Where each kind of phrase starts (or ends), in one pass over the matches.
  const [cueStarts, sayStarts, allAt, pointerAt, ignoreAt, connectorAt, hedgeEnds] = Array.from({ length: 7 }, () => new Set<number>()) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  const creatorStart = new Map<number, number>();
  for (const m of matches) {
    for (const cue of m.cues) {
      if (cue.type === 'say' || cue.type === 'make') cueStarts.add(m.start);
      if (cue.type === 'say') sayStarts.add(m.start);
      if (cue.type === 'ref' && cue.ref === 'all') allAt.add(m.start);
      if (cue.type === 'ref' && cue.ref === 'pointer') pointerAt.add(m.start);
      if (cue.type === 'ignore') ignoreAt.add(m.start);
      if (cue.type === 'and' || cue.type === 'then') connectorAt.add(m.start);
      if (cue.type === 'hedge') hedgeEnds.add(m.end);
      // "the provided image" uses a creator verb as an adjective.
      if (cue.type === 'creator' && !determinerAt(m.start - 1)) creatorStart.set(m.end, m.start);
    }
  }
  // "the summary", "a short summary": a determiner, perhaps with an adjective between.
  const determined = (at: number) => determinerAt(at - 1) || (determinerAt(at - 2) && items[at - 1]?.type === 'word' && !lexicon.stopwords.has(items[at - 1]!.norm) && !cueStarts.has(at - 1));
  // Where a sentence uses a cue as a verb (no determiner before it): "read the summary aloud".
  const verbUses = new Map<number, number>();
  for (const m of matches) if (cueOf(m, 'say') && !determined(m.start)) verbUses.set(sentenceOf[m.start]!, m.start);
  const sentencesWithSteps = new Set<number>();
  const creatorEnds = new Set(creatorStart.keys());
  const breaksDescription = (at: number) => {
    const match = starts.get(at);
    return !!match && match.cues.some((cue) => cue.type === 'say' || cue.type === 'make' || cue.type === 'creator');
  };
  const descriptionEnd = (from: number) => {
    let at = from;
    for (; at < items.length; at++) {
      const item = items[at]!;
      if (item.type === 'boundary' || starts.get(at)?.cues.some((cue) => cue.type === 'then')) break;
      const joins = item.type === 'comma' || starts.get(at)?.cues.some((cue) => cue.type === 'and');
      if (joins && (breaksDescription(at + 1) || breaksDescription(at + 2) || breaksDescription(at + 3))) break;
    }
    return at;
  };
  const lookBack = (from: number, test: (item: Item, at: number) => boolean, limit = 4) => {
    for (let at = from - 1, seen = 0; at >= 0 && seen < limit; at--, seen++) {
      const item = items[at]!;
      if (item.type === 'boundary' || item.type === 'comma' || connectorAt.has(at)) return false;
      if (test(item, at)) return true;
    }
    return false;
  };

  const steps: Step[] = [];
  const objects: ObjectRef[] = [];
  const languages: Array<{ at: number; lang: string; role: 'target' | 'source' | 'audience' | 'bare' }> = [];
  const labelLists: Array<{ at: number; labels: string[] }> = [];
  let same = false;
  let chitchat = 0;
  let lastProduct: { sentence: number; end: number } | undefined;
  /** A phrase of several intents ("paint": an edit of a photo, or a new picture) takes the one the sentence's file fits. */
  const pickIntent = (match: Match, sentence: number): IntentId => {
    const intents = match.cues.flatMap((cue) => (cue.type === 'say' ? [cue.intent] : []));
    if (intents.length === 1) return intents[0]!;
    let kind: string | undefined;
    for (let at = sentenceStarts[sentence]!; at < sentenceEnd(sentence) && !kind; at++) {
      const item = items[at]!;
      if (item.type === 'resource') kind = context.tokens[item.token]!.kind ?? 'image';
      else if (item.type === 'word' && at > match.start && lexicon.nouns.get(item.norm) === 'image' && determinerAt(at - 1)) kind = 'image';
    }
    return intents.find((intent) => (kind ? INTENT_SPECS[intent].tasks[kind as 'image'] : INTENT_SPECS[intent].prefers === 'text')) ?? intents[0]!;
  };
  const newStep = (intent: IntentId, match: Match, strength: number) => {
    if (steps.length >= STEP_LIMIT) return;
    sentencesWithSteps.add(sentenceOf[match.start]!);
    const step: Step = { intent, start: match.start, end: match.end, sentence: sentenceOf[match.start]!, phrase: textOf(context, match.start, match.end), strength: match.fuzzy ? strength * 0.8 : strength, objects: [], targets: [] };
    const spec = INTENT_SPECS[intent];
    // "from English into Korean": the languages of the phrase itself.
    const named = match.literal.map((at) => items[at]!.lang).filter((lang): lang is string => !!lang);
    if (intent === 'translate' && named.length) {
      if (named.length > 1) step.source = named[0];
      step.targets.push(named.at(-1)!);
    }
    if (spec.slot === 'description' || spec.slot === 'instruction') {
      let from = spec.slot === 'instruction' ? match.start : match.end;
      while (spec.slot === 'description' && from < items.length && items[from]!.type === 'word' && LEADING.has(items[from]!.raw)) from++;
      const to = descriptionEnd(from);
      if (to > from) {
        step.description = textOf(context, from, to).replace(/[\s,;.!]+$/, '');
        for (let i = from; i < to; i++) {
          explained[i] = 1;
          if (i >= match.end) swallowed[i] = 1;
        }
      }
    }
    // "I would like to know when the report is due": the question is what follows the phrase.
    if (intent === 'question' && match.end < items.length && items[match.end]!.type === 'word') {
      const end = sentenceEnd(step.sentence);
      if (end - match.end >= 3) step.question = { text: questionText(context, match.end, end) };
    }
    steps.push(step);
  };

  for (const match of matches) {
    if (steps.length >= STEP_LIMIT) break;
    const sentence = sentenceOf[match.start]!;
    if (swallowed[match.start]) {
      // Inside a description, only references still count ("a story that begins with your description").
      const make = cueOf(match, 'make');
      const ref = cueOf(match, 'ref');
      const noun = match.literal.map((at) => lexicon.nouns.get(items[at]!.norm)).find(Boolean);
      const pointed =
        (objects.at(-1)?.type === 'ref' && (objects.at(-1) as { ref: string }).ref === 'pointer' && objects.at(-1)!.at >= match.start - 2) ||
        items[match.end]?.norm === ':' ||
        items[match.end]?.type === 'content';
      if (make && noun && match.literal.length === 1) objects.push({ type: 'noun', at: match.start, noun });
      else if (make && !pointed) objects.push({ type: 'product', at: match.start, intent: make.intent, plural: false });
      else if (ref && ref.ref !== 'all') objects.push({ type: 'ref', at: match.start, ref: ref.ref });
      continue;
    }
    for (const at of match.literal) explained[at] = 1;
    const say = cueOf(match, 'say');
    const make = cueOf(match, 'make');
    // "are the Text-to-Speech tools good enough", "a note on how to edit it": a task named, not asked for.
    if ((say || make) && determinerAt(match.start - 1) && items[match.end]?.type === 'word' && lexicon.mentions.has(items[match.end]!.norm)) continue;
    if ((say || make) && hedgeEnds.has(match.start)) continue;
    // "a response describing the objects", "a video summarizing it": an -ing form after a noun describes that noun.
    const previousWord = items[match.start - 1];
    if (say && items[match.start]!.raw.endsWith('ing') && previousWord?.type === 'word' && !lexicon.stopwords.has(previousWord.norm) && !connectorAt.has(match.start - 1) && !sayStarts.has(match.start - 1)) continue;
    // "Who painted the Mona Lisa?": a question about something done, not a request to do it.
    const first = items[sentenceStarts[sentence]!];
    if (say && !make && items[match.start]!.raw.endsWith('ed') && first?.type === 'word' && lexicon.questionWords.has(first.norm) && items[sentenceEnd(sentence)]?.norm === '?') continue;
    if (say || make) {
      // "both captions", "each summary" point back like "the".
      const definite = lookBack(match.start, (item, at) => (item.type === 'word' && lexicon.definite.has(item.norm)) || allAt.has(at), 3);
      const indefinite = lookBack(match.start, (item) => item.type === 'word' && lexicon.indefinite.has(item.norm), 3);
      const possessive = lookBack(match.start, (item) => item.type === 'word' && lexicon.possessive.has(item.norm), 2);
      // "create a picture and a short video": the second product shares the verb of the first.
      const coordinated =
        (!say || definite || indefinite) &&
        lastProduct?.sentence === sentence &&
        match.start - lastProduct.end <= 8 &&
        items.slice(lastProduct.end, match.start).some((item, i) => item.type === 'comma' || starts.get(lastProduct!.end + i)?.cues.some((cue) => cue.type === 'and'));
      let verbBetween = false;
      let creatorAt = -1;
      const creator =
        coordinated ||
        lookBack(
          match.start,
          // "tell me whether the captions agree": a clause of its own starts after "whether".
          (item, at) => ((verbBetween ||= sayStarts.has(at) || (item.type === 'word' && (lexicon.questionWords.has(item.norm) || item.raw === 'whether' || item.raw === 'if'))), !verbBetween && creatorEnds.has(at + 1) && (creatorAt = creatorStart.get(at + 1)!) >= 0),
          4,
        );
      // A noun names an earlier output when something else in its sentence acts on it.
      const otherSay = sentencesWithSteps.has(sentence) || (verbUses.get(sentence) ?? -1) > match.start;
      // "a picture of …" is a request only after a verb that makes one ("I took a picture" is not).
      const thing = match.literal.some((at) => lexicon.nouns.has(items[at]!.norm));
      const nounAfter = items[match.end]?.type === 'word' && lexicon.nouns.has(items[match.end]!.norm);
      if (!make && determinerAt(match.start - 1) && definite && otherSay && nounAfter) {
        // "the transformed image": a verb used as an adjective names that step's output.
        objects.push({ type: 'product', at: match.start, intent: say!.intent, plural: false });
        continue;
      }
      // "Here's a voicemail transcript: …": the content given, named.
      const presented = !creator && [1, 2, 3, 4].some((back) => pointerAt.has(match.start - back));
      if (make && presented && !say) continue;
      const pointsBack = lookBack(match.start, (item) => item.type === 'word' && lexicon.definite.has(item.norm), 3);
      if (make && ((creator && !(thing && pointsBack)) || (possessive && !thing) || (indefinite && !definite && !thing))) {
        newStep(make.intent, match, 1);
        const last = items[match.literal.at(-1)!]!;
        if (last.raw !== last.norm && last.raw.endsWith('s')) steps.at(-1)!.plural = true;
        // "convert the classification result into an audio file": the step's clause starts at its verb.
        if (creatorAt >= 0 && creatorAt < match.start) steps.at(-1)!.start = creatorAt;
        lastProduct = { sentence, end: match.end };
      }
      else if (make && thing && !say && !creator && !otherSay) {
        const noun = match.literal.map((at) => lexicon.nouns.get(items[at]!.norm)).find(Boolean)!;
        objects.push({ type: 'noun', at: match.start, noun });
        continue;
      }
      else if (make && otherSay && (definite || !say)) {
        const last = items[match.literal.at(-1)!]!;
        const noun = match.literal.length === 1 ? lexicon.nouns.get(last.norm) : undefined;
        if (noun) {
          // "this picture", "the recording": a thing of a kind, not the product of a task.
          const taken = objects.at(-1)?.type === 'ref' && objects.at(-1)!.at === match.start - 1;
          if (!taken) objects.push({ type: 'noun', at: match.start, noun });
          continue;
        }
        // "the following description", "this summary", "the description: '…'": the content given, not an output.
        const pointer = pointerAt.has(match.start - 1) || pointerAt.has(match.start - 2);
        const labelsContent = items[match.end]?.norm === ':' || items[match.end]?.type === 'content';
        if (pointer || labelsContent) continue;
        const lang = match.literal.map((at) => items[at]!.lang).find(Boolean);
        const plural = lookBack(match.start, (_, at) => starts.get(at)?.cues.some((cue) => cue.type === 'ref' && cue.ref === 'all') ?? false, 3) || (last.raw !== last.norm && /[sx]$/.test(last.raw));
        // "the boxed image", "the translated text": the noun after it says which output.
        const after = items[match.end];
        const kindNoun = after?.type === 'word' ? lexicon.nouns.get(after.norm) : undefined;
        if (kindNoun) explained[match.end] = 1;
        objects.push({ type: 'product', at: match.start, intent: make.intent, plural, ...(lang ? { lang } : {}), ...(kindNoun ? { noun: kindNoun } : {}) });
      } else newStep(say ? pickIntent(match, sentence) : make!.intent, match, 1);
      if (say && ['as', 'into', 'como', 'comme', 'als'].includes(items[match.literal.at(-1)!]!.raw)) {
        const list = labelList(context, match.end, explained);
        if (list) labelLists.push({ at: match.start, labels: list.labels });
      }
      continue;
    }
    for (const cue of match.cues) {
      if (cue.type === 'ref') {
        if (cue.ref === 'same') same = true;
        const next = items[match.end];
        const noun = next?.type === 'word' ? lexicon.nouns.get(next.norm) : undefined;
        if (noun) explained[match.end] = 1;
        // "the results": every output, not the last one.
        const last = items[match.literal.at(-1)!]!;
        const ref = cue.ref === 'result' && last.raw !== last.norm && last.raw.endsWith('s') ? 'all' : cue.ref;
        if (match.cues.some((other) => other.type === 'ref' && other.ref === 'all') && cue.ref === 'result') continue;
        objects.push({ type: 'ref', at: match.start, ref, ...(noun ? { noun } : {}) });
      } else if (cue.type === 'target' || cue.type === 'source' || cue.type === 'audience') {
        const lang = match.literal.map((at) => items[at]!.lang).find(Boolean);
        const before = items[match.start - 1];
        // "a text in English" says what the input is; "into English" where it goes.
        const describesInput = cue.type === 'target' && items[match.start]!.raw === 'in' && before?.type === 'word' && (lexicon.nouns.get(before.norm) === 'text' || before.raw === 'written' || before.raw === 'spoken');
        if (lang) languages.push({ at: match.start, lang, role: describesInput ? 'source' : cue.type });
      } else if (cue.type === 'label') {
        const list = labelList(context, match.end, explained);
        if (list) labelLists.push({ at: match.start, labels: list.labels });
      } else if (cue.type === 'chitchat') chitchat++;
    }
  }

  // More steps than any plan holds: the plan is refused, so nothing else needs reading.
  if (steps.length >= STEP_LIMIT) return { steps, orphans: [], modifiers: [], fields: new Map(), same, chitchat, words: 0, unexplained: [], known: 0 };
  // Words and content the phrases did not claim. Files past the first thousand cannot fit in any plan.
  let files = 0;
  items.forEach((item, at) => {
    if (swallowed[at] || explained[at]) return;
    if (item.type === 'resource') {
      if (files++ < FILE_LIMIT) objects.push({ type: 'resource', at });
    }
    else if (item.type === 'content') objects.push({ type: 'content', at, content: item.content! });
    else if (item.type === 'word' && item.lang && !explained[at]) {
      const next = items[at + 1];
      // A bare language name: the input's language before a noun, else a target only inside a translation step.
      if (next?.type === 'word' && lexicon.nouns.has(next.norm)) languages.push({ at, lang: item.lang, role: 'source' });
      else languages.push({ at, lang: item.lang, role: 'bare' });
      explained[at] = 1;
    } else if (item.type === 'word' && lexicon.ordinals.has(item.norm) && items[at + 1]?.type === 'word' && (items[at + 1]!.raw === 'one' || lexicon.nouns.has(items[at + 1]!.norm))) {
      // "the second photo", "the first one": one of several things named.
      const noun = lexicon.nouns.get(items[at + 1]!.norm);
      objects.push({ type: 'ref', at, ref: 'ordinal', position: lexicon.ordinals.get(item.norm)!, ...(noun ? { noun } : {}) });
      explained[at] = explained[at + 1] = 1;
    } else if (item.type === 'word' && lexicon.nouns.has(item.norm)) {
      const determined = lookBack(at, (word) => word.type === 'word' && lexicon.definite.has(word.norm), 2);
      if (determined) objects.push({ type: 'noun', at, noun: lexicon.nouns.get(item.norm)! });
      explained[at] = 1;
    }
  });

  // Questions without a cue: "What's the total on receipt.jpg?", "On which date was it signed?".
  /** A list "a, b or c" after the file or the verb "is" of a question. */
  const alternatives = (from: number, to: number): string[] | undefined => {
    const or = items.slice(from, to).findIndex((item) => item.type === 'word' && item.raw === 'or');
    if (or < 0) return undefined;
    let start = from;
    for (let at = from; at < from + or; at++) {
      const item = items[at]!;
      if (item.type === 'resource' || item.type === 'content' || (item.type === 'word' && ['is', 'are', 'was', 'were', 'it', 'this', 'that'].includes(item.raw))) start = at + 1;
    }
    if (start === from) return undefined;
    return labelList(context, start, explained)?.labels;
  };
  const withSteps = new Set(steps.map((step) => step.sentence));
  for (let sentence = 0; sentence < sentenceStarts.length; sentence++) {
    const from = sentenceStarts[sentence]!;
    const to = sentenceEnd(sentence);
    if (withSteps.has(sentence) || to <= from) continue;
    const words = items.slice(from, to).filter((item) => item.type === 'word');
    const question = items[to]?.norm === '?' || (words[0] !== undefined && lexicon.questionWords.has(words[0].norm) && words.length > 2);
    // "What is it?" is a question about a file named; "how are you?" alone is small talk.
    const small = words.every((word) => lexicon.stopwords.has(word.norm)) && !items.some((item) => item.type === 'resource' || item.type === 'content');
    // "Can you save meeting.wav to my Drive?" asks for an action, not for an answer.
    const request = ignoreAt.has(from + (items[from]!.type === 'word' ? 0 : 1));
    if (!question || small || request || (chitchat > 0 && words.length < 4)) continue;
    const step: Step = { intent: 'question', start: from, end: to, sentence, phrase: '', strength: 0.7, objects: [], targets: [], question: { text: questionText(context, from, to) } };
    // "Is /examples/c.jpg a city, a farm or a beach?": the alternatives are candidate labels.
    const options = alternatives(from, to);
    if (options) step.labels = options;
    steps.push(step);
    for (let i = from; i < to; i++) if (items[i]!.type === 'word') explained[i] = 1;
  }

  steps.sort((a, b) => a.start - b.start);
  // "caption x.jpg and tell me whether the captions agree": what follows "and" belongs to the next step.
  for (let index = 1; index < steps.length; index++) {
    const step = steps[index]!;
    const previous = steps[index - 1]!;
    if (previous.sentence !== step.sentence || step.intent === 'question') continue;
    for (let at = step.start - 1; at >= previous.end; at--) {
      if (connectorAt.has(at) || items[at]!.type === 'comma') {
        step.start = at + 1;
        break;
      }
    }
  }
  // "a picture and a video of waves": what the last product shows, the others show too.
  for (let index = steps.length - 2; index >= 0; index--) {
    const step = steps[index]!;
    const next = steps[index + 1]!;
    if (INTENT_SPECS[step.intent].slot === 'description' && !step.description && next.sentence === step.sentence && next.description && INTENT_SPECS[next.intent].slot === 'description') step.description = next.description;
  }
  // A step's clause runs to the next step of its sentence; words before the first step are its own.
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    step.end = next && next.sentence === step.sentence ? next.start : sentenceEnd(step.sentence);
    if (index === 0 || steps[index - 1]!.sentence !== step.sentence) step.start = Math.min(step.start, sentenceStarts[step.sentence]!);
  });
  // "identify the people and places": a generic verb right before a precise one gives way to it.
  const kept = steps.filter((step, index) => {
    const next = steps[index + 1];
    if (!next || next.sentence !== step.sentence || step.description) return true;
    const between = items.slice(step.start, next.start).filter((item, i) => !explained[step.start + i] || item.type === 'resource' || item.type === 'content');
    const joined = items.slice(step.start, next.start).some((item, i) => item.type === 'comma' || starts.get(step.start + i)?.cues.some((cue) => cue.type === 'and' || cue.type === 'then'));
    if (between.length > 0 || joined || step.intent === next.intent) return true;
    next.start = step.start;
    return false;
  });

  const loose: Reading['orphans'] = [];
  const stepAt = (at: number): Step | undefined => {
    let low = 0;
    let high = kept.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const step = kept[middle]!;
      if (at < step.start) high = middle - 1;
      else if (at >= step.end) low = middle + 1;
      else return step;
    }
    return undefined;
  };
  const firstOfSentence = new Map<number, Step>();
  for (const step of kept) if (!firstOfSentence.has(step.sentence)) firstOfSentence.set(step.sentence, step);
  for (const object of objects) {
    const step = stepAt(object.at);
    if (step) step.objects.push(object);
    else {
      let before = object.at - 1;
      const listed = (item: Item) => item.norm === 'line' || item.norm === 'para' || item.type === 'comma' || item.type === 'content' || (item.type === 'word' && (item.raw === 'and' || lexicon.stopwords.has(item.norm)));
      while (before >= 0 && before > object.at - 12 && listed(items[before]!)) before--;
      const colon = items[before]?.norm === ':';
      loose.push({ object, sentence: colon ? sentenceOf[before]! : sentenceOf[object.at]!, afterColon: colon });
    }
  }
  // "summarize the complaint in a couple of sentences": a second phrase for the same step.
  for (let index = kept.length - 1; index > 0; index--) {
    const step = kept[index]!;
    const previous = kept[index - 1]!;
    if (step.intent === previous.intent && step.sentence === previous.sentence && step.objects.length === 0) {
      previous.end = step.end;
      for (const target of step.targets) if (!previous.targets.includes(target)) previous.targets.push(target);
      previous.source ??= step.source;
      previous.labels ??= step.labels;
      previous.description ??= step.description;
      kept.splice(index, 1);
    }
  }
  const orphans = loose.filter((orphan) => !adopt(kept, orphan, context));
  const modifiers: string[] = [];
  for (const language of languages) {
    const step = stepAt(language.at);
    if (step?.intent === 'translate') {
      if (language.role === 'source') step.source = language.lang;
      else if (!step.targets.includes(language.lang)) step.targets.push(language.lang);
    } else if (language.role !== 'source' && language.role !== 'bare' && !modifiers.includes(language.lang)) modifiers.push(language.lang);
  }
  for (const list of labelLists) {
    const step = stepAt(list.at) ?? firstOfSentence.get(sentenceOf[list.at]!);
    if (step) step.labels = list.labels;
  }
  const fields = new Map<string, number>();
  contents.forEach((content, index) => content.field && fields.set(content.field, index));

  const literal = new Uint8Array(items.length);
  for (const match of matches) for (const at of match.literal) literal[at] = 1;
  let words = 0;
  let known = 0;
  const unexplained: string[] = [];
  items.forEach((item, at) => {
    if (item.type !== 'word') return;
    words++;
    if (literal[at] || lexicon.stopwords.has(item.norm) || lexicon.nouns.has(item.norm) || item.lang) known++;
    if (!explained[at] && !swallowed[at] && !lexicon.stopwords.has(item.norm)) unexplained.push(item.raw);
  });
  return { steps: kept, orphans, modifiers, fields, same, chitchat, words, unexplained, known };
}
