// The shapes the rule-based planner passes between its parts: spans of the request, steps, clues
// (what a step acts on) and mentions (what a step asks for).
import type { ResourceKind, TaskType } from '../../registry/task-types.js';
import type { Resource } from './resources.js';

export interface Span {
  start: number;
  end: number;
}

/** What a step acts on: a resource kind, refined where the task type depends on it. */
export type Subject = 'image' | 'document' | 'table' | 'audio' | 'video' | 'text';

export const KIND_OF_SUBJECT: Record<Subject, ResourceKind> = {
  image: 'image',
  document: 'image',
  table: 'image',
  audio: 'audio',
  video: 'video',
  text: 'text',
};

/** A cue meaning: a task type, or an image edit (image-to-image with an instruction). */
export type Intent = TaskType | 'image-editing';

/** One part of a request that reads as one instruction ("then read it aloud"). */
export interface Step extends Span {
  index: number;
  sentence: number;
}

/**
 * A word group saying what a step acts on.
 * - resource: a named file, URL or quoted text;
 * - reference: "the edited image", "the answer", "the output of token classification";
 * - pronoun: "it", "them";
 * - noun: a bare "image" or "audio file", which only says the subject.
 */
export interface Clue extends Span {
  role: 'resource' | 'reference' | 'pronoun' | 'noun';
  kind: ResourceKind | null;
  subject: Subject | null;
  /** Task types whose output is meant; null when any earlier output or resource fits. */
  producers: readonly TaskType[] | null;
  /** "the original image" means the user's file; "the generated image" an output. */
  origin: 'named' | 'output' | 'any';
  /** The task a reference implies when nothing has produced it yet ("the entities"). */
  implies?: TaskType;
  resource?: Resource;
  /** The noun of a reference or bare noun ("description" in "this description"). */
  noun?: string;
}

export interface Analysis {
  text: string;
  /** The text with quotes, names and references hidden: what the lexicon reads. */
  masked: string;
  /** The text with quotes and names hidden but references kept (for "the answer in French"). */
  named: string;
  resources: Resource[];
  clues: Clue[];
  steps: Step[];
  /** Resources named earlier in the conversation, oldest first. */
  history: Resource[];
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const within = (span: Span, outer: Span): boolean => span.start >= outer.start && span.end <= outer.end;

/** The span of the sentence a step belongs to. */
export function sentenceOf(steps: readonly Step[], step: Step): Span {
  const same = steps.filter((other) => other.sentence === step.sentence);
  return { start: same[0]!.start, end: same.at(-1)!.end };
}

export function stepAt(steps: readonly Step[], at: number): Step {
  return steps.find((step) => at >= step.start && at < step.end) ?? steps.findLast((step) => step.start <= at) ?? steps[0]!;
}

/**
 * Every match of a global pattern. Unlike `String.prototype.matchAll` it does not copy the
 * pattern on each call (the planner runs dozens of precompiled patterns per request).
 */
export function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex += 1;
    yield match;
  }
}
