// Which candidates a request can mean, and whether choosing among them needs the controller's
// judgement (SELECT_MODE=auto). The ranking (provider, health, downloads, adjusted by the request's
// wording) chooses well among models that do the same thing. When the candidates do different
// things (a sentiment classifier and a language identifier; captioning and OCR), the request's
// wording keeps those it asks for, and plain models when it asks for none of the special ones
// ("detect the objects" does not mean the table detector). The controller is asked only when the
// request does not settle it: nothing it may mean, or several different things. Languages the
// task's arguments name (target_language "fr") keep the candidates that cover them (the en→fr
// translator, not the en→es one); the controller is asked only when none does.
import { replaceQuoted } from '../quoted.js';
import { coversLanguage, purposesAskedFor, purposesOf } from '../registry/model-purposes.js';
import { TASK_TYPES } from '../registry/task-types.js';
import { parseReference } from './task-graph.js';
import type { ModelEntry, Task } from './types.js';

export type SelectMode = 'auto' | 'rank' | 'llm';

export interface CandidateReading<M extends ModelEntry> {
  /** The candidates the request can mean, in ranking order; all of them when it does not say. */
  plausible: M[];
  /** Why the controller should choose, or null when the ranking can. */
  differ: string | null;
}

export function readCandidates<M extends ModelEntry>(request: string, task: Task, candidates: readonly M[]): CandidateReading<M> {
  const readings = candidates.map((model) => ({ model, kind: purposesOf(model).join(' + ') }));
  let pool = readings;
  const kinds = new Set(readings.map((reading) => reading.kind));
  if (kinds.size > 1) {
    const asked = purposesAskedFor(wordingOf(request, task), task.task);
    const special = (kind: string) => kind.split(' + ').filter(Boolean);
    const askedFor = readings.filter((reading) => special(reading.kind).length > 0 && special(reading.kind).every((purpose) => asked.has(purpose)));
    pool = askedFor.length ? askedFor : readings.filter((reading) => reading.kind === '');
    const named = (list: typeof readings) => [...new Set(list.map((reading) => reading.kind || 'general'))].join(', ');
    if (pool.length === 0) return { plausible: [...candidates], differ: `the candidates do different things (${named(readings)}) and the request does not say which` };
    if (new Set(pool.map((reading) => reading.kind)).size > 1) return { plausible: pool.map((reading) => reading.model), differ: `the candidates the request may mean do different things (${named(pool)})` };
  }
  const plausible = pool.map((reading) => reading.model);
  const languages = namedLanguages(task);
  if (languages.length === 0) return { plausible, differ: null };
  const covering = plausible.filter((model) => languages.every((code) => coversLanguage(model, code)));
  if (covering.length === 0) return { plausible, differ: `no candidate lists ${languages.map((code) => `"${code}"`).join(' and ')}` };
  return { plausible: covering, differ: null };
}

/** What the user asked, without the quoted material it acts on, plus the task's settings. */
function wordingOf(request: string, task: Task): string {
  const settings = Object.entries(task.args).filter(([name]) => TASK_TYPES[task.task].args[name]?.option);
  return [replaceQuoted(request, [{ open: '"', close: '"' }, { open: '“', close: '”' }], ' '), ...settings.map(([, value]) => value)].join(' ');
}

/** Language codes the task's settings name (target_language, source_language). */
function namedLanguages(task: Task): string[] {
  const spec = TASK_TYPES[task.task];
  return Object.entries(task.args)
    .filter(([name, value]) => spec.args[name]?.option && name.endsWith('language') && parseReference(value) === null)
    .map(([, value]) => value.trim().toLowerCase())
    .filter((value) => /^[a-z]{2,3}$/.test(value));
}
