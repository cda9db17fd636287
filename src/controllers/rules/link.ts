// The timeline of things a step can take as input: resources the user named (at their place in
// the request) and the outputs of earlier tasks (at the end of their step). "it", "the result",
// "the transcribed text" and unnamed inputs resolve to the latest matching entry before the step.
import { TASK_TYPES, type ResourceKind, type TaskType } from '../../registry/task-types.js';
import type { Clue, Intent, Step } from './analysis.js';
import type { Resource } from './resources.js';

/** A task of the plan being built; `args` point at literal values or at other drafts. */
export interface Draft {
  intent: Intent;
  task: TaskType;
  step: Step;
  /** Where the task is asked for: it takes inputs from before this point. */
  at: number;
  /** End of the words that asked for it. */
  end: number;
  args: Record<string, Value>;
  /** When its output becomes available to later steps. */
  ready: number;
  cue: string;
}

export type Value = { literal: string } | { from: Draft };

export interface Source {
  time: number;
  kinds: readonly ResourceKind[];
  draft?: Draft;
  resource?: Resource;
}

export interface Wanted {
  kind: ResourceKind;
  before: number;
  /** Implicit inputs take only a task's main output (an object detection's labels, not its boxed copy). */
  primaryOnly?: boolean;
  producers?: readonly TaskType[] | null;
  origin?: Clue['origin'];
  /** Sources this task already takes (a similarity needs two different texts). */
  exclude?: ReadonlySet<Source>;
  /** Questions are inputs only where a question or any text is wanted explicitly. */
  questions?: boolean;
}

export class Timeline {
  readonly sources: Source[] = [];

  constructor(resources: readonly Resource[], history: readonly Resource[]) {
    history.forEach((resource, index) => this.sources.push({ time: index - history.length - 1, kinds: [resource.kind], resource }));
    for (const resource of resources) this.sources.push({ time: resource.start, kinds: [resource.kind], resource });
  }

  addOutput(draft: Draft): Source {
    const source = { time: draft.ready, kinds: TASK_TYPES[draft.task].outputs, draft };
    this.sources.push(source);
    return source;
  }

  sourceOf(draft: Draft): Source | undefined {
    return this.sources.find((source) => source.draft === draft);
  }

  latest(wanted: Wanted): Source | null {
    let best: Source | null = null;
    for (const source of this.sources) {
      if (source.time >= wanted.before || !this.fits(source, wanted)) continue;
      if (!best || source.time >= best.time) best = source;
    }
    return best;
  }

  /** The first named resource of a kind anywhere in the request (it may come after the step). */
  firstNamed(wanted: Wanted): Source | null {
    return this.sources.find((source) => source.resource && this.fits(source, { ...wanted, origin: 'named' })) ?? null;
  }

  private fits(source: Source, wanted: Wanted): boolean {
    if (wanted.exclude?.has(source)) return false;
    const kinds = wanted.primaryOnly ? source.kinds.slice(0, 1) : source.kinds;
    if (!kinds.includes(wanted.kind)) return false;
    if (source.resource) {
      if (source.resource.question && !wanted.questions) return false;
      return wanted.origin !== 'output' && !wanted.producers;
    }
    if (wanted.origin === 'named') return false;
    return !wanted.producers || wanted.producers.includes(source.draft!.task);
  }
}

export const valueOf = (source: Source): Value => (source.draft ? { from: source.draft } : { literal: source.resource!.value });
