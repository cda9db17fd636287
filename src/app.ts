// buildApp(config, overrides): plugins and routes, never listens (src/server.ts does).
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import accessPlugin from './plugins/access.js';
import admissionPlugin from './plugins/admission.js';
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
import openAiChatRoute from './routes/openai-chat.js';
import openAiModelsRoute from './routes/openai-models.js';
import planRoute from './routes/plan.js';
import playgroundRoute from './routes/playground.js';
import { EVENT_SCHEMAS } from './routes/event-schemas.js';
import { SHARED_SCHEMAS } from './routes/schemas.js';
import selectRoute from './routes/select.js';
import { createScrubber, secretValues, type Scrubber } from './secrets.js';

export interface AppOverrides extends PipelineOverrides {
  /** A pino logger; by default the app does not log (tests). */
  logger?: Logger;
  /** Scrubs secrets from error messages and response bodies (default: from the config's secret values). */
  scrub?: Scrubber;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Scrubs secret values and credential shapes; `app.scrub.add()` registers keys loaded later. */
    scrub: Scrubber;
  }
}

export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<FastifyInstance> {
  const { logger, scrub = createScrubber(secretValues(config)), ...pipelineOverrides } = overrides;
  const app = Fastify({
    ...(logger ? { loggerInstance: logger as FastifyBaseLogger } : { logger: false }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestIdHeader: 'x-request-id',
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { allErrors: true } },
    ...serverTimeouts(config),
    // The client IP (rate limits) is taken from X-Forwarded-For across that many proxies.
    trustProxy: (_address: string, hop: number) => hop < config.TRUST_PROXY,
    // Requests arriving while the app closes are refused by the admission plugin, with a code.
    return503OnClosing: false,
  }).setValidatorCompiler(TypeBoxValidatorCompiler);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Last line of defence: no JSON body leaves with a secret in it (task errors quote upstreams).
  app.decorate('scrub', scrub);
  app.addHook('onSend', async (_request, reply, payload) => {
    if (typeof payload !== 'string' || !String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
    return scrub(payload);
  });
  for (const schema of [...SHARED_SCHEMAS, ...EVENT_SCHEMAS]) app.addSchema(schema);
  // The API speaks JSON (and raw media on POST /artifacts): a text body is a 415, not a string.
  app.removeContentTypeParser('text/plain');

  await app.register(errorHandler);
  await app.register(metricsPlugin, { metrics: createMetrics() });
  // The pipeline's start-up work (catalogue, tokenizer) blocks the event loop for a moment: done
  // before the pressure monitor starts, so its first sample does not shed every request after boot.
  await app.register(pipelinePlugin, { config, overrides: pipelineOverrides });
  // Before anything that declares routes: their hooks (keys, rate limit, in-flight cap) cover every route.
  await app.register(accessPlugin, { config });
  await app.register(admissionPlugin, { config });
  await app.register(swaggerPlugin);

  for (const route of [planRoute, selectRoute, executeRoute, chatRoute, modelsRoute, artifactsRoute, examplesRoute, healthRoute, openAiChatRoute, openAiModelsRoute, playgroundRoute]) {
    await app.register(route);
  }
  return app;
}

/**
 * Node's server timeouts: a client has HTTP_REQUEST_TIMEOUT_MS to send its request (slow-loris
 * protection); idle keep-alive sockets close after HTTP_KEEP_ALIVE_TIMEOUT_MS; a socket with no
 * traffic at all is cut only well after REQUEST_TIMEOUT_MS, because a pipeline may be silent that
 * long before it answers (streams send heartbeats, so they never count as idle).
 */
export function serverTimeouts(config: Config) {
  const requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  return {
    requestTimeout,
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeout: config.REQUEST_TIMEOUT_MS + 60_000,
    // Node checks these timeouts every connectionsCheckingInterval (30 s by default): check often
    // enough that the limit means what it says.
    http: {
      requestTimeout,
      headersTimeout: Math.min(60_000, requestTimeout),
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.round(requestTimeout / 4))),
    },
  };
}
