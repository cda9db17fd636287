// The only place that reads process.env and listens. On SIGTERM/SIGINT it shuts down in phases
// (src/guard/shutdown.ts): /readyz turns 503 for SHUTDOWN_DRAIN_MS, then the listener closes and
// in-flight requests get SHUTDOWN_GRACE_MS to finish; what is left is answered 503 SHUTTING_DOWN.
import { once } from 'node:events';
import { buildApp } from './app.js';
import { ConfigError, llmConfigured, loadConfig } from './config.js';
import { shutDown } from './guard/shutdown.js';
import { createLogger } from './logger.js';
import { createMetricsServer } from './metrics-server.js';
import { shutdownTarget } from './plugins/admission.js';
import { createScrubber, secretValues } from './secrets.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const scrub = createScrubber(secretValues(config));
  const logger = createLogger(config.LOG_LEVEL, { scrub });
  const app = await buildApp(config, { logger, scrub });
  await app.listen({ port: config.PORT, host: config.HOST });
  const metricsServer = config.METRICS_PORT !== undefined ? createMetricsServer(app.metrics.registry) : undefined;
  if (metricsServer) {
    metricsServer.listen(config.METRICS_PORT, config.HOST);
    await once(metricsServer, 'listening');
  }
  logger.info(
    {
      controller: app.pipeline.controller?.name ?? null,
      inferenceMode: config.INFERENCE_MODE,
      llmModel: llmConfigured(config) ? config.LLM_MODEL : null,
      ...(metricsServer ? { metricsPort: config.METRICS_PORT } : {}),
    },
    'hugginggpt ready',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      // A second signal (Ctrl-C twice) means now.
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutdown requested');
    try {
      const report = await shutDown(shutdownTarget(app), { drainMs: config.SHUTDOWN_DRAIN_MS, graceMs: config.SHUTDOWN_GRACE_MS, log: logger });
      metricsServer?.close();
      logger.info(report, 'stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Configuration problems (a bad variable, an unreadable API_KEYS_FILE) are the operator's to fix: no stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
