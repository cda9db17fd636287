// The templated answer: a first line that answers the request (the results of the last tasks of
// the graph), then one line per task saying what ran, with which model, and what came out, or
// why it failed or was skipped. Plain text, no LLM.
import type { RespondRequest, Selection, Task, TaskOutput, TaskResult } from '../../pipeline/types.js';
import { parseReference } from '../../pipeline/task-graph.js';
import { taskDisplayName } from '../../registry/task-types.js';
import { basisOf } from './result-basis.js';

const FIRST_LINE_TEXT = 200;
const TASK_LINE_TEXT = 300;
const MEDIA = ['image', 'audio', 'video'] as const;
const MEDIA_LABEL: Partial<Record<Task['task'], string>> = {
  'text-to-speech': 'spoken',
  'text-to-image': 'pictured',
  'text-to-video': 'video',
  'object-detection': 'boxes drawn',
  'image-segmentation': 'masks',
};

function clip(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

/** "a cat on a couch", "image /artifacts/a1 (image/png)", or both. */
function describeOutput(output: TaskOutput | null, limit: number): string {
  if (!output) return 'no output';
  const parts: string[] = [];
  if (output.text?.trim()) parts.push(`"${clip(output.text, limit)}"`);
  for (const kind of MEDIA) {
    const file = output[kind];
    if (file) parts.push(`${kind} ${file.url} (${file.mime})`);
  }
  return parts.length ? parts.join(', ') : 'no output';
}

function modelOf(result: TaskResult | undefined, selection: Selection | undefined): string {
  const model = result?.model ?? selection?.model;
  if (!model) return '';
  const provider = result?.provider ?? selection?.provider;
  const failedFirst = (result?.attempts ?? []).filter((attempt) => !attempt.ok).length;
  const fallback = result?.status === 'succeeded' && failedFirst > 0 ? `, after ${failedFirst} failed attempt${failedFirst > 1 ? 's' : ''}` : '';
  return ` with ${model}${provider ? ` (${provider}${fallback})` : ''}`;
}

function taskLine(task: Task, result: TaskResult | undefined, selection: Selection | undefined): string {
  const name = `${task.id + 1}. ${taskDisplayName(task.task)}`;
  if (!result) return `${name}: not run${selection ? '' : ' (no model could run it)'}.`;
  const why = result.error?.message ?? 'no reason given';
  if (result.status === 'failed') return `${name}${modelOf(result, selection)} failed: ${why}`;
  if (result.status === 'skipped') return `${name} was skipped: ${why}`;
  return `${name}${modelOf(result, selection)}: ${describeOutput(result.output, TASK_LINE_TEXT)}`;
}

/** Tasks no other task depends on: their results answer the request. */
function finalTasks(tasks: readonly Task[]): Task[] {
  const used = new Set(tasks.flatMap((task) => task.dep));
  return tasks.filter((task) => !used.has(task.id));
}

/**
 * What a final task gives the user. A file made from an earlier task's text (speech of a
 * detection, a picture of a caption) comes with that text, so the line answers by itself; and
 * the text comes with what it rests on when that is weak (result-basis.ts).
 */
function answerOf(task: Task, result: TaskResult, results: ReadonlyMap<number, TaskResult>): string {
  const output = result.output;
  const source = Object.values(task.args)
    .map((value) => parseReference(value))
    .map((k) => (k === null ? undefined : results.get(k)))
    .find((earlier) => earlier?.output?.text?.trim());
  const [text, basis] = output?.text?.trim() ? [output.text, basisOf(result)] : source ? [source.output!.text!, basisOf(source)] : ['', basisOf(result)];
  const parts = text ? [`"${clip(text, FIRST_LINE_TEXT)}"${basis ? ` (${basis})` : ''}`] : basis ? [basis] : [];
  for (const kind of MEDIA) {
    const file = output?.[kind];
    if (file) parts.push(`${MEDIA_LABEL[task.task] ?? kind}: ${file.url}`);
  }
  return parts.length ? parts.join(', ') : 'done, with no output';
}

/** Succeeded tasks none of whose dependents succeeded: the furthest the graph got. */
function furthestSucceeded(tasks: readonly Task[], results: ReadonlyMap<number, TaskResult>): Task[] {
  const succeeded = (task: Task) => results.get(task.id)?.status === 'succeeded';
  return tasks.filter((task) => succeeded(task) && !tasks.some((other) => other.dep.includes(task.id) && succeeded(other)));
}

function firstLine(tasks: readonly Task[], results: ReadonlyMap<number, TaskResult>): string {
  const failed = tasks.filter((task) => results.get(task.id)?.status !== 'succeeded');
  const answers = (failed.length ? furthestSucceeded(tasks, results) : finalTasks(tasks)).flatMap((task) => {
    const result = results.get(task.id);
    return result?.status === 'succeeded' ? [answerOf(task, result, results)] : [];
  });
  if (answers.length === 0) {
    const reason = tasks.map((task) => results.get(task.id)?.error?.message).find(Boolean);
    return `I could not complete your request${reason ? `: ${reason}` : '.'}`;
  }
  const total = tasks.length;
  const prefix = failed.length ? `Partly done (${failed.length} of ${total} task${total > 1 ? 's' : ''} did not succeed): ` : '';
  return `${prefix}${answers.join('; ')}`;
}

export function writeAnswer(input: RespondRequest): string {
  if (input.tasks.length === 0) {
    return input.explanation?.trim() || 'I did not find anything to do in this request.';
  }
  const results = new Map(input.results.map((result) => [result.id, result]));
  const selections = new Map(input.selections.map((selection) => [selection.id, selection]));
  const lines = input.tasks.map((task) => taskLine(task, results.get(task.id), selections.get(task.id)));
  return [firstLine(input.tasks, results), '', 'What I did:', ...lines].join('\n');
}
