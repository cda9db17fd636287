// Fills one argument of a task. In order: a resource named in the task's own words, a reference
// there ("the answer", "it"), then the latest matching output or resource before the step, then
// any fitting resource of the request. A text wanted from an image or a recording ("a video about
// the speech") goes through a caption or a transcription first.
import { TASK_TYPES, type ResourceKind, type TaskType } from '../../registry/task-types.js';
import type { Analysis, Clue, Span } from './analysis.js';
import { valueOf, type Draft, type Source, type Timeline, type Value, type Wanted } from './link.js';

export interface ArgContext {
  analysis: Analysis;
  timeline: Timeline;
  /** Clues of the task's words: after its verb first, then before it, nearest first. */
  window: Clue[];
  /** The task's words: its step and the neighbouring steps that ask for nothing else. */
  words: Span;
  /** Resources and references already taken, and by which task. */
  consumed: Map<Clue, Draft>;
  /** Sources this task already takes. */
  used: Set<Source>;
  /** Adds a task the plan needs before this one (a transcription, or what a reference implies). */
  helper(task: TaskType, at: number, input: Source | null): Source | null;
}

const BRIDGES: Partial<Record<ResourceKind, TaskType>> = { image: 'image-to-text', audio: 'automatic-speech-recognition' };
const GENERATORS: ReadonlySet<TaskType> = new Set(['text-to-image', 'text-to-video', 'text-to-speech', 'text-generation', 'conversational']);
/** "… of a red fox": what a generator should make, when the request says it in its own words. */
const WHAT_TO_MAKE =
  /^[\s#()]*(?:of|about|showing|that shows|which shows|that depicts|depicting|featuring|with|for|on|called|named|titled|saying|that says)\s+([^#]*\w)[^#\w]*$/di;
/** "Edit photo.jpg so that …", "modify the image to …": the words after say what to change. */
const EDIT_OPENING = /^\s*(?:edit|modify|alter)\w*\s+(?:(?:the |this |my )?(?:image|picture|photo)|it|\S+\.(?:jpe?g|png|gif|webp|bmp))?\s*(?:so that|such that|to|by|and)?\s+(?=\S)/i;
const FOLLOW_TEXT = /\b(?:accordingly|based on|according to|using|use|from|with|to match|to reflect|matching|reflecting)\b/i;

function take(context: ArgContext, clue: Clue, draft: Draft): void {
  context.consumed.set(clue, draft);
  const source = context.timeline.sources.find((candidate) => candidate.resource === clue.resource);
  if (source) context.used.add(source);
}

function use(context: ArgContext, source: Source | null): Value | null {
  if (!source) return null;
  context.used.add(source);
  return valueOf(source);
}

/** A resource of the kind named in the task's own words. */
function explicit(context: ArgContext, kind: ResourceKind, question: boolean | 'any'): Clue | null {
  const fits = (clue: Clue) =>
    clue.role === 'resource' &&
    !context.consumed.has(clue) &&
    clue.resource!.kind === kind &&
    !clue.resource!.nested &&
    (question === 'any' || clue.resource!.question === question);
  return context.window.find(fits) ?? null;
}

/** A reference or pronoun in the task's words, resolved on the timeline (or through a helper task). */
function referenced(context: ArgContext, draft: Draft, kind: ResourceKind): Value | null {
  for (const clue of context.window) {
    if (clue.role !== 'reference' && clue.role !== 'pronoun') continue;
    // A reference serves one argument of one task of its step: "explaining the answer in French" translates the answer, then the video takes the translation.
    const owner = context.consumed.get(clue);
    if (owner && (owner === draft || owner.step === draft.step)) continue;
    if (clue.kind && clue.kind !== kind && !(kind === 'text' && BRIDGES[clue.kind] && !takes(draft.task, clue.kind))) continue;
    const wanted: Wanted = { kind: clue.kind ?? kind, before: Math.max(draft.at, clue.end), producers: clue.producers, origin: clue.origin, exclude: context.used, questions: true };
    let source = context.timeline.latest(wanted);
    if (!source && implied(context, draft, clue, wanted.kind)) {
      source = context.helper(clue.implies, draft.at - 0.5, null);
    }
    if (!source && clue.producers) source = context.timeline.latest({ ...wanted, producers: null, origin: 'any' });
    if (!source && kind === 'text' && clue.kind === 'text') source = containerOf(context, clue);
    if (!source) continue;
    if (!source.kinds.includes(kind)) {
      const bridge = kind === 'text' ? BRIDGES[source.kinds[0]!] : undefined;
      source = bridge ? context.helper(bridge, draft.at - 0.5, source) : null;
    }
    if (!source) continue;
    context.consumed.set(clue, draft);
    return use(context, source);
  }
  return null;
}

/** No text anywhere, but a recording or a picture: its words are the text ("summarize speech.wav"). */
function transcribed(context: ArgContext, draft: Draft): Source | null {
  const media = (['audio', 'image'] as const)
    .map((kind) => context.timeline.latest({ kind, before: draft.at, primaryOnly: true, exclude: context.used }))
    .filter((source): source is Source => source !== null && !takes(draft.task, source.kinds[0]!))
    .sort((a, b) => b.time - a.time)[0];
  return media ? context.helper(BRIDGES[media.kinds[0]!]!, draft.at - 0.5, media) : null;
}

/** "the entities" with no entity recognition yet: the reference asks for one (once, and of the right kind). */
function implied(context: ArgContext, draft: Draft, clue: Clue, kind: ResourceKind): clue is Clue & { implies: TaskType } {
  const task = clue.implies;
  if (!task || task === draft.task || !TASK_TYPES[task].outputs.includes(kind)) return false;
  return !context.timeline.sources.some((other) => other.draft?.task === task);
}

const takes = (task: TaskType, kind: ResourceKind): boolean => Object.values(TASK_TYPES[task].args).some((arg) => arg.kind === kind);

/** "an audio file that contains a description … this description": the text is inside the file. */
function containerOf(context: ArgContext, clue: Clue): Source | null {
  const noun = clue.noun?.replace(/s$/, '');
  if (!noun) return null;
  const holds = new RegExp(`^[^.!?]{0,60}?\\b(?:contain\\w*|with|ha[sv]e?|having|includ\\w*|mention\\w*|say\\w*|show\\w*)\\b[^.!?]{0,40}?\\b${noun}`, 'i');
  for (const source of context.timeline.sources) {
    const resource = source.resource;
    if (!resource || source.time >= clue.start || !BRIDGES[resource.kind]) continue;
    if (holds.test(context.analysis.text.slice(resource.end))) return source;
  }
  return null;
}

export function resolveMedia(context: ArgContext, draft: Draft, kind: ResourceKind): Value | null {
  const named = explicit(context, kind, false);
  if (named) {
    take(context, named, draft);
    return { literal: named.resource!.value };
  }
  return (
    referenced(context, draft, kind) ??
    use(context, context.timeline.latest({ kind, before: draft.at, primaryOnly: true, exclude: context.used })) ??
    use(context, context.timeline.firstNamed({ kind, before: Infinity, exclude: context.used }))
  );
}

/** `name` is "text", "context" or "other_text"; a question may be the text to translate, never a context. */
export function resolveText(context: ArgContext, draft: Draft, name: string): Value | null {
  const questions = name === 'context' ? false : 'any';
  const named = explicit(context, 'text', false) ?? (questions ? explicit(context, 'text', true) : null);
  if (named) {
    take(context, named, draft);
    return { literal: named.resource!.value };
  }
  // An edit says what to change in its own words unless it points elsewhere ("based on the summary").
  if (draft.intent === 'image-editing' && !FOLLOW_TEXT.test(stepText(context, draft))) return { literal: instruction(context, draft) };
  const reference = referenced(context, draft, 'text');
  if (reference) return reference;
  if (GENERATORS.has(draft.task)) {
    const subject = WHAT_TO_MAKE.exec(context.analysis.masked.slice(draft.end, draft.step.end));
    if (subject && /\w/.test(subject[1]!)) {
      const [start, end] = subject.indices![1]!;
      return { literal: context.analysis.text.slice(draft.end + start, draft.end + end) };
    }
  }
  const wanted: Wanted = { kind: 'text', before: draft.at, primaryOnly: true, exclude: context.used, questions: name !== 'context' };
  return (
    use(context, context.timeline.latest(wanted)) ??
    use(context, context.timeline.firstNamed({ ...wanted, before: Infinity })) ??
    use(context, transcribed(context, draft)) ??
    (draft.task === 'conversational' ? { literal: context.analysis.text.trim() } : { literal: stepText(context, draft) })
  );
}

/** The question asked in the task's words, else any question not yet used, else a question an earlier task transformed ("translate the question, then answer it"). */
export function resolveQuestion(context: ArgContext, draft: Draft): Value | null {
  const named = explicit(context, 'text', true);
  if (named) {
    take(context, named, draft);
    return { literal: named.resource!.value };
  }
  const questions = context.analysis.clues.filter((clue) => clue.role === 'resource' && clue.resource!.question);
  const asked = questions.find((clue) => !context.consumed.has(clue));
  if (asked) {
    take(context, asked, draft);
    return { literal: asked.resource!.value };
  }
  const owners = questions.map((clue) => context.consumed.get(clue)).filter((owner): owner is Draft => Boolean(owner) && owner !== draft);
  const transformed = owners.map((owner) => context.timeline.sourceOf(owner)).find((source) => source?.kinds.includes('text'));
  if (transformed) return use(context, transformed);
  // "find the answer to the question" asked in a recording: the question is its transcript.
  const mentioned = context.window.find((clue) => clue.role === 'reference' && /^questions?$/.test(clue.noun ?? ''));
  const latest = mentioned && context.timeline.latest({ kind: 'text', before: draft.at, primaryOnly: true, origin: 'output', exclude: context.used });
  return use(context, latest ?? null) ?? { literal: stepText(context, draft) };
}

const stepText = (context: ArgContext, draft: Draft): string =>
  context.analysis.text.slice(draft.step.start, draft.step.end).trim().replace(/^(?:and|then|please|,)\s+/i, '');

/** An edit said in the request's own words: "change the background color to green". */
function instruction(context: ArgContext, draft: Draft): string {
  let words = context.analysis.text.slice(draft.at, draft.step.end);
  const colon = words.indexOf(':');
  if (colon >= 0 && /\w/.test(words.slice(colon + 1))) words = words.slice(colon + 1);
  return words
    .replace(EDIT_OPENING, '')
    .trim()
    .replace(/[.,;:!?]+$/, '');
}
