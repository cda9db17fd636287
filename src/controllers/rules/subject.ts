// What a step acts on, for verbs whose task depends on it: the first thing named after the verb
// in the same step, else the nearest before it, else the output of the previous task, else the
// latest resource the request named.
import { TASK_TYPES, type TaskType } from '../../registry/task-types.js';
import type { Analysis, Clue, Intent, Span, Step, Subject } from './analysis.js';

export const taskOfIntent = (intent: Intent): TaskType => (intent === 'image-editing' ? 'image-to-image' : intent);

const SUBJECT_OF_KIND = { image: 'image', audio: 'audio', video: 'video', text: 'text' } as const;

export function outputSubject(intent: Intent): Subject {
  return SUBJECT_OF_KIND[TASK_TYPES[taskOfIntent(intent)].outputs[0]!];
}

/** Quoted questions and resources named inside quotes say nothing about what a verb acts on. */
const informative = (clue: Clue): boolean => !clue.resource || (!clue.resource.question && !clue.resource.nested);

export interface SubjectContext {
  analysis: Analysis;
  /** The intent recognised just before, if any. */
  previous: Intent | null;
}

function clueSubject(clue: Clue, context: SubjectContext): Subject | 'previous' | null {
  if (clue.subject) return clue.subject;
  if (clue.role === 'pronoun') return 'previous';
  if (clue.producers) return outputSubject(clue.producers[0]!);
  return null;
}

function fromPrevious(context: SubjectContext, before: number): Subject | null {
  if (context.previous) return outputSubject(context.previous);
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
  const clues = context.analysis.clues;
  const after = clues.filter((clue) => clue.start >= span.end && clue.start < step.end);
  const before = clues.filter((clue) => clue.end <= span.start && clue.start >= step.start).reverse();
  const found = firstIn(after, context, span.start) ?? firstIn(before, context, span.start);
  if (found) return found;
  if (preferImage) {
    const image = clues.find((clue) => (clue.role === 'resource' || clue.role === 'noun') && clue.kind === 'image');
    if (image) return image.subject;
  }
  return fromPrevious(context, span.start) ?? 'text';
}

/** Subject of the words between a verb and "into …" ("convert the transcript into speech"). */
export function subjectWithin(span: Span, context: SubjectContext): Subject | null {
  const inside = context.analysis.clues.filter((clue) => clue.start >= span.start && clue.end <= span.end);
  return firstIn(inside, context, span.start) ?? fromPrevious(context, span.start);
}
