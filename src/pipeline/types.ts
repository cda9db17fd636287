// The data that flows between the four stages, and the small interfaces the stages depend on.
// Nothing here knows about HTTP.
import type { TaskType, ResourceKind } from '../registry/task-types.js';
import type { EventSink } from './events.js';

/** One node of the task graph: the contract between stages (see DESIGN.md). */
export interface Task {
  id: number;
  task: TaskType;
  /** Ids of the tasks whose output this task needs; `[]` for none. */
  dep: number[];
  /** Text, a resource (URL, data URI, artifact, example path) or `<GENERATED>-k`. */
  args: Record<string, string>;
}

export interface ChatMessage {
  role: 'user' | 'assistant' | 'system';
  content: string;
}

export type Provider = 'huggingface' | 'local';

/** A model of the registry, as shown to the controller and returned by `GET /models`. */
export interface ModelEntry {
  id: string;
  task: TaskType;
  provider: Provider;
  downloads: number;
  likes: number;
  tags: string[];
  languages: string[];
  license: string | null;
  description: string;
}

export interface ModelStatus {
  available: boolean;
  /** Why the model cannot run now (missing command, no token, wrong inference mode). */
  reason?: string;
}

export interface Selection {
  id: number;
  task: TaskType;
  model: string;
  provider: Provider;
  reason: string;
  /** Who chose: the controller, the ranking (SELECT_MODE), the single-candidate shortcut, a fallback, or the caller. */
  source: 'controller' | 'ranking' | 'single-candidate' | 'fallback' | 'request';
  /** The ranked candidates that were considered, best first; execution falls back along them. */
  candidates: string[];
}

/** A stored file produced by (or uploaded for) a task. */
export interface ArtifactRef {
  artifact: string;
  url: string;
  mime: string;
}

/** A task's output, by kind, so `<GENERATED>-k` can take what it needs. */
export interface TaskOutput {
  text?: string;
  image?: ArtifactRef;
  audio?: ArtifactRef;
  video?: ArtifactRef;
  /** The model's structured output (labels, boxes, scores…), for clients. */
  data?: unknown;
}

export interface TaskError {
  code: string;
  message: string;
}

export interface Attempt {
  model: string;
  provider: Provider;
  ok: boolean;
  error?: TaskError;
  startedAt: string;
  durationMs: number;
  /** The output of an identical earlier call was reused (expert-cache.ts): no model ran. */
  cached?: boolean;
}

export interface TaskResult {
  id: number;
  task: TaskType;
  status: 'succeeded' | 'failed' | 'skipped';
  model: string | null;
  provider: Provider | null;
  output: TaskOutput | null;
  error: TaskError | null;
  attempts: Attempt[];
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
}

/** A stage whose controller call failed and was replaced by its fallback; responses say so. */
export interface Degradation {
  stage: 'select' | 'respond';
  /** The error code of the failure (LLM_ERROR, LLM_TIMEOUT, …). */
  code: string;
  message: string;
}

export interface LlmUsage {
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

/** Per-call context every stage and provider receives. */
export interface CallContext {
  signal?: AbortSignal;
  /** Records LLM usage for the request; the metrics plugin also counts it. */
  usage?: UsageRecorder;
  /** Receives the run's events (plan, selections, task progress, answer pieces): events.ts. */
  events?: EventSink;
  /** Receives the plan's tasks while a streaming planner writes them (streaming-run.ts). */
  planListener?: PlanListener;
}

/** Where a planner that streams hands its tasks as it writes them. */
export interface PlanListener {
  /** One complete task object as written: not yet checked (the run checks it with the tasks before it). */
  task(raw: unknown): void;
  /** Every task given so far is void (the reply was invalid or cut off); a repair round follows. */
  discard(reason: string): void;
}

export interface UsageRecorder {
  record(purpose: LlmPurpose, usage: { promptTokens: number; completionTokens: number }): void;
}

export type LlmPurpose = 'plan' | 'repair' | 'select' | 'respond' | 'expert';

// ---- controller ------------------------------------------------------------------------------

export interface PlanRequest {
  /** The user's latest message. */
  request: string;
  /** The chat so far, oldest first, without the latest message. */
  history: ChatMessage[];
}

export interface PlanDraft {
  tasks: Task[];
  /** Why the plan is empty, or notes on how it was made. */
  explanation?: string;
  /** How sure the controller is of the plan, in [0, 1] (the rule-based planner gives one). */
  confidence?: number;
}

export interface ChooseRequest {
  request: string;
  /** Only tasks with more than one candidate; candidates ranked best first. */
  tasks: Array<{ task: Task; candidates: ModelEntry[] }>;
}

export interface ModelChoice {
  id: number;
  model: string;
  reason: string;
}

export interface RespondRequest {
  request: string;
  history: ChatMessage[];
  tasks: Task[];
  selections: Selection[];
  results: TaskResult[];
  /** Set when planning produced no tasks: why. */
  explanation?: string;
}

/** Plans, chooses models and writes the answer: an LLM, or the built-in rules. */
export interface Controller {
  readonly name: string;
  plan(input: PlanRequest, context: CallContext): Promise<PlanDraft>;
  chooseModels(input: ChooseRequest, context: CallContext): Promise<ModelChoice[]>;
  respond(input: RespondRequest, context: CallContext): Promise<string>;
  /** Text tasks this controller does itself, in its answer, when one of them is the whole plan (DIRECT_ANSWER). */
  readonly answersItself?: readonly TaskType[];
}

// ---- experts ---------------------------------------------------------------------------------

/** Bytes of an image, audio or video, loaded for an expert. */
export interface Media {
  kind: Exclude<ResourceKind, 'text'>;
  bytes: Uint8Array;
  mime: string;
}

/** Arguments with resources loaded: text stays a string, media become bytes. */
export type ResolvedArgs = Record<string, string | Media>;

export interface ExpertCall {
  task: TaskType;
  model: string;
  args: ResolvedArgs;
}

/** What an expert returns; media are stored as artifacts by the executor. */
export interface ExpertOutput {
  text?: string;
  data?: unknown;
  image?: Media;
  audio?: Media;
  video?: Media;
}

/** Runs models of one provider. */
export interface ExpertProvider {
  readonly name: Provider;
  /** Models this provider brings to the registry itself (local experts); remote ones come from the catalogue. */
  models(): ModelEntry[];
  status(model: ModelEntry): ModelStatus;
  run(call: ExpertCall, context: CallContext): Promise<ExpertOutput>;
}
