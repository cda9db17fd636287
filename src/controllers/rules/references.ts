// Resolves what a task's words point back at ("the answer", "it", "the transcribed text") on the
// timeline. When nothing produced it yet, the reference may ask for a task ("the entities" asks for
// entity recognition) or name a file that holds it ("an audio file that contains a description …
// this description"); a text wanted from a picture or a recording goes through a caption or a
// transcription.
import { TASK_TYPES, type ResourceKind, type TaskType } from '../../registry/task-types.js';
import type { Analysis, Clue, Span } from './analysis.js';
import { valueOf, type Draft, type Source, type Timeline, type Value, type Wanted } from './link.js';

export interface ArgContext {
  analysis: Analysis;
  timeline: Timeline;
  /** Clues of the task's words: inside its phrase, then after it, then before it (nearest first). */
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

export const BRIDGES: Partial<Record<ResourceKind, TaskType>> = { image: 'image-to-text', audio: 'automatic-speech-recognition' };

export const takes = (task: TaskType, kind: ResourceKind): boolean => Object.values(TASK_TYPES[task].args).some((arg) => arg.kind === kind);

/** Records that `draft` takes `source` (and the resource's clue, so no later task takes it as new). */
export function use(context: ArgContext, draft: Draft, source: Source | null): Value | null {
  if (!source) return null;
  context.used.add(source);
  const clue = source.resource && context.analysis.clues.find((candidate) => candidate.resource === source.resource);
  if (clue && !context.consumed.has(clue)) context.consumed.set(clue, draft);
  return valueOf(source);
}

/**
 * Sources an unnamed input should not fall back on: those this task already takes, and resources
 * another task has read (its output is the newer state: "answer 'Q', then summarize" summarizes the answer).
 */
export function spent(context: ArgContext, draft: Draft): Set<Source> {
  const read = new Set([...context.consumed].filter(([clue, owner]) => owner !== draft && clue.resource).map(([clue]) => clue.resource));
  return new Set([...context.used, ...context.timeline.sources.filter((source) => source.resource && read.has(source.resource))]);
}

/** A reference or pronoun resolved for an argument of `kind`, or null when it cannot serve. */
export function resolveReference(context: ArgContext, draft: Draft, clue: Clue, kind: ResourceKind): Value | null {
  // A reference serves one argument of one task of its step: "explaining the answer in French" translates the answer, then the video takes the translation.
  const owner = context.consumed.get(clue);
  if (owner && (owner === draft || owner.step === draft.step)) return null;
  if (clue.kind && clue.kind !== kind && !(kind === 'text' && BRIDGES[clue.kind] && !takes(draft.task, clue.kind))) return null;
  const wanted: Wanted = { kind: clue.kind ?? kind, before: Math.max(draft.at, clue.end), producers: clue.producers, origin: clue.origin, exclude: context.used, questions: true };
  let source = context.timeline.latest(wanted);
  if (!source && implied(context, draft, clue, wanted.kind)) source = context.helper(clue.implies, draft.at - 0.5, null);
  if (!source && clue.producers) source = context.timeline.latest({ ...wanted, producers: null, origin: 'any' });
  if (!source && kind === 'text' && clue.kind === 'text') source = containerOf(context, clue);
  if (source && !source.kinds.includes(kind)) {
    const bridge = kind === 'text' ? BRIDGES[source.kinds[0]!] : undefined;
    source = bridge ? context.helper(bridge, draft.at - 0.5, source) : null;
  }
  if (!source) return null;
  context.consumed.set(clue, draft);
  return use(context, draft, source);
}

/** "the entities" with no entity recognition yet: the reference asks for one (once, and of the right kind). */
function implied(context: ArgContext, draft: Draft, clue: Clue, kind: ResourceKind): clue is Clue & { implies: TaskType } {
  const task = clue.implies;
  if (!task || task === draft.task || !TASK_TYPES[task].outputs.includes(kind)) return false;
  return !context.timeline.sources.some((other) => other.draft?.task === task);
}

/** "an audio file that contains a description … this description": the text is inside the file. */
function containerOf(context: ArgContext, clue: Clue): Source | null {
  const noun = clue.noun?.replace(/s$/, '');
  if (!noun) return null;
  for (const source of context.timeline.sources) {
    const resource = source.resource;
    if (!resource || source.time >= clue.start || !BRIDGES[resource.kind]) continue;
    const held = HOLDS.exec(context.analysis.text.slice(resource.end, resource.end + 120))?.[1];
    if (held?.toLowerCase().split(/\W+/).some((word) => word.startsWith(noun))) return source;
  }
  return null;
}

/** What a file is said to hold: "… which contains some text", "… with a quote on it", "… describing an object". */
const HOLDS = /^[^.!?]{0,60}?\b(?:contain\w*|with|ha[sv]e?|having|includ\w*|mention\w*|say\w*|show\w*|describ\w*|about)\b([^.!?]{0,40})/i;

/** No text anywhere, but a recording or a picture: its words are the text ("summarize speech.wav"). */
export function transcribed(context: ArgContext, draft: Draft): Source | null {
  const media = (['audio', 'image'] as const)
    .map((kind) => context.timeline.latest({ kind, before: draft.at, primaryOnly: true, exclude: context.used }))
    .filter((source): source is Source => source !== null && !takes(draft.task, source.kinds[0]!))
    .sort((a, b) => b.time - a.time)[0];
  return media ? context.helper(BRIDGES[media.kinds[0]!]!, draft.at - 0.5, media) : null;
}
