// The pipeline's event stream: the one contract every view consumes (the SSE /chat, the
// OpenAI-compatible stream, the web playground, later background jobs that store and replay a
// run). The stages emit through `context.events` and know nothing of who listens; a stream
// (event-stream.ts) numbers the events and keeps them for replay.
//
// Order of a /chat run: a planner that streams (the LLM) sends `task-planned` for each task as
// soon as it has written it, and that task's `selection` (when the ranking can choose at once)
// and `task-start` may follow before the plan is complete; then `plan`, the validated whole
// (tasks streamed differently, or discarded when the plan needed repair, are replaced by it:
// a discarded task that had started ends CANCELLED); then the `selection` of every task not yet
// announced, `task-start`/`task-end` as the graph runs (a task that never starts, skipped or
// without a model, has only its `task-end`), `answer-delta` pieces whose concatenation is the
// answer (as the controller writes it), and exactly one terminal event: `done` (the full /chat
// result) or `error`. A planner that does not stream (the rules, a cached plan) sends no
// `task-planned`: `plan` comes first.
import type { ChatOutput } from './run-chat.js';
import type { LlmPurpose, LlmUsage, Provider, Selection, Task, TaskResult } from './types.js';

export const EVENT_TYPES = ['task-planned', 'plan', 'selection', 'task-start', 'task-end', 'answer-delta', 'done', 'error'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The /chat result as the JSON route returns it. */
export type ChatResult = ChatOutput & { usage: LlmUsage & { byPurpose: Partial<Record<LlmPurpose, LlmUsage>> } };

/** The validated task graph. */
export interface PlanEvent {
  type: 'plan';
  controller: string;
  tasks: Task[];
  explanation?: string;
  /** How sure the controller is of the plan, when it says (the rule-based planner does). */
  confidence?: number;
}

/** One task of the plan, as soon as a streaming planner has written it (checked with the tasks before it). */
export interface TaskPlannedEvent {
  type: 'task-planned';
  task: Task;
}

/** The model chosen for one task, or why none can run it (`model: null`, source `unassigned`). */
export interface SelectionEvent {
  type: 'selection';
  id: number;
  task: Task['task'];
  model: string | null;
  provider: Provider | null;
  reason: string;
  source: Selection['source'] | 'unassigned';
  candidates: string[];
}

/** A task begins running (its inputs are loaded next, then its models tried in order). */
export interface TaskStartEvent {
  type: 'task-start';
  id: number;
  task: Task['task'];
  model: string;
  provider: Provider;
}

/** A task settled: status, output, error, attempts and timings. */
export interface TaskEndEvent {
  type: 'task-end';
  result: TaskResult;
}

/** A piece of the answer, in order; the pieces concatenated are the answer. */
export interface AnswerDeltaEvent {
  type: 'answer-delta';
  text: string;
}

export interface DoneEvent {
  type: 'done';
  result: ChatResult;
}

/** The run failed; `code` is one of the stable error codes (errors.ts). */
export interface ErrorEvent {
  type: 'error';
  code: string;
  message: string;
  details?: unknown;
}

export type PipelineEventBody = TaskPlannedEvent | PlanEvent | SelectionEvent | TaskStartEvent | TaskEndEvent | AnswerDeltaEvent | DoneEvent | ErrorEvent;

/** An event as a stream records it: numbered from 1 in emission order, with its time. */
export type PipelineEvent = PipelineEventBody & { seq: number; at: string };

/** Where the stages send their events (CallContext.events). Emitting never throws. */
export interface EventSink {
  emit(event: PipelineEventBody): void;
}

export const isTerminal = (event: { type: string }): boolean => event.type === 'done' || event.type === 'error';

/**
 * An answer cut into the pieces a client shows as it arrives: lines, and long lines at sentence
 * ends. Used when a controller writes its answer whole (the templated answer, a non-streaming
 * LLM); the pieces concatenated are exactly the answer.
 */
export function answerPieces(answer: string): string[] {
  return answer.split(/(?<=\n)|(?<=[^\d\s][.!?] )/).filter((piece) => piece.length > 0); // not after a list number ("1. ")
}
