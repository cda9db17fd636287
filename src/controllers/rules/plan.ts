// The rule-based planner: tokens → content apart from instruction → phrases → steps → task
// graph, with a confidence. Deterministic, no model, linear in the request's length. The
// language is the lexicon whose words explain the instruction best, English first; when that is
// unclear the caller may ask the embedded language identifier (see index.ts).
import { validatePlan } from '../../pipeline/task-graph.js';
import type { ChatMessage, PlanDraft } from '../../pipeline/types.js';
import { buildTasks } from './build.js';
import { findContent, findQuotes, type Content } from './content.js';
import { historyEntities, previousRequest } from './conversation.js';
import { ABSTAIN_BELOW, abstain, confidenceOf, emptyConfidence, generalQuestion, planNotes, smallTalk, tooLarge } from './explain.js';
import { INTENT_SPECS, LANGUAGE_CODES, lexicon, type Lexicon, type ObjectKind } from './lexicon/index.js';
import type { Entity } from './link.js';
import { buildItems, fixTypos, matchPhrases, type Item } from './match.js';
import { readSteps, STEP_LIMIT, type Reading, type Step } from './steps.js';
import { tokenize, type Token } from './text.js';

export interface RulesPlan extends PlanDraft {
  confidence: number;
  /** ISO code of the lexicon the request was read with. */
  language: string;
  /** Set when the words did not settle the language: the instruction, for a language identifier. */
  languageCheck?: string;
  /** More tasks than `maxTasks`: how many were found. */
  tooLarge?: number;
  /** Share of the instruction's words the lexicon knows. */
  fit: number;
}

export interface PlanOptions {
  /** Read the request with this lexicon (an ISO code) instead of guessing. */
  language?: string;
  maxTasks?: number;
}

interface Analysis {
  lexicon: Lexicon;
  items: Item[];
  contents: Content[];
  reading: Reading;
}

function analyse(text: string, tokens: Token[], quotes: Content[], lexicon: Lexicon): Analysis {
  const first = buildItems(tokens, quotes, lexicon);
  const firstMatches = matchPhrases(first, lexicon);
  const contents = findContent(text, tokens, quotes, first, firstMatches, lexicon);
  // Read again only when more content was found than the quotes.
  const same = contents.length === quotes.length && contents.every((content, index) => content === quotes[index]);
  const items = same ? first : buildItems(tokens, contents, lexicon);
  let matches = same ? firstMatches : matchPhrases(items, lexicon);
  if (fixTypos(items, matches, lexicon)) matches = matchPhrases(items, lexicon);
  const reading = readSteps({ text, tokens, items, matches, contents, lexicon });
  return { lexicon, items, contents, reading };
}

const isKnown = (lexicon: Lexicon, word: string) => lexicon.stopwords.has(word) || lexicon.vocabulary.has(word) || lexicon.nouns.has(word) || lexicon.languages.has(word);
const fit = (analysis: Analysis) => (analysis.reading.words === 0 ? 1 : analysis.reading.known / analysis.reading.words);
const score = (analysis: Analysis) => fit(analysis) + (analysis.reading.steps.length ? 0.3 : 0);

/** The entities the request names: each file and piece of content, by item position. */
function givenEntities(text: string, tokens: Token[], analysis: Analysis): Map<number, Entity> {
  const { items, contents, lexicon } = analysis;
  const given = new Map<number, Entity>();
  const documents = new Set<number>();
  let sentence = 0;
  const sentenceOf = items.map((item) => (item.type === 'boundary' ? sentence++ : sentence));
  items.forEach((item, at) => {
    const noun = item.type === 'word' ? lexicon.nouns.get(item.norm) : undefined;
    if (noun === 'document' || noun === 'textimage') documents.add(sentenceOf[at]!);
  });
  let files = 0;
  items.forEach((item, at) => {
    if (item.type === 'resource' && files++ >= 1000) return;
    if (item.type === 'content') {
      const content = contents[item.content!]!;
      given.set(at, { id: 0, kind: 'text', value: content.value, content: true, at, given: true });
      // A file named inside a quote ("What color is the car in example.jpg?") is there to use when nothing else is.
      let nested = 0;
      for (let t = content.start; t < content.end && nested < 4; t++) {
        const token = tokens[t]!;
        if (token.type === 'resource' && token.kind && token.kind !== 'text') given.set(at + 0.1 * ++nested, { id: 0, kind: token.kind, value: text.slice(token.start, token.end), content: true, at: at + 0.01, given: true });
      }
    }
    if (item.type !== 'resource') return;
    const token = tokens[item.token]!;
    const value = text.slice(token.start, token.end);
    const nameWords = value.toLowerCase().split(/[^a-z]+/).flatMap((word) => lexicon.normalise(word));
    const documentLike = documents.has(sentenceOf[at]!) || nameWords.some((word) => ['document', 'textimage'].includes(lexicon.nouns.get(word) ?? ''));
    let kind: ObjectKind = token.kind ?? 'image';
    if (!token.kind) {
      for (let back = at - 1; back >= Math.max(0, at - 5); back--) {
        const noun = items[back]!.type === 'word' ? lexicon.nouns.get(items[back]!.norm) : undefined;
        if (noun === 'audio' || noun === 'video') {
          kind = noun;
          break;
        }
      }
    }
    if (kind === 'image' && documentLike) kind = 'document';
    given.set(at, { id: 0, kind, value, content: true, at, given: true });
  });
  return given;
}

