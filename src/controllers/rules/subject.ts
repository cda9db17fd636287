// What a step acts on, for verbs whose task depends on it: the first thing named after the verb
// in the same step, else the nearest before it, else the output of the previous task, else the
// latest resource the request named.
import { TASK_TYPES, type TaskType } from '../../registry/task-types.js';
import type { Analysis, Clue, Intent, Span, Step, Subject } from './analysis.js';
import { NOUNS_WITHOUT_SUBJECT } from './vocabulary.js';

export const taskOfIntent = (intent: Intent): TaskType => (intent === 'image-editing' ? 'image-to-image' : intent);

const SUBJECT_OF_KIND = { image: 'image', audio: 'audio', video: 'video', text: 'text' } as const;

export function outputSubject(intent: Intent): Subject {
  return SUBJECT_OF_KIND[TASK_TYPES[taskOfIntent(intent)].outputs[0]!];
}

/** Quoted questions and resources named inside quotes say nothing about what a verb acts on. */
const informative = (clue: Clue): boolean => !clue.resource || (!clue.resource.question && !clue.resource.nested);

export interface SubjectContext {
  analysis: Analysis;
  /** The intents recognised so far, in order. */
  earlier: readonly Intent[];
  /** Steps that ask for something themselves; the others lend their words to a neighbour. */
  claimed: ReadonlySet<number>;
}

const previousOf = (context: SubjectContext): Intent | null => context.earlier.at(-1) ?? null;

function clueSubject(clue: Clue, context: SubjectContext): Subject | 'previous' | null {
  if (clue.subject) return clue.subject;
  if (clue.role === 'pronoun') return 'previous';
  // "identify the category" asks for a category; only an output that exists can be acted on.
  const produced = clue.producers?.filter((task) => context.earlier.some((intent) => taskOfIntent(intent) === task));
  if (produced?.length) return outputSubject(produced[0]!);
  return null;
}

/** The step and its neighbours in the sentence that ask for nothing ("…, and a document image 'x.jpg'"). */
function widen(step: Step, context: SubjectContext): Span {
  const steps = context.analysis.steps;
  const free = (index: number) => steps[index]?.sentence === step.sentence && !context.claimed.has(index);
  let first = step.index;
  let last = step.index;
  while (free(first - 1)) first -= 1;
  while (free(last + 1)) last += 1;
  return { start: steps[first]!.start, end: steps[last]!.end };
}

function fromPrevious(context: SubjectContext, before: number): Subject | null {
  const previous = previousOf(context);
  if (previous) return outputSubject(previous);
  return latestNamed(context.analysis, before);
}

function latestNamed(analysis: Analysis, before: number): Subject | null {
  const named = analysis.clues.filter((clue) => clue.role === 'resource' && clue.subject && !clue.resource?.question);
  const latest = named.findLast((clue) => clue.start < before) ?? named[0];
  return latest?.subject ?? analysis.history.at(-1)?.kind ?? null;
}

/** Subject found in `window` (clues in text order, or reversed to look backwards). */
function firstIn(window: Clue[], context: SubjectContext, before: number): Subject | null | undefined {
  for (const clue of window) {
    if (!informative(clue)) continue;
    const subject = clueSubject(clue, context);
    if (subject === 'previous') return fromPrevious(context, before);
    if (subject) return subject;
  }
  return undefined;
}

export function subjectOf(span: Span, step: Step, context: SubjectContext, preferImage = false): Subject | null {
  if (preferImage) return refine(questionSubject(span, step, context), context);
  const clues = context.analysis.clues;
  const after = clues.filter((clue) => clue.start >= span.end && clue.start < step.end);
  const before = clues.filter((clue) => clue.end <= span.start && clue.start >= step.start).reverse();
  return refine(firstIn(after, context, span.start) ?? firstIn(before, context, span.start) ?? fromPrevious(context, span.start) ?? 'text', context);
}

/** When every picture the request names is a table (or a document), "the image" is one too, even once edited. */
function refine(subject: Subject | null, context: SubjectContext): Subject | null {
  if (subject !== 'image') return subject;
  const pictures = context.analysis.clues.filter((clue) => clue.role === 'resource' && clue.kind === 'image' && !clue.resource!.nested);
  const kinds = new Set(pictures.map((clue) => clue.subject));
  return kinds.size === 1 && (kinds.has('table') || kinds.has('document')) ? [...kinds][0]! : subject;
}

/**
 * What a question is about: a picture named in its step, else a text named or produced there
 * ("about the translated text"), else a picture referred to there, else the latest picture or
 * recording the request named before it, else any picture of the request, else the text so far.
 */
function questionSubject(span: Span, step: Step, context: SubjectContext): Subject | null {
  const clues = context.analysis.clues;
  const words = widen(step, context);
  const inStep = clues.filter((clue) => clue.start >= words.start && clue.start < words.end && informative(clue));
  const named = (clue: Clue) => clue.role === 'resource';
  const image = inStep.find((clue) => named(clue) && clue.kind === 'image');
  if (image) return image.subject;
  if (inStep.some((clue) => clue.kind === 'text' && clue.role !== 'noun' && !NOUNS_WITHOUT_SUBJECT.test(clue.noun ?? ''))) return 'text';
  const pictured = inStep.find((clue) => clue.kind === 'image');
  if (pictured) return pictured.subject;
  const previous = previousOf(context);
  if (previous && outputSubject(previous) === 'image') return 'image';
  // A file named inside the question itself ("'What is in x.jpg?'") counts here.
  const media = clues.filter((clue) => named(clue) && (clue.kind === 'image' || clue.kind === 'audio'));
  const latest = media.findLast((clue) => clue.start < span.start) ?? media.find((clue) => clue.kind === 'image');
  return latest?.subject ?? fromPrevious(context, span.start) ?? 'text';
}

/** Subject of the words between a verb and "into …" ("convert the transcript into speech"). */
export function subjectWithin(span: Span, context: SubjectContext): Subject | null {
  const inside = context.analysis.clues.filter((clue) => clue.start >= span.start && clue.end <= span.end);
  return firstIn(inside, context, span.start) ?? fromPrevious(context, span.start);
}
