// Prometheus metrics, owned here: one registry per app (so tests can build several), bounded
// labels only (stage, route template, error code, purpose, task type, provider, outcome).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LlmCallObserver } from '../controllers/llm/client.js';
import { OFFLOAD_OUTCOMES, type OffloadOutcome } from '../controllers/rules/offload.js';
import type { PipelineMetrics } from '../pipeline/deps.js';
import type { Provider } from '../pipeline/types.js';
import type { BreakerState } from '../registry/health.js';

/** Why a request was refused before any work: the in-flight cap, event-loop or heap pressure, a rate limit, shutdown. */
export const SHED_REASONS = ['inflight', 'pressure', 'rate_limit', 'shutdown'] as const;
export type ShedReason = (typeof SHED_REASONS)[number];

export interface OperationsMetrics {
  setPipelinesInFlight(count: number): void;
  countShed(reason: ShedReason): void;
  setArtifactUsage(usage: { bytes: number; files: number }): void;
}

export interface AppMetrics {
  registry: Registry;
  pipeline: PipelineMetrics;
  observeLlmCall: LlmCallObserver;
  breakers: {
    transition(provider: Provider, to: BreakerState): void;
    /** Where the open-breakers gauge reads its value at each scrape. */
    watch(openCount: (provider: Provider) => number): void;
  };
  /** Where the expert-slots gauge reads the provider gates (REMOTE_CONCURRENCY, LOCAL_CONCURRENCY) at each scrape. */
  watchSlots(slots: (provider: Provider) => { busy: number; queued: number }): void;
  operations: OperationsMetrics;
  /** A request the rule-based planner planned in a worker thread (PLAN_OFFLOAD_BYTES), by how it ended. */
  countOffloadedPlan(outcome: OffloadOutcome): void;
}

const PROVIDERS: readonly Provider[] = ['huggingface', 'local'];
const BREAKER_STATES: readonly BreakerState[] = ['open', 'half_open', 'closed'];

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics;
  }
}