/** Values given only as labelled fields ("Context: …\nQuestion: …", "target language: zh"). */
function fieldSteps(analysis: Analysis): Step[] {
  const { reading, contents, lexicon } = analysis;
  const has = (intent: string) => reading.steps.some((step) => step.intent === intent || (step.intent === 'question' && intent === 'qa'));
  const objects = reading.orphans.map((orphan) => orphan.object);
  // The labelled values themselves, wherever a step already took them.
  const at = new Map<number, number>();
  analysis.items.forEach((item, position) => item.type === 'content' && at.set(item.content!, position));
  for (const index of reading.fields.values()) {
    if (!objects.some((object) => object.type === 'content' && object.content === index)) objects.push({ type: 'content', at: at.get(index)!, content: index });
  }
  const base = { start: 0, end: Infinity, sentence: 0, phrase: '', strength: 0.9, objects, targets: [] as string[] };
  const field = (name: string) => {
    const index = reading.fields.get(name);
    return index === undefined ? undefined : contents[index]!.value;
  };
  const language = (value: string | undefined) => {
    const word = value?.trim().toLowerCase() ?? '';
    return lexicon.languages.get(lexicon.normalise(word)[0] ?? '') ?? (/^[a-z]{2}(?:-[a-z]{2})?$/.test(word) ? word.slice(0, 2) : undefined);
  };
  const steps: Step[] = [];
  if (field('question') && (field('context') || field('text')) && !has('qa')) steps.push({ ...base, intent: 'qa' });
  else if (field('question') && !reading.steps.some((step) => INTENT_SPECS[step.intent].slot === 'question')) steps.push({ ...base, intent: 'question', strength: 0.8 });
  const target = language(field('target'));
  if (target && !has('translate')) steps.push({ ...base, intent: 'translate', targets: [target], ...(language(field('source')) ? { source: language(field('source'))! } : {}) });
  if ((field('first') || field('text')) && field('second') && !has('similarity')) steps.push({ ...base, intent: 'similarity' });
  if (field('labels') && reading.steps.length === 0 && steps.length === 0) steps.push({ ...base, intent: 'zeroShot' });
  return steps;
}

function instructionText(text: string, tokens: Token[], analysis: Analysis): string {
  const words = analysis.items.filter((item) => item.type === 'word').slice(0, 80);
  return words.map((item) => text.slice(tokens[item.token]!.start, tokens[item.token]!.end)).join(' ');
}

