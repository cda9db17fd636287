// What the stages need, passed in rather than imported: tests hand in fakes, the app plugin the
// real thing. Nothing here knows about HTTP.
import type { ArtifactStore } from '../artifacts/store.js';
import type { Registry } from '../registry/registry.js';
import type { Gate } from './concurrency.js';
import type { InputLimits } from './input-limits.js';
import type { ResourceLoader } from '../resources/load-resource.js';
import type { Cache } from './cache.js';
import type { SelectMode } from './select-policy.js';
import type { ChooseRequest, Controller, ModelChoice, PlanDraft, Provider, RespondRequest, TaskOutput } from './types.js';

export type Stage = 'plan' | 'select' | 'execute' | 'respond';

export interface PipelineMetrics {
  observeStage(stage: Stage, seconds: number, outcome: 'ok' | 'error'): void;
  countExpertCall(task: string, provider: Provider, outcome: 'ok' | 'error' | 'timeout'): void;
  /** A stage fell back (selection to the ranking, the answer to the template) after a controller failure. */
  countDegraded?(stage: 'select' | 'respond', code: string): void;
  /** A plan or expert cache was asked (cache.ts). */
  countCache?(cache: 'plan' | 'expert', outcome: 'hit' | 'miss'): void;
}

export interface PipelineLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  debug(object: object, message?: string): void;
}

export interface ExecutionSettings {
  candidateModels: number;
  maxTasks: number;
  concurrency: number;
  taskTimeoutMs: number;
  modelRetries: number;
  maxModelsPerTask: number;
  retryBaseDelayMs: number;
  /** Caps on request and conversation size; none when absent. */
  inputLimits?: InputLimits;
  /** How models are chosen (SELECT_MODE); absent: `llm`, the controller for every task with several candidates. */
  selectMode?: SelectMode;
}

/** A plan as cached: the validated tasks and the controller that made them. */
export type CachedPlan = PlanDraft & { controller: string };

/** A successful expert call as cached: the model that made the output, and the output (files stored). */
export interface CachedOutput {
  model: string;
  output: TaskOutput;
}

export interface PipelineDeps {
  /** Null when no controller can run (CONTROLLER=llm without an LLM configured). */
  controller: Controller | null;
  /** Why `controller` is null, for the 503 message. */
  controllerUnavailableReason?: string;
  registry: Registry;
  artifacts: ArtifactStore;
  resources: ResourceLoader;
  metrics: PipelineMetrics;
  logger: PipelineLogger;
  settings: ExecutionSettings;
  /** Process-wide concurrency per provider, shared by every request; none: unlimited. */
  gates?: Partial<Record<Provider, Gate>>;
  /** Injected so tests can make backoff instant. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The answer written from the results alone, when the controller's answer call fails. */
  fallbackAnswer?: (input: RespondRequest) => string;
  /** The ranking adjusted by the request's wording, without any call (SELECT_MODE rank and auto). */
  rankModels?: (input: ChooseRequest) => ModelChoice[];
  /** Plans by conversation (PLAN_CACHE_TTL) and outputs of deterministic expert calls (EXPERT_CACHE_SIZE); none when absent. */
  caches?: { plans?: Cache<CachedPlan>; experts?: Cache<CachedOutput> };
}

export const noopMetrics: PipelineMetrics = { observeStage: () => {}, countExpertCall: () => {} };

/** Runs a stage and records its latency and outcome. */
export async function timed<T>(deps: PipelineDeps, stage: Stage, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await run();
    deps.metrics.observeStage(stage, (performance.now() - started) / 1000, 'ok');
    return result;
  } catch (error) {
    deps.metrics.observeStage(stage, (performance.now() - started) / 1000, 'error');
    throw error;
  }
}
