// The model registry: the catalogue plus the local experts, each with its current status, and
// the inference mode deciding which of them may run and in which order they are preferred.
import type { Config } from '../config.js';
import type { ExpertProvider, ModelEntry, ModelStatus, Provider } from '../pipeline/types.js';
import { compareByRank } from './catalog.js';
import { DEFAULT_HEALTH_OPTIONS, createHealthStore, healthTier, type HealthStore, type ModelHealth } from './health.js';
import type { TaskType } from './task-types.js';

export type InferenceMode = Config['INFERENCE_MODE'];

export interface RegisteredModel extends ModelEntry {
  status: ModelStatus;
  health: ModelHealth;
}

export interface Registry {
  readonly mode: InferenceMode;
  /** Every model of a task (or all), with its status, best first. */
  models(task?: TaskType): RegisteredModel[];
  /**
   * Models that can run now for a task, in order of preference: provider (local first unless mode
   * is huggingface), then health (healthy, degraded, half-open, open), then downloads and likes.
   */
  candidates(task: TaskType): RegisteredModel[];
  /** A selection's candidates for the executor: the chosen model first, then the fallbacks, healthiest first. */
  fallbackOrder(task: TaskType, ids: string[]): string[];
  /** Success rates, latencies and circuit breakers of the models. */
  readonly health: HealthStore;
  find(task: TaskType, id: string): RegisteredModel | undefined;
  provider(name: Provider): ExpertProvider | undefined;
}

const MODE_ALLOWS: Record<InferenceMode, readonly Provider[]> = {
  local: ['local'],
  huggingface: ['huggingface'],
  hybrid: ['local', 'huggingface'],
};

export function createRegistry(options: { mode: InferenceMode; catalogue: ModelEntry[]; providers: ExpertProvider[]; health?: HealthStore }): Registry {
  const health = options.health ?? createHealthStore(DEFAULT_HEALTH_OPTIONS);
  const providers = new Map(options.providers.map((provider) => [provider.name, provider]));
  const entries = [...options.catalogue, ...options.providers.flatMap((provider) => provider.models())];
  const byTask = new Map<TaskType, ModelEntry[]>();
  for (const entry of entries) byTask.set(entry.task, [...(byTask.get(entry.task) ?? []), entry]);
  for (const list of byTask.values()) list.sort(compareByRank);
  const allowed = MODE_ALLOWS[options.mode];

  const statusOf = (model: ModelEntry): ModelStatus => {
    if (!allowed.includes(model.provider)) {
      return { available: false, reason: `INFERENCE_MODE=${options.mode} does not run ${model.provider} models` };
    }
    const provider = providers.get(model.provider);
    if (!provider) return { available: false, reason: `no ${model.provider} provider is configured` };
    return provider.status(model);
  };
  const withStatus = (model: ModelEntry): RegisteredModel => ({ ...model, status: statusOf(model), health: health.view(model) });
  const preference = (model: ModelEntry): number => allowed.indexOf(model.provider);
  const better = (a: RegisteredModel, b: RegisteredModel): number =>
    preference(a) - preference(b) || healthTier(a.health) - healthTier(b.health) || compareByRank(a, b);
  const find = (task: TaskType, id: string): RegisteredModel | undefined => {
    const model = byTask.get(task)?.find((entry) => entry.id === id);
    return model ? withStatus(model) : undefined;
  };

  return {
    mode: options.mode,
    models: (task) => (task ? (byTask.get(task) ?? []) : [...byTask.values()].flat()).map(withStatus),
    candidates: (task) =>
      (byTask.get(task) ?? [])
        .map(withStatus)
        .filter((model) => model.status.available)
        .sort(better),
    fallbackOrder: (task, ids) => {
      const [chosen, ...rest] = ids;
      // Ids the registry does not know cannot run and are dropped. A stable sort by health alone:
      // within a tier the selection's order (already ranked) stands.
      const fallbacks = rest.map((id) => find(task, id)).filter((model) => model !== undefined);
      fallbacks.sort((a, b) => healthTier(a.health) - healthTier(b.health));
      return [...(chosen === undefined ? [] : [chosen]), ...fallbacks.map((model) => model.id)];
    },
    find,
    provider: (name) => providers.get(name),
    health,
  };
}
