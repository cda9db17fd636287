// Builds the pipeline's dependencies from the configuration (or the test overrides) and hands
// them to the routes as `app.pipeline`.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createFileArtifactStore, type ArtifactStore } from '../artifacts/store.js';
import { llmConfigured, type Config } from '../config.js';
import { chooseController, type ControllerChoice, type ControllerOptions } from '../controllers/index.js';
import { createLlmClient } from '../controllers/llm/client.js';
import { chooseModels } from '../controllers/rules/choose.js';
import { writeAnswer } from '../controllers/rules/respond.js';
import { createHuggingFaceProvider } from '../experts/huggingface/provider.js';
import { createLocalProvider } from '../experts/local/index.js';
import { loadLanguageIdentifier, type LanguageIdentifier } from '../experts/local/language-id.js';
import type { PipelineDeps } from '../pipeline/deps.js';
import type { Controller, ExpertProvider, ModelEntry } from '../pipeline/types.js';
import { loadCatalog } from '../registry/catalog.js';
import { createHealthStore } from '../registry/health.js';
import { createRegistry } from '../registry/registry.js';
import { createGate } from '../pipeline/concurrency.js';
import { createMemoryCache } from '../pipeline/cache.js';
import { createResourceLoader } from '../resources/load-resource.js';

export interface PipelineOverrides {
  /** Replaces the configured controller (null: none available). */
  controller?: Controller | null;
  /** Replaces the local and Hugging Face providers. */
  providers?: ExpertProvider[];
  catalogue?: ModelEntry[];
  artifacts?: ArtifactStore;
  /** fetch used by the OpenAI client (tests point it at a fake). */
  llmFetch?: typeof fetch;
  /** fetch used by the Hugging Face client. */
  hfFetch?: typeof fetch;
  sleep?: PipelineDeps['sleep'];
}

declare module 'fastify' {
  interface FastifyInstance {
    pipeline: PipelineDeps;
    config: Config;
  }
}

type Closable = ExpertProvider & { close?: () => Promise<void> };

/**
 * The embedded fastText identifier (lid.176) for the rule-based planner, which asks it only when
 * a request's words do not settle its language; loaded on the first such request.
 */
function embeddedLanguageIdentifier(): NonNullable<ControllerOptions['identifyLanguage']> {
  let model: Promise<LanguageIdentifier> | undefined;
  return async (text) => {
    model ??= loadLanguageIdentifier();
    const loaded = await model.catch((error: unknown) => {
      model = undefined;
      throw error;
    });
    const [best] = await loaded.identify(text.replace(/\s+/g, ' '), 1);
    return best ? { code: best.alpha2 ?? best.alpha3, name: best.refName, score: best.possibility } : null;
  };
}

export default fp(async function pipelinePlugin(app: FastifyInstance, options: { config: Config; overrides: PipelineOverrides }) {
  const { config, overrides } = options;
  const artifacts =
    overrides.artifacts ??
    createFileArtifactStore(config.ARTIFACTS_DIR, {
      maxBytes: config.ARTIFACTS_MAX_BYTES,
      ttlMs: config.ARTIFACTS_TTL * 1000,
      onUsage: app.metrics.operations.setArtifactUsage,
    });
  const providers: Closable[] = overrides.providers ?? [
    createLocalProvider({ maxUpscalePixels: config.LOCAL_UPSCALE_MAX_PIXELS }),
    createHuggingFaceProvider({
      token: config.HF_TOKEN,
      endpointUrl: config.HF_ENDPOINT_URL,
      provider: config.HF_PROVIDER,
      fetch: overrides.hfFetch,
      logger: app.log.child({ component: 'huggingface' }),
    }),
  ];
  const llm = llmConfigured(config)
    ? createLlmClient({
        config,
        observe: app.metrics.observeLlmCall,
        fetch: overrides.llmFetch,
        ...(app.hasDecorator('scrub') ? { scrub: app.scrub } : {}),
        ...(overrides.sleep ? { sleep: overrides.sleep } : {}),
        logger: app.log.child({ component: 'llm' }),
      })
    : null;
  const health = createHealthStore({
    failureThreshold: config.BREAKER_FAILURES,
    cooldownMs: config.BREAKER_COOLDOWN_MS,
    guarded: ['huggingface'],
    slowMs: config.TASK_TIMEOUT_MS / 2,
    onTransition: app.metrics.breakers.transition,
  });
  app.metrics.breakers.watch((provider) => health.openCount(provider));
  // One gate per provider for the whole app (one app per process): requests share the slots.
  const gates = { huggingface: createGate(config.REMOTE_CONCURRENCY), local: createGate(config.LOCAL_CONCURRENCY) };
  app.metrics.watchSlots((provider) => ({ busy: gates[provider].active, queued: gates[provider].waiting }));
  const choice: ControllerChoice = overrides.controller !== undefined ? { controller: overrides.controller } : chooseController(config, llm, { identifyLanguage: embeddedLanguageIdentifier(), onOffload: app.metrics.countOffloadedPlan });

  const deps: PipelineDeps = {
    controller: choice.controller,
    ...(choice.unavailableReason ? { controllerUnavailableReason: choice.unavailableReason } : {}),
    registry: createRegistry({ mode: config.INFERENCE_MODE, catalogue: overrides.catalogue ?? loadCatalog(), providers, health }),
    artifacts,
    resources: createResourceLoader({
      artifacts,
      examplesDir: config.EXAMPLES_DIR,
      allowPrivate: config.ALLOW_PRIVATE_URLS,
      maxBytes: config.RESOURCE_MAX_BYTES,
      timeoutMs: config.RESOURCE_TIMEOUT_MS,
      mediaLimits: { maxImagePixels: config.MAX_IMAGE_PIXELS, maxAudioSeconds: config.MAX_AUDIO_SECONDS },
    }),
    metrics: app.metrics.pipeline,
    logger: app.log,
    settings: {
      candidateModels: config.CANDIDATE_MODELS,
      maxTasks: config.MAX_TASKS,
      concurrency: config.TASK_CONCURRENCY,
      taskTimeoutMs: config.TASK_TIMEOUT_MS,
      modelRetries: config.MODEL_RETRIES,
      maxModelsPerTask: config.MAX_MODELS_PER_TASK,
      retryBaseDelayMs: config.RETRY_BASE_DELAY_MS,
      selectMode: config.SELECT_MODE,
      inputLimits: {
        maxRequestChars: config.MAX_REQUEST_CHARS,
        maxConversationChars: config.MAX_CONVERSATION_CHARS,
        maxConversationMessages: config.MAX_CONVERSATION_MESSAGES,
      },
    },
    gates,
    ...(overrides.sleep ? { sleep: overrides.sleep } : {}),
    fallbackAnswer: writeAnswer,
    rankModels: chooseModels,
    // In memory, per process; the interface (pipeline/cache.ts) is what a Redis version would implement.
    caches: {
      ...(config.PLAN_CACHE_TTL > 0 ? { plans: createMemoryCache({ maxEntries: config.PLAN_CACHE_SIZE, ttlMs: config.PLAN_CACHE_TTL * 1000 }) } : {}),
      ...(config.EXPERT_CACHE_SIZE > 0 ? { experts: createMemoryCache({ maxEntries: config.EXPERT_CACHE_SIZE, ttlMs: config.EXPERT_CACHE_TTL * 1000 }) } : {}),
    },
  };
  app.decorate('pipeline', deps);
  app.decorate('config', config);
  app.addHook('onClose', async () => {
    artifacts.close?.();
    await Promise.all([...providers.map((provider) => provider.close?.()), choice.close?.()]);
  });
});
