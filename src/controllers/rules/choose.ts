// Model choice without an LLM: the select stage has already ranked the candidates (runnable in the
// current inference mode, local experts first where preferred, then downloads and likes), so the
// first one is the choice; the reason says why it ranks first.
import type { ChooseRequest, ModelChoice, ModelEntry } from '../../pipeline/types.js';

const count = new Intl.NumberFormat('en-US');

export function reasonFor(model: ModelEntry, task: string): string {
  if (model.provider === 'local') return `embedded local expert for ${task}, runs in-process and is preferred in local and hybrid modes`;
  const likes = model.likes > 0 ? `, ${count.format(model.likes)} likes` : '';
  return `top-ranked candidate for ${task} (${count.format(model.downloads)} downloads${likes})`;
}

export function chooseModels(input: ChooseRequest): ModelChoice[] {
  return input.tasks.flatMap(({ task, candidates }) => {
    const best = candidates[0];
    return best ? [{ id: task.id, model: best.id, reason: reasonFor(best, task.task) }] : [];
  });
}
