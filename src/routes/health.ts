import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access, constants, mkdir } from 'node:fs/promises';
import { Type } from 'typebox';

const Readiness = Type.Object({
  status: Type.Enum(['ready', 'not-ready']),
  controller: Type.Union([Type.String(), Type.Null()]),
  inferenceMode: Type.String(),
  runnableModels: Type.Object({ local: Type.Integer(), huggingface: Type.Integer() }),
  problems: Type.Array(Type.String()),
});

const healthRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'health',
        summary: 'Liveness: the process answers',
        tags: ['operations'],
        security: [],
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'ready',
        summary: 'Readiness: a controller is available and artifacts can be written',
        tags: ['operations'],
        security: [],
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const { pipeline, config } = app;
      const problems: string[] = [];
      if (app.lifecycle.phase !== 'running') problems.push('the service is shutting down');
      if (!pipeline.controller) problems.push(pipeline.controllerUnavailableReason ?? 'no controller');
      try {
        await mkdir(config.ARTIFACTS_DIR, { recursive: true });
        await access(config.ARTIFACTS_DIR, constants.W_OK);
      } catch {
        problems.push(`ARTIFACTS_DIR ${config.ARTIFACTS_DIR} is not writable`);
      }
      const runnable = pipeline.registry.models().filter((model) => model.status.available);
      const body = {
        status: problems.length ? ('not-ready' as const) : ('ready' as const),
        controller: pipeline.controller?.name ?? null,
        inferenceMode: pipeline.registry.mode,
        runnableModels: {
          local: runnable.filter((model) => model.provider === 'local').length,
          huggingface: runnable.filter((model) => model.provider === 'huggingface').length,
        },
        problems,
      };
      return reply.status(problems.length ? 503 : 200).send(body);
    },
  );

  // With METRICS_PORT the metrics are served on their own port (src/metrics-server.ts) only.
  if (app.config.METRICS_PORT !== undefined) return;
  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'metrics',
        summary: 'Prometheus metrics',
        tags: ['operations'],
        security: [],
        response: { 200: Type.String({ description: 'Prometheus text exposition format' }) },
      },
    },
    async (_request, reply) => reply.type(app.metrics.registry.contentType).send(await app.metrics.registry.metrics()),
  );
};

export default healthRoute;
