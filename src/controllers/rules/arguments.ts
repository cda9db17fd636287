// Fills one argument of a task. First what the task's own words name, in order: a resource of the
// right kind, or a reference ("the answer", "it") resolved on the timeline. Then the latest matching
// output or resource before the step, then any fitting resource of the request.
import type { ResourceKind, TaskType } from '../../registry/task-types.js';
import type { Clue } from './analysis.js';
import type { Draft, Value, Wanted } from './link.js';
import { resolveReference, spent, transcribed, use, type ArgContext } from './references.js';

export type { ArgContext } from './references.js';

const GENERATORS: ReadonlySet<TaskType> = new Set(['text-to-image', 'text-to-video', 'text-to-speech', 'text-generation', 'conversational']);
/** "… of a red fox": what a generator should make, when the request says it in its own words. */
const WHAT_TO_MAKE =
  /^[\s#()]*(?:of|about|showing|that shows|which shows|that depicts|depicting|featuring|with|for|on|called|named|titled|saying|that says)\s+([^#]*\w)[^#\w]*$/di;
/** "Edit photo.jpg so that …", "modify the image to …": the words after say what to change. */
const EDIT_OPENING = /^\s*(?:edit|modify|alter)\w*\s+(?:(?:the |this |my )?(?:image|picture|photo)|it|\S+\.(?:jpe?g|png|gif|webp|bmp))?\s*(?:so that|such that|to|by|and)?\s+(?=\S)/i;
const FOLLOW_TEXT = /\b(?:accordingly|based on|according to|using|use|from|with|to match|to reflect|matching|reflecting)\b/i;
/** "the image 'x.jpg'", "the question: 'Q'", "the file called x.wav": a reference that only announces a named resource. */
const APPOSITION = /^[\s('"“‘:,]*(?:(?:called|named|titled)\s*[('"“‘]*)?$/i;

type Questions = boolean | 'any';
type Take = 'resources' | 'references' | 'both';

function take(context: ArgContext, clue: Clue, draft: Draft): Value {
  context.consumed.set(clue, draft);
  const source = context.timeline.sources.find((candidate) => candidate.resource === clue.resource);
  if (source) context.used.add(source);
  return { literal: clue.resource!.value };
}

function fits(context: ArgContext, clue: Clue, kind: ResourceKind, questions: Questions): boolean {
  const resource = clue.resource!;
  return !context.consumed.has(clue) && resource.kind === kind && !resource.nested && (questions === 'any' || resource.question === questions);
}

function inApposition(context: ArgContext, clue: Clue): boolean {
  const next = context.analysis.clues.find((other) => other.role === 'resource' && other.start >= clue.end && !other.resource!.nested);
  if (!next || (clue.kind !== null && next.kind !== clue.kind) || next.start - clue.end > 12) return false;
  return APPOSITION.test(context.analysis.text.slice(clue.end, next.start));
}

/** The first thing the task's own words name, in window order. */
function inWords(context: ArgContext, draft: Draft, kind: ResourceKind, questions: Questions, what: Take = 'both'): Value | null {
  for (const clue of context.window) {
    if (clue.role === 'resource') {
      if (what !== 'references' && fits(context, clue, kind, questions)) return take(context, clue, draft);
      continue;
    }
    if (what === 'resources' || (clue.role !== 'reference' && clue.role !== 'pronoun') || inApposition(context, clue)) continue;
    const value = resolveReference(context, draft, clue, kind);
    if (value) return value;
  }
  return null;
}

export function resolveMedia(context: ArgContext, draft: Draft, kind: ResourceKind): Value | null {
  return (
    inWords(context, draft, kind, false) ??
    use(context, draft, context.timeline.latest({ kind, before: draft.at, primaryOnly: true, exclude: spent(context, draft) })) ??
    use(context, draft, context.timeline.firstNamed({ kind, before: Infinity, exclude: context.used }))
  );
}

/** `name` is "text", "context" or "other_text"; a question may be the text to translate, never a context. */
export function resolveText(context: ArgContext, draft: Draft, name: string): Value | null {
  const questions: Questions = name === 'context' ? false : 'any';
  if (draft.intent === 'image-editing') {
    // An edit says what to change in its own words unless it points elsewhere ("based on the summary").
    const quoted = inWords(context, draft, 'text', questions, 'resources');
    if (quoted) return quoted;
    if (!FOLLOW_TEXT.test(stepText(context, draft))) return { literal: instruction(context, draft) };
  }
  const named = inWords(context, draft, 'text', questions);
  if (named) return named;
  if (GENERATORS.has(draft.task)) {
    const subject = WHAT_TO_MAKE.exec(context.analysis.masked.slice(draft.end, draft.step.end));
    if (subject && /\w/.test(subject[1]!)) {
      const [start, end] = subject.indices![1]!;
      return { literal: context.analysis.text.slice(draft.end + start, draft.end + end) };
    }
  }
  // A question the user asks is only ever a text when the task's own words point at it.
  const wanted: Wanted = { kind: 'text', before: draft.at, primaryOnly: true, exclude: context.used };
  return (
    use(context, draft, context.timeline.latest({ ...wanted, exclude: spent(context, draft) })) ??
    use(context, draft, context.timeline.firstNamed({ ...wanted, before: Infinity })) ??
    use(context, draft, transcribed(context, draft)) ??
    (draft.task === 'conversational' ? { literal: context.analysis.text.trim() } : { literal: stepText(context, draft) })
  );
}

/** The question asked in the task's words, else any question not yet used, else a question an earlier task transformed ("translate the question, then answer it"). */
export function resolveQuestion(context: ArgContext, draft: Draft): Value | null {
  const named = inWords(context, draft, 'text', true, 'resources');
  if (named) return named;
  const questions = context.analysis.clues.filter((clue) => clue.role === 'resource' && clue.resource!.question);
  const asked = questions.find((clue) => !context.consumed.has(clue));
  if (asked) return take(context, asked, draft);
  const owners = questions.map((clue) => context.consumed.get(clue)).filter((owner): owner is Draft => Boolean(owner) && owner !== draft);
  const transformed = owners.map((owner) => context.timeline.sourceOf(owner)).find((source) => source?.kinds.includes('text'));
  if (transformed) return use(context, draft, transformed);
  // "find the answer to the question" asked in a recording: the question is its transcript.
  const mentioned = context.window.find((clue) => clue.role === 'reference' && /^questions?$/.test(clue.noun ?? ''));
  const latest = mentioned && context.timeline.latest({ kind: 'text', before: draft.at, primaryOnly: true, origin: 'output', exclude: context.used });
  return use(context, draft, latest ?? null) ?? { literal: stepText(context, draft) };
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
