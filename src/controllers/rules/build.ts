// Turns recognised mentions into the task graph: each mention becomes a task whose arguments are
// filled from its own words and the timeline; helper tasks (a transcription a step needs, or what
// a reference implies) are inserted before the task that needs them. Ids follow that order.
import { TASK_TYPES, type TaskType } from '../../registry/task-types.js';
import type { Task } from '../../pipeline/types.js';
import type { Analysis, Clue, Span, Step } from './analysis.js';
import { resolveMedia, resolveQuestion, resolveText, type ArgContext } from './arguments.js';
import { findLabels } from './labels.js';
import { findLanguages } from './languages.js';
import { Timeline, valueOf, type Draft, type Source, type Value } from './link.js';
import type { Mention } from './recognise.js';
import { taskOfIntent } from './subject.js';

export interface Built {
  tasks: Task[];
  /** Mentions that could not become a task, and why. */
  problems: string[];
}

const TABLE_FILE = /\.(?:csv|tsv)$/i;

export function buildPlan(analysis: Analysis, mentions: readonly Mention[]): Built {
  const timeline = new Timeline(analysis.resources, analysis.history);
  const drafts: Draft[] = [];
  const consumed = new Map<Clue, Draft>();
  const problems: string[] = [];

  const helper = (step: Step) => (task: TaskType, at: number, input: Source | null): Source | null => {
    const draft: Draft = { intent: task, task, step, at, end: at, args: {}, ready: at, cue: '' };
    for (const [name, arg] of Object.entries(TASK_TYPES[task].args)) {
      if (arg.option || !arg.required) continue;
      const source =
        input?.kinds.includes(arg.kind) ? input : (timeline.latest({ kind: arg.kind, before: at, primaryOnly: true }) ?? timeline.firstNamed({ kind: arg.kind, before: Infinity }));
      // A text the request only describes ("a long text on the history of computers") is given in its words.
      if (!source && arg.kind !== 'text') return null;
      draft.args[name] = source ? valueOf(source) : { literal: analysis.text.slice(step.start, step.end).trim() };
    }
    // Two steps about the same picture share one caption.
    const same = drafts.find((other) => other.task === task && sameArgs(other.args, draft.args));
    if (same) return timeline.sourceOf(same) ?? null;
    drafts.push(draft);
    return timeline.addOutput(draft);
  };

  for (const mention of mentions) {
    const task = taskOfIntent(mention.intent);
    const draft: Draft = { intent: mention.intent, task, step: mention.step, at: mention.start, end: mention.end, args: {}, ready: mention.end, cue: mention.cue };
    const mark = { drafts: drafts.length, sources: timeline.sources.length, consumed: new Map(consumed) };
    const context: ArgContext = { analysis, timeline, ...windowOf(analysis, mentions, mention), consumed, used: new Set(), helper: helper(mention.step) };
    const missing = fillArguments(context, draft);
    if (missing) {
      // Undo helpers added for a task that cannot run: a plan never holds half of a step.
      drafts.length = mark.drafts;
      timeline.sources.length = mark.sources;
      consumed.clear();
      mark.consumed.forEach((owner, clue) => consumed.set(clue, owner));
      problems.push(`"${mention.cue.trim()}" asks for ${task}, which needs ${missing}, and the request names none`);
      continue;
    }
    // Its output is ready once the resources of its own words are read (a later sentence's file does not delay it).
    const taken = [...consumed.keys()].filter((clue) => clue.role === 'resource' && !mark.consumed.has(clue) && clue.start < context.words.end);
    draft.ready = mention.readyBy ?? Math.max(mention.end, ...taken.map((clue) => clue.end));
    drafts.push(draft);
    timeline.addOutput(draft);
  }
  return { tasks: finalise(drafts), problems };
}

