// A reading from loose words, for a request that gives something to work on (a file, a pasted or
// quoted text) but that no phrase of the lexicon reads: "cut every thing in x.png into its own
// layer", "quero ouvir isso em vez de ler: …". Each task is scored by the instruction's words that
// its phrases hold, each weighted by how specific it is to the task (inverse frequency over the
// intents of the language: a word most tasks share weighs nothing). Only intents that consume a
// kind given qualify; the best one, above a threshold and clearly ahead of the runner-up, is the
// plan's one step. A phrase in the lexicon stays the way to make a reading exact.
import type { TaskType } from '../../registry/task-types.js';
import { INTENT_SPECS, KIND_OF_NOUN, type IntentId, type ObjectKind } from './lexicon/intents.js';
import type { LanguageLexicon, NounClass } from './lexicon/types.js';
import type { Reading } from './clauses.js';
import type { Content } from './content.js';
import type { Entity } from './graph.js';
import type { Item, Match } from './match.js';
import type { Step } from './read.js';
import { tokenize, type Token } from './text.js';

/** The least score read as a task (a word held by one intent weighs 1: one such word is not enough), and how far ahead of the runner-up (another task) it must be. */
const [THRESHOLD, AHEAD] = [1.25, 1.3];

/** A task read from loose words: the intent, what it becomes on the kind given, the instruction's words that led to it (as written), and its score. */
export type Guess = { intent: IntentId; task: TaskType; words: string[]; score: number };

/** Word → the intents whose phrases or hints hold it, with the word's weight; what makes a description (drawing, writing) needs nothing given and is left out. */
export function taskBags(source: LanguageLexicon, normalise: (word: string) => string[], stopwords: ReadonlySet<string>): Map<string, Array<[IntentId, number]>> {
  const [holders, intents] = [new Map<string, IntentId[]>(), (Object.keys({ ...source.intents, ...source.hints }) as IntentId[]).filter((intent) => INTENT_SPECS[intent].slot !== 'description')];
  const wordsOf = (phrases: string[]) => new Set(tokenize(phrases.join(' ').replaceAll('<lang>', ' ').replace(/[|*]/g, ' ')).flatMap((token) => (token.type === 'word' ? normalise(token.norm) : [])));
  // Words that point at what is given ("the following", "every") say nothing of what to do with it.
  const pointing = wordsOf(Object.values(source.references).flat());
  for (const intent of intents) for (const word of wordsOf([...(source.intents[intent]?.say ?? []), ...(source.intents[intent]?.why ?? []), ...(source.intents[intent]?.make ?? []), source.hints?.[intent] ?? ''])) if (word.length > 2 && !stopwords.has(word) && !pointing.has(word)) holders.set(word, [...(holders.get(word) ?? []), intent]);
  // A word held by a quarter of the intents or more says no task.
  return new Map([...holders].filter(([, held]) => held.length < intents.length / 4).map(([word, held]) => [word, held.map((intent) => [intent, Math.log(intents.length / held.length) / Math.log(intents.length)])]));
}

/**
 * The intent the instruction's words (items outside the content) lean to, among those that take a kind given; undefined when none
 * is clearly ahead. A noun of a kind given names what is given, not what to do with it ("this text", but "into an mp3" for a text).
 */
export function looseReading(items: readonly Item[], { bags, nouns }: { bags: ReturnType<typeof taskBags>; nouns: ReadonlyMap<string, NounClass> }, kinds: ReadonlySet<ObjectKind>): Guess | undefined {
  const scores = new Map<IntentId, { score: number; words: string[] }>();
  const seen = new Set<string>();
  for (const item of items) {
    if (item.type !== 'word' || seen.has(item.norm)) continue;
    seen.add(item.norm);
    if (kinds.has(KIND_OF_NOUN[nouns.get(item.norm)!])) continue;
    for (const [intent, weight] of bags.get(item.norm) ?? []) {
      const entry = scores.get(intent) ?? { score: 0, words: [] };
      entry.score += weight;
      entry.words.push(item.raw);
      scores.set(intent, entry);
    }
  }
  // For each task, the intent that scores best among those that become it on a kind given.
  const best = new Map<TaskType, Guess>();
  for (const [intent, { score, words }] of scores) {
    const task = [...kinds].map((kind) => INTENT_SPECS[intent].tasks[kind]).find(Boolean);
    if (task && score > (best.get(task)?.score ?? 0)) best.set(task, { intent, task, words, score });
  }
  const [first, second] = [...best.values()].sort((a, b) => b.score - a.score);
  return first && first.score >= THRESHOLD && first.score >= AHEAD * (second?.score ?? 0) ? first : undefined;
}

