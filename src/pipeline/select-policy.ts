// Whether a task's model needs the controller's judgement (SELECT_MODE=auto), read from what the
// candidates do: the ranking (provider, health, downloads, adjusted by the request's wording)
// chooses well among models that do the same thing; the controller is asked only when the
// candidates do different things (a sentiment classifier and a language identifier) or cover
// different ones of the languages the task's arguments name (target_language "fr" among en→es and
// en→fr translators).
import { coversLanguage, purposesOf } from '../registry/model-purposes.js';
import { TASK_TYPES } from '../registry/task-types.js';
import { parseReference } from './task-graph.js';
import type { ModelEntry, Task } from './types.js';

export type SelectMode = 'auto' | 'rank' | 'llm';

/** Why the candidates really differ for this task, or null when the ranking can choose. */
export function candidatesDiffer(task: Task, candidates: readonly ModelEntry[]): string | null {
  const kinds = new Map<string, string>();
  for (const model of candidates) {
    const purposes = purposesOf(model).join(' + ') || 'general';
    if (!kinds.has(purposes)) kinds.set(purposes, model.id);
  }
  if (kinds.size > 1) return `the candidates do different things (${[...kinds.keys()].join(', ')})`;
  for (const code of namedLanguages(task)) {
    const covering = candidates.filter((model) => coversLanguage(model, code)).length;
    if (covering > 0 && covering < candidates.length) return `only ${covering} of ${candidates.length} candidates cover the language "${code}"`;
  }
  return null;
}

/** Language codes the task's settings name (target_language, source_language). */
function namedLanguages(task: Task): string[] {
  const spec = TASK_TYPES[task.task];
  return Object.entries(task.args)
    .filter(([name, value]) => spec.args[name]?.option && name.endsWith('language') && parseReference(value) === null)
    .map(([, value]) => value.trim().toLowerCase())
    .filter((value) => /^[a-z]{2,3}$/.test(value));
}
