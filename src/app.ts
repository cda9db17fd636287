// buildApp(config, overrides): plugins and routes, never listens (src/server.ts does).
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import errorHandler from './plugins/error-handler.js';
import metricsPlugin, { createMetrics } from './plugins/metrics.js';
import pipelinePlugin, { type PipelineOverrides } from './plugins/pipeline.js';
import swaggerPlugin from './plugins/swagger.js';
import artifactsRoute from './routes/artifacts.js';
import chatRoute from './routes/chat.js';
import examplesRoute from './routes/examples.js';
import executeRoute from './routes/execute.js';
import healthRoute from './routes/health.js';
import modelsRoute from './routes/models.js';
import planRoute from './routes/plan.js';
import playgroundRoute from './routes/playground.js';
import { EVENT_SCHEMAS } from './routes/event-schemas.js';
import { SHARED_SCHEMAS } from './routes/schemas.js';
import selectRoute from './routes/select.js';

export interface AppOverrides extends PipelineOverrides {
  /** A pino logger; by default the app does not log (tests). */
  logger?: Logger;
}

export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<FastifyInstance> {
  const { logger, ...pipelineOverrides } = overrides;
  const app = Fastify({
    ...(logger ? { loggerInstance: logger as FastifyBaseLogger } : { logger: false }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestIdHeader: 'x-request-id',
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { allErrors: true } },
  }).setValidatorCompiler(TypeBoxValidatorCompiler);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  for (const schema of [...SHARED_SCHEMAS, ...EVENT_SCHEMAS]) app.addSchema(schema);
  // The API speaks JSON (and raw media on POST /artifacts): a text body is a 415, not a string.
  app.removeContentTypeParser('text/plain');

  await app.register(errorHandler);
  await app.register(metricsPlugin, { metrics: createMetrics() });
  await app.register(swaggerPlugin);
  await app.register(pipelinePlugin, { config, overrides: pipelineOverrides });

  for (const route of [planRoute, selectRoute, executeRoute, chatRoute, modelsRoute, artifactsRoute, examplesRoute, healthRoute, playgroundRoute]) {
    await app.register(route);
  }
  return app;
}
