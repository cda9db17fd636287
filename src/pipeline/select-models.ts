// Stage 2: a model for each task. Candidates come from the registry (runnable in the current
// inference mode, preferred provider first, then health, downloads and likes). A task with one
// candidate needs no choice. For the others SELECT_MODE decides: `rank` takes the ranking adjusted
// by the request's wording (deps.rankModels), `auto` does too unless the candidates really differ
// for this task (select-policy.ts), `llm` always asks; every task that needs the controller is
// decided in ONE call. A choice outside the candidates, or a failed call, falls back to the
// top-ranked one. Callers may impose their own choice per task.
import type { RegisteredModel } from '../registry/registry.js';
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { AppError } from './errors.js';
import type { SelectionEvent } from './events.js';
import { checkPlanText } from './input-limits.js';
import { fallbackFor } from './fallback.js';
import { requireController } from './require-controller.js';
import { readCandidates } from './select-policy.js';
import type { CallContext, Degradation, ModelChoice, Selection, Task } from './types.js';

export interface SelectInput {
  request: string;
  tasks: Task[];
  /** Models the caller imposes, by task id. */
  preferred?: Array<{ id: number; model: string }>;
}

export interface Unassigned {
  id: number;
  task: Task['task'];
  reason: string;
}

export interface SelectOutput {
  selections: Selection[];
  /** Tasks no model can run now; execution reports them as failed. */
  unassigned: Unassigned[];
  /** Set when the controller's selection call failed and the ranking was used instead. */
  degraded?: Degradation[];
}

/** What can be settled for one task without the controller: its model, why it has none, or that the controller must choose. */
export type ModelDecision = { selection: Selection } | { unassigned: Unassigned } | { ask: { task: Task; candidates: RegisteredModel[] } };

export async function selectModels(input: SelectInput, deps: PipelineDeps, context: CallContext): Promise<SelectOutput> {
  checkPlanText(input.request, input.tasks, deps.settings.inputLimits);
  return timed(deps, 'select', async () => {
    const preferred = new Map((input.preferred ?? []).map((entry) => [entry.id, entry.model]));
    const selections: Selection[] = [];
    const unassigned: Unassigned[] = [];
    const asks: Array<{ task: Task; candidates: RegisteredModel[] }> = [];
    for (const task of input.tasks) {
      const decision = decideModel(input.request, task, deps, preferred.get(task.id));
      if ('selection' in decision) selections.push(decision.selection);
      else if ('unassigned' in decision) unassigned.push(decision.unassigned);
      else asks.push(decision.ask);
    }
    const chosen = asks.length > 0 ? await chooseWithController(input.request, asks, deps, context) : { selections: [] };
    selections.push(...chosen.selections);
    selections.sort((a, b) => a.id - b.id);
    if (context.events) for (const task of input.tasks) context.events.emit(selectionEvent(task, selections, unassigned));
    return { selections, unassigned, ...(chosen.degraded ? { degraded: [chosen.degraded] } : {}) };
  });
}

export function decideModel(request: string, task: Task, deps: PipelineDeps, imposed?: string): ModelDecision {
  const ranked = deps.registry.candidates(task.task);
  if (imposed !== undefined) return { selection: imposedSelection(task, imposed, ranked, deps) };
  if (ranked.length === 0) return { unassigned: { id: task.id, task: task.task, reason: noCandidateReason(task, deps) } };
  if (ranked.length === 1) return { selection: selection(task, ranked[0]!, ranked, 'single-candidate', 'the only model that can run this task now') };
  const mode = deps.settings.selectMode ?? 'llm';
  if (!deps.rankModels || mode === 'llm') return { ask: { task, candidates: ranked } };
  const shown = ranked.slice(0, deps.settings.candidateModels);
  const { plausible, differ } = readCandidates(request, task, shown);
  if (mode === 'auto' && differ) return { ask: { task, candidates: ranked } };
  const [choice] = deps.rankModels({ request, tasks: [{ task, candidates: plausible }] });
  const chosen = plausible.find((model) => model.id === choice?.model) ?? plausible[0]!;
  return { selection: selection(task, chosen, ranked, 'ranking', choice?.reason || 'the top-ranked candidate') };
}

