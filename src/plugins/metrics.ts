// Prometheus metrics, owned here: one registry per app (so tests can build several), bounded
// labels only (stage, route template, error code, purpose, task type, provider, outcome).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LlmCallObserver } from '../controllers/llm/client.js';
import type { PipelineMetrics } from '../pipeline/deps.js';

export interface AppMetrics {
  registry: Registry;
  pipeline: PipelineMetrics;
  observeLlmCall: LlmCallObserver;
}

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
  const degraded = new Counter({
    name: 'hugginggpt_degraded_total',
    help: 'Stages that fell back after a controller failure (select: the ranking, respond: the templated answer), by error code',
    labelNames: ['stage', 'code'],
    registers,
  });
  return {
    registry,
    pipeline: {
      observeStage: (name, seconds, outcome) => stage.observe({ stage: name, outcome }, seconds),
      countExpertCall: (task, provider, outcome) => expertCalls.inc({ task, provider, outcome }),
      countDegraded: (name, code) => degraded.inc({ stage: name, code }),
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