export function planRequest(request: string, history: readonly ChatMessage[] = [], options: PlanOptions = {}): RulesPlan {
  const tokens = tokenize(request);
  const quotes = findQuotes(request, tokens);
  let analysis = analyse(request, tokens, quotes, lexicon(options.language ?? 'en'));
  if (!options.language && fit(analysis) < 0.6) {
    // Another language only when its words explain the instruction better: judged on the first
    // words of the instruction, then read in full with that lexicon alone.
    const words = analysis.items.filter((item) => item.type === 'word').slice(0, 300).map((item) => item.raw);
    const known = (lexicon: Lexicon) => words.filter((word) => isKnown(lexicon, lexicon.stem(word))).length;
    const english = known(analysis.lexicon);
    const best = LANGUAGE_CODES.slice(1).map((code) => ({ code, known: known(lexicon(code)) })).sort((a, b) => b.known - a.known)[0]!;
    if (best.known > english) {
      const other = analyse(request, tokens, quotes, lexicon(best.code));
      if (score(other) > score(analysis) + 0.05) analysis = other;
    }
  }
  const { reading } = analysis;
  const language = analysis.lexicon.code;
  const unsure = !options.language && (language !== 'en' || fit(analysis) < 0.5 || (reading.steps.length === 0 && reading.words >= 3 && fit(analysis) < 0.8));
  const check = unsure ? { languageCheck: instructionText(request, tokens, analysis) } : {};
  const maxTasks = options.maxTasks ?? STEP_LIMIT;

  const previous = previousRequest(history);
  if (reading.same && previous && reading.steps.every((step) => step.intent === 'question') && !options.language) {
    const replay = repeatOn(previous, request, tokens, analysis, history, maxTasks, ordinalFiles(reading, history));
    if (replay) return { ...replay, language, fit: fit(analysis), ...check };
  }
  if (previous && reading.steps.length === 0 && reading.modifiers.length === 1 && !options.language) {
    // "and now in German": the previous translation again, into another language.
    const before = planRequest(previous, [], { maxTasks });
    const tasks = before.tasks.map((task) => (task.task === 'translation' ? { ...task, args: { ...task.args, target_language: reading.modifiers[0]! } } : task));
    if (before.tasks.some((task) => task.task === 'translation')) return { tasks, confidence: Math.min(before.confidence, 0.8), language, fit: fit(analysis), explanation: `Planned by rules: the previous request ("${previous.slice(0, 60)}") again, into ${reading.modifiers[0]}.` };
  }
  const steps = [...reading.steps, ...fieldSteps(analysis)];
  if (steps.length >= STEP_LIMIT) return { tasks: [], confidence: 0, language, fit: fit(analysis), tooLarge: steps.length, explanation: tooLarge(steps.length, maxTasks) };
  const given = givenEntities(request, tokens, analysis);
  const built = buildTasks({
    steps,
    given,
    history: historyEntities(history),
    modifiers: reading.modifiers,
    contents: analysis.contents,
    sentimentLabels: analysis.lexicon.sentimentLabels,
    limit: maxTasks,
  });
  if (built.tasks.length > maxTasks) return { tasks: [], confidence: 0, language, fit: fit(analysis), tooLarge: built.tasks.length, explanation: tooLarge(built.tasks.length, maxTasks) };
  const kinds = [...given.values()].map((entity) => (entity.kind === 'document' ? 'image' : entity.kind));
  if (built.tasks.length === 0) {
    const questionOnly = steps.length > 0 && steps.every((step) => step.intent === 'question') && given.size === 0;
    const confidence = steps.length === 0 || questionOnly ? emptyConfidence(reading, questionOnly) : 0;
    const explanation = reading.chitchat > 0 && steps.length === 0 && confidence > 0 ? smallTalk() : questionOnly ? generalQuestion() : abstain(request, reading, built.dropped, kinds);
    return { tasks: [], confidence, language, fit: fit(analysis), explanation, ...check };
  }
  const check2 = validatePlan(built.tasks);
  if (!check2.ok) {
    // A bug of the rules, not of the user: say so rather than hand an invalid graph on.
    return { tasks: [], confidence: 0, language, fit: fit(analysis), explanation: `The rule-based planner built an invalid plan: ${check2.problems.map((p) => p.message).join('; ')}` };
  }
  const implicit = built.nodes.filter((node) => node.implicit).length;
  // Words the lexicon does not know make any reading of them less sure.
  const confidence = Math.round(confidenceOf(reading, check2.tasks, built.dropped, implicit) * (0.4 + 0.6 * fit(analysis)) * 100) / 100;
  if (confidence < ABSTAIN_BELOW) return { tasks: [], confidence, language, fit: fit(analysis), explanation: abstain(request, reading, built.dropped, kinds), ...check };
  return { tasks: check2.tasks, confidence, language, fit: fit(analysis), explanation: planNotes(steps, check2.tasks, built.dropped), ...check };
}

/** Files of the chat picked by position ("what about the first one?"). */
function ordinalFiles(reading: Reading, history: readonly ChatMessage[]): Entity[] {
  const files = historyEntities(history).filter((entity) => entity.kind !== 'text');
  const distinct = [...new Map(files.map((entity) => [entity.value, entity])).values()];
  const refs = [...reading.steps.flatMap((step) => step.objects), ...reading.orphans.map((orphan) => orphan.object)];
  return refs.flatMap((object) => (object.type === 'ref' && object.ref === 'ordinal' ? [object.position! > 0 ? distinct[object.position! - 1] : distinct.at(object.position!)] : [])).filter((entity): entity is Entity => !!entity);
}

/** "Do the same for c.jpg": the previous request's plan, on the files named now. */
function repeatOn(previous: string, request: string, tokens: Token[], analysis: Analysis, history: readonly ChatMessage[], maxTasks: number, picked: Entity[]): RulesPlan | null {
  const named = [...givenEntities(request, tokens, analysis).values()].filter((entity) => entity.kind !== 'text');
  const files = named.length ? named : picked;
  if (files.length === 0) return null;
  const before = planRequest(previous, history.slice(0, history.map((m) => m.content).lastIndexOf(previous)), { maxTasks });
  if (before.tasks.length === 0) return null;
  const replaced = new Map<string, string>();
  const replayed = before.tasks.map((task) => ({
    ...task,
    args: Object.fromEntries(
      Object.entries(task.args).map(([name, value]) => {
        if (value.startsWith('<GENERATED>') || !/\.\w+$|^\/artifacts\/|^https?:/.test(value)) return [name, value];
        if (!replaced.has(value)) replaced.set(value, files[Math.min(replaced.size, files.length - 1)]!.value!);
        return [name, replaced.get(value)!];
      }),
    ),
  }));
  // Two files of the earlier request may both become the new one: keep one task for each.
  const seen = new Set<string>();
  const tasks = replayed.filter((task) => {
    const key = JSON.stringify([task.task, task.args, task.dep]);
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh || replayed.some((other) => other.dep.includes(task.id));
  });
  if (tasks.length !== replayed.length && tasks.some((task) => task.dep.length)) return null;
  return { tasks, confidence: Math.min(before.confidence, 0.9), language: analysis.lexicon.code, fit: 1, explanation: `Planned by rules: the previous request ("${previous.slice(0, 60)}") again, on ${files.map((file) => file.value).join(', ')}.` };
}
