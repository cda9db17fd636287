// The task graph contract: normalise an untrusted plan (from a client or an LLM; common dialects
// first, see plan-dialects.ts) and report every problem at once, so a client gets one complete 422
// and the LLM one complete repair prompt.
import { TASK_TYPES, isTaskType, type ResourceKind, type TaskTypeSpec } from '../registry/task-types.js';
import { normaliseDialect } from './plan-dialects.js';
import type { Task } from './types.js';

export const GENERATED_REF = /^<GENERATED>-(\d+)$/;
const LOOSE_REF = /<GENERATED>/i;

export type PlanProblemCode =
  | 'NOT_A_LIST'
  | 'TOO_MANY_TASKS'
  | 'TASK_NOT_OBJECT'
  | 'BAD_ID'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_TASK_TYPE'
  | 'BAD_DEP'
  | 'UNKNOWN_DEPENDENCY'
  | 'SELF_DEPENDENCY'
  | 'CYCLE'
  | 'BAD_ARGS'
  | 'MISSING_ARGUMENT'
  | 'UNEXPECTED_ARGUMENT'
  | 'BAD_ARGUMENT'
  | 'BAD_REFERENCE'
  | 'REFERENCE_NOT_DEPENDENCY'
  | 'REFERENCE_WRONG_KIND';

export interface PlanProblem {
  code: PlanProblemCode;
  /** Index of the task in the list, when the problem belongs to one task. */
  index?: number;
  taskId?: number;
  arg?: string;
  message: string;
}

export type PlanCheck = { ok: true; tasks: Task[] } | { ok: false; problems: PlanProblem[] };

export interface ValidateOptions {
  maxTasks?: number;
}

/** Parses `<GENERATED>-k`; returns k, or null when the value is not a reference. */
export function parseReference(value: string): number | null {
  const match = GENERATED_REF.exec(value.trim());
  return match ? Number(match[1]) : null;
}

export function validatePlan(raw: unknown, options: ValidateOptions = {}): PlanCheck {
  const problems: PlanProblem[] = [];
  if (!Array.isArray(raw)) {
    return { ok: false, problems: [{ code: 'NOT_A_LIST', message: 'the plan must be a JSON array of tasks' }] };
  }
  const maxTasks = options.maxTasks ?? Infinity;
  if (raw.length > maxTasks) {
    problems.push({ code: 'TOO_MANY_TASKS', message: `the plan has ${raw.length} tasks; at most ${maxTasks} are allowed` });
  }

  const items = raw.map(normaliseDialect);
  const drafts = items.map((item, index) => normaliseTask(item, index, problems));
  const tasks = drafts.filter((task): task is Task => task !== null);
  const rawIds = reportDuplicateIds(items, problems);
  const byId = new Map(tasks.map((task) => [task.id, task]));
  checkDependencies(tasks, byId, rawIds, drafts, problems);
  checkCycles(tasks, byId, problems);

  return problems.length === 0 ? { ok: true, tasks } : { ok: false, problems };
}

function normaliseTask(item: unknown, index: number, problems: PlanProblem[]): Task | null {
  const at = `task #${index}`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    problems.push({ code: 'TASK_NOT_OBJECT', index, message: `${at} must be an object with id, task, dep and args` });
    return null;
  }
  const record = item as Record<string, unknown>;
  const id = toInteger(record.id);
  if (id === null || id < 0) {
    problems.push({ code: 'BAD_ID', index, message: `${at}: "id" must be a non-negative integer, got ${JSON.stringify(record.id)}` });
  }
  const label = id === null ? at : `task ${id}`;
  const type = record.task;
  if (typeof type !== 'string' || !isTaskType(type)) {
    problems.push({
      code: 'UNKNOWN_TASK_TYPE',
      index,
      taskId: id ?? undefined,
      message: `${label}: unknown task type ${JSON.stringify(type)}; use one of ${Object.keys(TASK_TYPES).join(', ')}`,
    });
  }
  const args = normaliseArgs(record.args, label, index, id, problems);
  const dep = normaliseDep(record.dep, args, label, index, id, problems);
  if (id === null || id < 0 || typeof type !== 'string' || !isTaskType(type) || args === null || dep === null) return null;

  checkArgs(TASK_TYPES[type], args, label, index, id, problems);
  return { id, task: type, dep, args };
}