/** Fills the arguments of `draft`; returns a description of the first required one it could not fill. */
function fillArguments(context: ArgContext, draft: Draft): string | null {
  const spec = TASK_TYPES[draft.task];
  for (const [name, arg] of Object.entries(spec.args)) {
    if (arg.option) continue;
    if (name === 'text' && draft.task === 'image-to-image' && draft.intent !== 'image-editing') continue;
    let value: Value | null;
    if (name === 'table') value = table(context, draft);
    else if (name === 'image' && draft.args.table) value = null;
    else if (name === 'question') value = resolveQuestion(context, draft);
    else if (arg.kind === 'text') value = resolveText(context, draft, name);
    else value = resolveMedia(context, draft, arg.kind);
    if (value) draft.args[name] = value;
    else if (arg.required) return arg.kind === 'text' ? `a ${name.replace('_', ' ')} text` : `${arg.kind === 'video' ? 'a' : 'an'} ${arg.kind}`;
  }
  if (spec.requireOneOf && !spec.requireOneOf.some((name) => draft.args[name])) return 'an image or a table';
  addOptions(context, draft);
  return null;
}

function addOptions(context: ArgContext, draft: Draft): void {
  const words = context.analysis.text.slice(context.words.start, context.words.end);
  if (draft.task === 'translation') {
    const languages = findLanguages(words);
    if (languages.target) draft.args.target_language = { literal: languages.target };
    if (languages.source) draft.args.source_language = { literal: languages.source };
  }
  if (draft.task === 'zero-shot-classification' || draft.task === 'zero-shot-image-classification') {
    const labels = findLabels(words);
    if (labels) draft.args.labels = { literal: labels.join(', ') };
  }
}

function table(context: ArgContext, draft: Draft): Value | null {
  const clue = context.window.find((candidate) => candidate.role === 'resource' && candidate.resource!.kind === 'text' && TABLE_FILE.test(candidate.resource!.value));
  if (!clue) return null;
  context.consumed.set(clue, draft);
  return { literal: clue.resource!.value };
}

function sameArgs(a: Record<string, Value>, b: Record<string, Value>): boolean {
  const key = (value: Value | undefined) => (value === undefined ? '' : 'literal' in value ? `=${value.literal}` : value.from);
  return Object.keys({ ...a, ...b }).every((name) => key(a[name]) === key(b[name]));
}

/**
 * The clues a task may take: those of its step and of neighbouring steps of the same sentence
 * that ask for nothing themselves ("edit the image, using 'a red car'"). Clues inside the
 * mention come first, then those after it, then those before it, nearest first.
 */
function windowOf(analysis: Analysis, mentions: readonly Mention[], mention: Mention): { window: Clue[]; words: Span } {
  const claimed = new Set(mentions.filter((other) => other !== mention).map((other) => other.step));
  let first = mention.step.index;
  let last = mention.step.index;
  const sameSentence = (index: number) => analysis.steps[index]?.sentence === mention.step.sentence && !claimed.has(analysis.steps[index]!);
  while (sameSentence(first - 1)) first -= 1;
  while (sameSentence(last + 1)) last += 1;
  const start = analysis.steps[first]!.start;
  const end = analysis.steps[last]!.end;
  // By where a clue starts: a quote that ends the sentence reaches one character past its last step.
  const clues = analysis.clues.filter((clue) => clue.start >= start && clue.start < end);
  const inside = clues.filter((clue) => clue.start >= mention.start && clue.end <= mention.end);
  const after = clues.filter((clue) => clue.start >= mention.end);
  const before = clues.filter((clue) => clue.end <= mention.start).reverse();
  return { window: [...inside, ...after, ...before], words: { start, end } };
}

function finalise(drafts: readonly Draft[]): Task[] {
  const ids = new Map(drafts.map((draft, index) => [draft, index]));
  return drafts.map((draft, id) => {
    const dep = new Set<number>();
    const args: Record<string, string> = {};
    for (const [name, value] of Object.entries(draft.args)) {
      if ('literal' in value) args[name] = value.literal;
      else {
        const k = ids.get(value.from)!;
        dep.add(k);
        args[name] = `<GENERATED>-${k}`;
      }
    }
    return { id, task: draft.task, dep: [...dep].sort((a, b) => a - b), args };
  });
}