/** One controller call for every task in `asks`; the ranking where it fails or answers outside the candidates. */
export async function chooseWithController(
  request: string,
  asks: Array<{ task: Task; candidates: RegisteredModel[] }>,
  deps: PipelineDeps,
  context: CallContext,
): Promise<{ selections: Selection[]; degraded?: Degradation }> {
  const k = deps.settings.candidateModels;
  const shown = asks.map(({ task, candidates }) => ({ task, candidates: candidates.slice(0, k) }));
  // No controller at all is a configuration error (503), not a fault to fall back from.
  const controller = requireController(deps);
  let choices: ModelChoice[];
  try {
    choices = await controller.chooseModels({ request, tasks: shown }, context);
  } catch (error) {
    // The ranking is a fine choice: a failed selection call must not fail the request.
    const degraded = fallbackFor('select', error, context, deps);
    const why = `the controller's selection call failed (${degraded.code}: ${degraded.message}); took the top-ranked candidate`;
    return { selections: asks.map(({ task, candidates }) => selection(task, candidates[0]!, candidates, 'fallback', why)), degraded };
  }
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  const selections = asks.map(({ task, candidates }, index) => {
    const choice = byId.get(task.id);
    const chosen = choice && shown[index]!.candidates.find((model) => model.id === choice.model);
    if (chosen) return selection(task, chosen, candidates, 'controller', choice.reason || 'chosen by the controller');
    const why = choice ? `the controller chose "${choice.model}", which is not a candidate` : 'the controller made no valid choice';
    return selection(task, candidates[0]!, candidates, 'fallback', `${why}; took the top-ranked candidate`);
  });
  return { selections };
}

/** The `selection` event of one task: its model, or why it has none. */
export function selectionEvent(task: Task, selections: Selection[], unassigned: Unassigned[]): SelectionEvent {
  const chosen = selections.find((entry) => entry.id === task.id);
  if (chosen) return { type: 'selection', ...chosen };
  const reason = unassigned.find((entry) => entry.id === task.id)?.reason ?? 'no model';
  return { type: 'selection', id: task.id, task: task.task, model: null, provider: null, reason, source: 'unassigned', candidates: [] };
}

function imposedSelection(task: Task, modelId: string, ranked: RegisteredModel[], deps: PipelineDeps): Selection {
  const model = deps.registry.find(task.task, modelId);
  if (!model) {
    throw new AppError('INVALID_SELECTION', `Task ${task.id}: "${modelId}" is not a ${task.task} model of the registry (see GET /models?task=${task.task}).`);
  }
  if (!model.status.available) {
    throw new AppError('INVALID_SELECTION', `Task ${task.id}: model "${modelId}" cannot run now: ${model.status.reason ?? 'unavailable'}.`);
  }
  const rest = ranked.filter((candidate) => candidate.id !== model.id);
  return selection(task, model, [model, ...rest], 'request', 'chosen by the caller');
}

function selection(task: Task, model: RegisteredModel, ranked: RegisteredModel[], source: Selection['source'], reason: string): Selection {
  const candidates = [model.id, ...ranked.filter((candidate) => candidate.id !== model.id).map((candidate) => candidate.id)];
  return { id: task.id, task: task.task, model: model.id, provider: model.provider, reason, source, candidates };
}

function noCandidateReason(task: Task, deps: PipelineDeps): string {
  const all = deps.registry.models(task.task);
  if (all.length === 0) return `the registry has no model for ${task.task}`;
  const reasons = [...new Set(all.map((model) => model.status.reason).filter(Boolean))];
  return `no ${task.task} model can run now: ${reasons.join('; ')}`;
}