function normaliseArgs(
  value: unknown,
  label: string,
  index: number,
  taskId: number | null,
  problems: PlanProblem[],
): Record<string, string> | null {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ code: 'BAD_ARGS', index, taskId: taskId ?? undefined, message: `${label}: "args" must be an object of named arguments` });
    return null;
  }
  const args: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
    if (raw === null || raw === undefined) continue;
    if (typeof raw === 'string') args[name] = raw;
    else if (typeof raw === 'number' || typeof raw === 'boolean') args[name] = String(raw);
    else if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) args[name] = raw.join(', ');
    else {
      problems.push({
        code: 'BAD_ARGUMENT',
        index,
        taskId: taskId ?? undefined,
        arg: name,
        message: `${label}: argument "${name}" must be a string (text, a resource, or <GENERATED>-k)`,
      });
    }
  }
  return args;
}

/** `[-1]` means "none"; an omitted dep is derived from the `<GENERATED>-k` references. */
function normaliseDep(
  value: unknown,
  args: Record<string, string> | null,
  label: string,
  index: number,
  taskId: number | null,
  problems: PlanProblem[],
): number[] | null {
  if (value === undefined || value === null) {
    const refs = Object.values(args ?? {}).map(parseReference).filter((k): k is number => k !== null);
    return [...new Set(refs)];
  }
  const list = Array.isArray(value) ? value : [value];
  const dep: number[] = [];
  for (const entry of list) {
    const k = toInteger(entry);
    if (k === -1) continue;
    if (k === null || k < 0) {
      problems.push({
        code: 'BAD_DEP',
        index,
        taskId: taskId ?? undefined,
        message: `${label}: "dep" must list task ids (integers), got ${JSON.stringify(entry)}`,
      });
      return null;
    }
    if (!dep.includes(k)) dep.push(k);
  }
  return dep;
}

function checkArgs(
  spec: TaskTypeSpec,
  args: Record<string, string>,
  label: string,
  index: number,
  taskId: number,
  problems: PlanProblem[],
): void {
  const where = { index, taskId };
  const reported = new Set(problems.filter((problem) => problem.index === index && problem.arg).map((problem) => problem.arg));
  for (const [name, arg] of Object.entries(spec.args)) {
    if (arg.required && !args[name]?.trim() && !reported.has(name)) {
      problems.push({ code: 'MISSING_ARGUMENT', ...where, arg: name, message: `${label}: missing required argument "${name}" (${arg.description})` });
    }
  }
  if (spec.requireOneOf && !spec.requireOneOf.some((name) => args[name]?.trim())) {
    problems.push({
      code: 'MISSING_ARGUMENT',
      ...where,
      message: `${label}: give one of the arguments ${spec.requireOneOf.map((n) => `"${n}"`).join(' or ')}`,
    });
  }
  for (const [name, value] of Object.entries(args)) {
    const arg = spec.args[name];
    if (!arg) {
      const allowed = Object.keys(spec.args).join(', ');
      problems.push({ code: 'UNEXPECTED_ARGUMENT', ...where, arg: name, message: `${label}: unexpected argument "${name}"; this task takes ${allowed}` });
      continue;
    }
    if (LOOSE_REF.test(value) && (parseReference(value) === null || arg.option)) {
      const why = arg.option ? 'is a setting and cannot take a reference' : 'must be exactly "<GENERATED>-k" with one task id k';
      problems.push({ code: 'BAD_REFERENCE', ...where, arg: name, message: `${label}: argument "${name}" ${why}` });
    }
  }
}