export function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const stage = new Histogram({
    name: 'hugginggpt_stage_duration_seconds',
    help: 'Latency of each pipeline stage (plan, select, execute, respond)',
    labelNames: ['stage', 'outcome'],
    buckets: [0.001, 0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers,
  });
  const expertCalls = new Counter({
    name: 'hugginggpt_expert_calls_total',
    help: 'Expert model calls by task type, provider and outcome',
    labelNames: ['task', 'provider', 'outcome'],
    registers,
  });
  const llmCalls = new Counter({ name: 'hugginggpt_llm_calls_total', help: 'LLM calls by purpose and outcome', labelNames: ['purpose', 'outcome'], registers });
  const llmTokens = new Counter({ name: 'hugginggpt_llm_tokens_total', help: 'LLM tokens by purpose and type (prompt, completion)', labelNames: ['purpose', 'type'], registers });
  const breakerTransitions = new Counter({
    name: 'hugginggpt_breaker_transitions_total',
    help: 'Circuit breaker transitions of expert models by provider and new state (open, half_open, closed)',
    labelNames: ['provider', 'to'],
    registers,
  });
  // Every series exists from the start, so dashboards and rate() see zeros rather than nothing.
  for (const provider of PROVIDERS) for (const to of BREAKER_STATES) breakerTransitions.inc({ provider, to }, 0);
  let openCount: (provider: Provider) => number = () => 0;
  let slots: (provider: Provider) => { busy: number; queued: number } = () => ({ busy: 0, queued: 0 });
  new Gauge({
    name: 'hugginggpt_expert_slots',
    help: 'Expert calls holding a slot of their provider (busy) or waiting for one (queued)',
    labelNames: ['provider', 'state'],
    registers,
    collect() {
      for (const provider of PROVIDERS) for (const [state, value] of Object.entries(slots(provider))) this.set({ provider, state }, value);
    },
  });
  new Gauge({
    name: 'hugginggpt_breakers_open',
    help: 'Expert models whose circuit breaker is open (calls refused) by provider',
    labelNames: ['provider'],
    registers,
    collect() {
      for (const provider of PROVIDERS) this.set({ provider }, openCount(provider));
    },
  });
  const inFlight = new Gauge({ name: 'hugginggpt_pipelines_in_flight', help: 'Pipeline requests (/plan, /select, /execute, /chat, …) running now', registers });
  const shed = new Counter({
    name: 'hugginggpt_shed_requests_total',
    help: 'Requests refused before any work, by reason (inflight, pressure, rate_limit, shutdown)',
    labelNames: ['reason'],
    registers,
  });
  // Every reason is exported from the start (at 0), so dashboards and alerts see a series.
  for (const reason of SHED_REASONS) shed.inc({ reason }, 0);
  const artifactBytes = new Gauge({ name: 'hugginggpt_artifact_bytes', help: 'Bytes held in the artifacts folder', registers });
  const artifactFiles = new Gauge({ name: 'hugginggpt_artifact_files', help: 'Files held in the artifacts folder', registers });
  const cacheRequests = new Counter({
    name: 'hugginggpt_cache_requests_total',
    help: 'Lookups of the plan cache (PLAN_CACHE_TTL) and the expert output cache (EXPERT_CACHE_SIZE) by outcome (hit, miss)',
    labelNames: ['cache', 'outcome'],
    registers,
  });
  for (const cache of ['plan', 'expert']) for (const outcome of ['hit', 'miss']) cacheRequests.inc({ cache, outcome }, 0);
  const degraded = new Counter({
    name: 'hugginggpt_degraded_total',
    help: 'Stages that fell back after a controller failure (select: the ranking, respond: the templated answer), by error code',
    labelNames: ['stage', 'code'],
    registers,
  });
  const offloaded = new Counter({
    name: 'hugginggpt_offloaded_plans_total',
    help: 'Requests the rule-based planner planned in a worker thread (larger than PLAN_OFFLOAD_BYTES), by outcome (planned, failed, timeout, crashed, refused: queue full)',
    labelNames: ['outcome'],
    registers,
  });
  for (const outcome of OFFLOAD_OUTCOMES) offloaded.inc({ outcome }, 0);
  return {
    registry,
    countOffloadedPlan: (outcome) => offloaded.inc({ outcome }),
    operations: {
      setPipelinesInFlight: (count) => inFlight.set(count),
      countShed: (reason) => shed.inc({ reason }),
      setArtifactUsage: ({ bytes, files }) => {
        artifactBytes.set(bytes);
        artifactFiles.set(files);
      },
    },
    pipeline: {
      observeStage: (name, seconds, outcome) => stage.observe({ stage: name, outcome }, seconds),
      countExpertCall: (task, provider, outcome) => expertCalls.inc({ task, provider, outcome }),
      countDegraded: (name, code) => degraded.inc({ stage: name, code }),
      countCache: (cache, outcome) => cacheRequests.inc({ cache, outcome }),
    },
    breakers: {
      transition: (provider, to) => breakerTransitions.inc({ provider, to }),
      watch: (source) => {
        openCount = source;
      },
    },
    watchSlots: (source) => {
      slots = source;
    },
    observeLlmCall: ({ purpose, outcome, reply }) => {
      llmCalls.inc({ purpose, outcome });
      if (reply) {
        llmTokens.inc({ purpose, type: 'prompt' }, reply.promptTokens);
        llmTokens.inc({ purpose, type: 'completion' }, reply.completionTokens);
      }
    },
  };
}

export default fp(async function metricsPlugin(app: FastifyInstance, options: { metrics: AppMetrics }) {
  const { metrics } = options;
  const registers = [metrics.registry];
  const httpDuration = new Histogram({
    name: 'hugginggpt_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers,
  });
  const failures = new Counter({
    name: 'hugginggpt_http_failures_total',
    help: 'Failed HTTP requests (status >= 400) by route template and error code',
    labelNames: ['route', 'code'],
    registers,
  });
  app.decorate('metrics', metrics);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpDuration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    if (reply.statusCode >= 400) failures.inc({ route, code: reply.errorCode ?? `HTTP_${reply.statusCode}` });
  });
});
