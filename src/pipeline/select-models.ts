// Stage 2: a model for each task. Candidates come from the registry (runnable in the current
// inference mode, preferred provider first, then downloads and likes). A task with one candidate
// needs no controller; all the others are decided in ONE controller call. A choice outside the
// candidates falls back to the top-ranked one. Callers may impose their own choice per task.
import type { RegisteredModel } from '../registry/registry.js';
import type { PipelineDeps } from './deps.js';
import { timed } from './deps.js';
import { AppError } from './errors.js';
import { checkPlanText } from './input-limits.js';
import { fallbackFor } from './fallback.js';
import { requireController } from './require-controller.js';
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

export async function selectModels(input: SelectInput, deps: PipelineDeps, context: CallContext): Promise<SelectOutput> {
  checkPlanText(input.request, input.tasks, deps.settings.inputLimits);
  return timed(deps, 'select', async () => {
    const preferred = new Map((input.preferred ?? []).map((entry) => [entry.id, entry.model]));
    const selections: Selection[] = [];
    const unassigned: Unassigned[] = [];
    const toChoose: Array<{ task: Task; candidates: RegisteredModel[] }> = [];

    for (const task of input.tasks) {
      const ranked = deps.registry.candidates(task.task);
      const imposed = preferred.get(task.id);
      if (imposed !== undefined) {
        selections.push(imposedSelection(task, imposed, ranked, deps));
      } else if (ranked.length === 0) {
        unassigned.push({ id: task.id, task: task.task, reason: noCandidateReason(task, deps) });
      } else if (ranked.length === 1) {
        selections.push(selection(task, ranked[0]!, ranked, 'single-candidate', 'the only model that can run this task now'));
      } else {
        toChoose.push({ task, candidates: ranked });
      }
    }
    const chosen = toChoose.length > 0 ? await chooseAll(input.request, toChoose, deps, context) : { selections: [] };
    selections.push(...chosen.selections);
    selections.sort((a, b) => a.id - b.id);
    emitSelections(input.tasks, selections, unassigned, context);
    return { selections, unassigned, ...(chosen.degraded ? { degraded: [chosen.degraded] } : {}) };
  });
}

async function chooseAll(
  request: string,
  toChoose: Array<{ task: Task; candidates: RegisteredModel[] }>,
  deps: PipelineDeps,
  context: CallContext,
): Promise<{ selections: Selection[]; degraded?: Degradation }> {
  const k = deps.settings.candidateModels;
  const shown = toChoose.map(({ task, candidates }) => ({ task, candidates: candidates.slice(0, k) }));
  // No controller at all is a configuration error (503), not a fault to fall back from.
  const controller = requireController(deps);
  let choices: ModelChoice[];
  try {
    choices = await controller.chooseModels({ request, tasks: shown }, context);
  } catch (error) {
    // The ranking is a fine choice: a failed selection call must not fail the request.
    const degraded = fallbackFor('select', error, context, deps);
    const why = `the controller's selection call failed (${degraded.code}: ${degraded.message}); took the top-ranked candidate`;
    return { selections: toChoose.map(({ task, candidates }) => selection(task, candidates[0]!, candidates, 'fallback', why)), degraded };
  }
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  const selections = toChoose.map(({ task, candidates }, index) => {
    const choice = byId.get(task.id);
    const chosen = choice && shown[index]!.candidates.find((model) => model.id === choice.model);
    if (chosen) return selection(task, chosen, candidates, 'controller', choice.reason || 'chosen by the controller');
    const why = choice ? `the controller chose "${choice.model}", which is not a candidate` : 'the controller made no valid choice';
    return selection(task, candidates[0]!, candidates, 'fallback', `${why}; took the top-ranked candidate`);
  });
  return { selections };
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

/** One `selection` event per task, in task order. */
function emitSelections(tasks: Task[], selections: Selection[], unassigned: Unassigned[], context: CallContext): void {
  if (!context.events) return;
  const chosen = new Map(selections.map((entry) => [entry.id, entry]));
  const missing = new Map(unassigned.map((entry) => [entry.id, entry]));
  for (const task of tasks) {
    const selection = chosen.get(task.id);
    if (selection) context.events.emit({ type: 'selection', ...selection });
    else context.events.emit({ type: 'selection', id: task.id, task: task.task, model: null, provider: null, reason: missing.get(task.id)?.reason ?? 'no model', source: 'unassigned', candidates: [] });
  }
}

function noCandidateReason(task: Task, deps: PipelineDeps): string {
  const all = deps.registry.models(task.task);
  if (all.length === 0) return `the registry has no model for ${task.task}`;
  const reasons = [...new Set(all.map((model) => model.status.reason).filter(Boolean))];
  return `no ${task.task} model can run now: ${reasons.join('; ')}`;
}