/** Checked on the raw ids, so a duplicate is reported even when one of the twins is invalid. */
function reportDuplicateIds(raw: unknown[], problems: PlanProblem[]): Set<number> {
  const seen = new Set<number>();
  raw.forEach((item, index) => {
    const id = toInteger((item as { id?: unknown } | null)?.id);
    if (id === null || id < 0) return;
    if (seen.has(id)) problems.push({ code: 'DUPLICATE_ID', index, taskId: id, message: `task id ${id} is used more than once` });
    seen.add(id);
  });
  return seen;
}

function checkDependencies(
  tasks: Task[],
  byId: Map<number, Task>,
  rawIds: Set<number>,
  drafts: Array<Task | null>,
  problems: PlanProblem[],
): void {
  for (const task of tasks) {
    const where = { index: drafts.indexOf(task), taskId: task.id };
    for (const k of task.dep) {
      if (k === task.id) problems.push({ code: 'SELF_DEPENDENCY', ...where, message: `task ${task.id} depends on itself` });
      else if (!rawIds.has(k)) problems.push({ code: 'UNKNOWN_DEPENDENCY', ...where, message: `task ${task.id} depends on task ${k}, which does not exist` });
    }
    for (const [name, value] of Object.entries(task.args)) {
      const k = parseReference(value);
      if (k === null) continue;
      const source = byId.get(k);
      if (!task.dep.includes(k)) {
        problems.push({
          code: 'REFERENCE_NOT_DEPENDENCY',
          ...where,
          arg: name,
          message: `task ${task.id}: argument "${name}" uses <GENERATED>-${k} but task ${k} is not in its "dep" list`,
        });
      } else if (source) {
        const needed: ResourceKind = TASK_TYPES[task.task].args[name]?.kind ?? 'text';
        const produced = TASK_TYPES[source.task].outputs;
        if (!produced.includes(needed)) {
          problems.push({
            code: 'REFERENCE_WRONG_KIND',
            ...where,
            arg: name,
            message: `task ${task.id}: argument "${name}" needs ${needed}, but task ${k} (${source.task}) produces ${produced.join(' and ')}`,
          });
        }
      }
    }
  }
}

function checkCycles(tasks: Task[], byId: Map<number, Task>, problems: PlanProblem[]): void {
  const remaining = new Map<number, number>();
  const dependents = new Map<number, number[]>();
  for (const task of byId.values()) {
    const deps = task.dep.filter((k) => k !== task.id && byId.has(k));
    remaining.set(task.id, deps.length);
    for (const k of deps) dependents.set(k, [...(dependents.get(k) ?? []), task.id]);
  }
  const ready = [...remaining].filter(([, count]) => count === 0).map(([id]) => id);
  while (ready.length > 0) {
    const id = ready.pop()!;
    remaining.delete(id);
    for (const next of dependents.get(id) ?? []) {
      const count = remaining.get(next)! - 1;
      remaining.set(next, count);
      if (count === 0) ready.push(next);
    }
  }
  if (remaining.size > 0 && tasks.length > 0) {
    const ids = [...remaining.keys()].sort((a, b) => a - b);
    problems.push({ code: 'CYCLE', message: `tasks ${ids.join(', ')} depend on each other in a cycle` });
  }
}

function toInteger(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

/** Tasks in an order where every task comes after its dependencies (input must be valid). */
export function topologicalOrder(tasks: Task[]): Task[] {
  const done = new Set<number>();
  const ordered: Task[] = [];
  const pending = [...tasks];
  while (pending.length > 0) {
    const index = pending.findIndex((task) => task.dep.every((k) => done.has(k)));
    if (index === -1) throw new Error('topologicalOrder: the graph has a cycle');
    const [task] = pending.splice(index, 1);
    done.add(task!.id);
    ordered.push(task!);
  }
  return ordered;
}
