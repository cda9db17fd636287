// Whole plans of the rule-based planner as compact strings, for the planner's table-driven tests.
import type { Test } from 'tap';
import { planRequest } from '../src/controllers/rules/plan.js';
import type { ChatMessage, Task } from '../src/pipeline/types.js';

/** "task(arg=value, …) <- deps" per task: compact enough to assert whole plans. */
export const shape = (tasks: Task[]): string[] =>
  tasks.map((task) => `${task.task}(${Object.entries(task.args).map(([name, value]) => `${name}=${value}`).join(', ')})${task.dep.length ? ` <- ${task.dep.join(',')}` : ''}`);
export const plan = (request: string, history: ChatMessage[] = []) => shape(planRequest(request, history).tasks);
export const user = (content: string): ChatMessage => ({ role: 'user', content });
export const assistant = (content: string): ChatMessage => ({ role: 'assistant', content });
/** One assertion per [request, expected plan, chat so far]. */
export const cases = (t: Test, list: Array<[string, string[], ChatMessage[]?]>) => {
  for (const [request, want, history] of list) t.same(plan(request, history), want, request.slice(0, 80));
};
