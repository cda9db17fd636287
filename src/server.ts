// The only place that reads process.env and listens. Stops gracefully on SIGTERM/SIGINT: stop
// accepting, let in-flight requests finish (up to a grace period), close providers, exit.
import { buildApp } from './app.js';
import { ConfigError, llmConfigured, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createScrubber, secretValues } from './secrets.js';

const SHUTDOWN_GRACE_MS = 30_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const scrub = createScrubber(secretValues(config));
  const logger = createLogger(config.LOG_LEVEL, { scrub });
  const app = await buildApp(config, { logger, scrub });
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info(
    { controller: app.pipeline.controller?.name ?? null, inferenceMode: config.INFERENCE_MODE, llmModel: llmConfigured(config) ? config.LLM_MODEL : null },
    'hugginggpt ready',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => {
      logger.warn('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