/**
 * The guess as the one step of a plan: the files and texts given of a kind it takes, and what the reading found for its slots (labels,
 * languages, a question, an edit); its confidence is below the one rules-first hands a plan to the LLM at (RULES_MIN_CONFIDENCE, 0.6 by
 * default) and above the one the planner abstains under (0.35).
 */
export function looseStep(guess: Guess, reading: Reading, given: ReadonlyMap<number, Entity>): { step: Step; confidence: number; explanation: string } {
  const objects = [...reading.steps.flatMap((step) => step.objects), ...reading.orphans].filter((object) => (object.type === 'file' || object.type === 'content') && INTENT_SPECS[guess.intent].tasks[given.get(object.at)?.kind ?? 'text'] === guess.task);
  const slot = <K extends 'labels' | 'question' | 'text'>(name: K): Step[K] => reading.steps.find((step) => step[name])?.[name];
  const targets = [...new Set([...reading.steps.flatMap((step) => step.targets), ...reading.modifiers.map((modifier) => modifier.lang)])];
  const step: Step = { intent: guess.intent, at: objects[0]?.at ?? 0, start: 0, end: Infinity, sentence: 0, phrase: '', strength: 0.5, objects, targets, labels: slot('labels') ?? reading.labels, question: slot('question'), text: slot('text') };
  return { step, confidence: Math.round(Math.min(0.55, 0.35 + 0.1 * guess.score) * 100) / 100, explanation: `I read this as ${guess.task} from loose words (${guess.words.map((word) => `"${word}"`).join(', ')}), not from a phrase I know, so I am not sure: to be sure, say "${INTENT_SPECS[guess.intent].example}".` };
}

/**
 * With nothing found given, the text a request gives with no word of the lexicon pointing at it: after the first colon, after a
 * short first paragraph or before a short last one, or after a short first sentence twice as long as it ("Kannst du das auf
 * das Wesentliche eindampfen? Der Verein …"). content.ts asks for a cue word there; a request read with this text is a fallback.
 */
export function looseContent({ text, tokens, items, matches }: { text: string; tokens: readonly Token[]; items: readonly Item[]; matches: readonly Match[] }): Content | undefined {
  const words = (from: number, to: number) => items.slice(from, to).filter((item) => item.type === 'word').length;
  const span = (from: number, to: number, asked = 0): Content | undefined => {
    while (to > from && items[to - 1]!.type === 'boundary' && !'.?!'.includes(items[to - 1]!.norm)) to--;
    // A text that opens as an instruction does, or as the user's own ("… summarise it. Please detect …"), is the user's words again.
    const asks = matches.some((match) => match.start >= from && match.start < from + 3 && match.cues.some((cue) => cue.type === 'say' || cue.type === 'make')) || [0, 1].every((k) => items[from + k]?.norm === items[asked + k]?.norm);
    return words(from, to) < 5 || asks ? undefined : { start: items[from]!.token, end: items[to - 1]!.token + 1, value: ((at) => text.slice(at - ('[('.includes(text[at - 1] || 'x') ? 1 : 0), tokens[items[to - 1]!.token]!.end).trim())(tokens[items[from]!.token]!.start) };
  };
  const [colon, para, last, stop] = [items.findIndex((item) => item.norm === ':'), items.findIndex((item) => item.norm === 'para'), items.findLastIndex((item) => item.norm === 'para'), items.findIndex((item) => '.?!'.includes(item.type === 'boundary' ? item.norm : 'x'))];
  if (colon > 0 && (para < 0 || colon < para) && words(0, colon) <= 25) return span(colon + 1, items.length);
  if (para > 0) return words(0, para) <= 40 ? span(para + 1, items.length) : words(last + 1, items.length) <= 40 ? span(0, last, last + 1) : undefined;
  return stop > 0 && words(0, stop) <= 25 && words(stop + 1, items.length) >= Math.max(20, 2 * words(0, stop)) ? span(stop + 1, items.length) : undefined;
}
