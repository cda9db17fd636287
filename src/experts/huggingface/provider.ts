// The Hugging Face expert provider: runs a task on a remote model through @huggingface/inference,
// either on Inference Providers (a token, routed by HF_PROVIDER) or on a self-hosted endpoint.
// Per-task differences live in the adapter table; this file only routes, and maps errors.
import { InferenceClient, PROVIDERS_OR_POLICIES, setLogger, type InferenceProviderOrPolicy, type Options } from '@huggingface/inference';
import { TaskFailure } from '../../pipeline/errors.js';
import type { CallContext, ExpertCall, ExpertOutput, ExpertProvider, ModelEntry, ModelStatus } from '../../pipeline/types.js';
import type { TaskType } from '../../registry/task-types.js';
import { ADAPTERS, type HfRequest, type Target } from './adapters.js';
import { toTaskFailure } from './errors.js';
import { rawRequest } from './raw-request.js';

export interface HuggingFaceOptions {
  /** HF_TOKEN: Inference Providers (router.huggingface.co). */
  token?: string;
  /** HF_ENDPOINT_URL: a self-hosted endpoint; "{model}" in it is replaced by the model id, otherwise every model goes to this URL. */
  endpointUrl?: string;
  /** HF_PROVIDER: Inference Providers routing, default 'auto' (ignored with endpointUrl). */
  provider?: string;
  /** Injected in tests (and for proxies). */
  fetch?: typeof fetch;
  /** Where the client's own messages go ("Auto selected provider: …"); silent by default. */
  logger?: { debug(message: string): void; warn(message: string): void };
}

const NOT_CONFIGURED =
  'set HF_TOKEN (Inference Providers) or HF_ENDPOINT_URL (self-hosted endpoint) to run Hugging Face models';

/** Tasks @huggingface/inference 4.13 can only run through a third-party provider, never on an hf-inference endpoint. */
const PROVIDER_ONLY_TASKS: ReadonlySet<TaskType> = new Set(['text-to-video']);

export function createHuggingFaceProvider(options: HuggingFaceOptions): ExpertProvider {
  const token = options.token?.trim() || undefined;
  const endpointUrl = options.endpointUrl?.trim() || undefined;
  const routing = parseProvider(options.provider);
  routeClientLogs(options.logger);
  const client = new InferenceClient(token, { fetch: options.fetch, retry_on_error: false });

  const target = (model: string): Target =>
    endpointUrl ? { model, endpointUrl: endpointFor(endpointUrl, model) } : { model, provider: routing };

  const status = (model: Pick<ModelEntry, 'task'>): ModelStatus => {
    if (!token && !endpointUrl) return { available: false, reason: NOT_CONFIGURED };
    if (endpointUrl && PROVIDER_ONLY_TASKS.has(model.task)) {
      return {
        available: false,
        reason: `${model.task} cannot run on a self-hosted endpoint with @huggingface/inference 4.13; unset HF_ENDPOINT_URL and set HF_TOKEN to use Inference Providers`,
      };
    }
    return { available: true };
  };

  return {
    name: 'huggingface',
    models: () => [],
    status,
    async run(call: ExpertCall, context: CallContext): Promise<ExpertOutput> {
      const readiness = status(call);
      if (!readiness.available) {
        throw new TaskFailure('EXPERT_UNAVAILABLE', `Cannot run ${call.model}: ${readiness.reason}.`, { tryNextModel: false });
      }
      const requestOptions: Options = { retry_on_error: false, signal: context.signal, fetch: options.fetch };
      const request: HfRequest = {
        task: call.task,
        client,
        target: target(call.model),
        options: requestOptions,
        context,
        raw: (task, body) => rawRequest({ task, target: target(call.model), token, options: requestOptions, body }),
      };
      try {
        return await ADAPTERS[call.task].run(request, call.args);
      } catch (error) {
        throw toTaskFailure(error, { model: call.model, task: call.task, signal: context.signal, token });
      }
    },
  };
}

/** "http://tgi:8080/models/{model}" → "http://tgi:8080/models/org/name"; without "{model}" every model shares the URL. */
function endpointFor(template: string, model: string): string {
  const path = model.split('/').map(encodeURIComponent).join('/');
  return template.replaceAll('{model}', path);
}

function parseProvider(value: string | undefined): InferenceProviderOrPolicy {
  const provider = value?.trim() || 'auto';
  if (!(PROVIDERS_OR_POLICIES as readonly string[]).includes(provider)) {
    throw new Error(`HF_PROVIDER "${provider}" is not an Inference Provider; use one of: ${PROVIDERS_OR_POLICIES.join(', ')}`);
  }
  return provider as InferenceProviderOrPolicy;
}

/**
 * The client logs through one module-wide logger (console by default): "Defaulting to 'auto'…",
 * "Auto selected provider: …". Route it to ours, or nowhere.
 */
function routeClientLogs(logger: HuggingFaceOptions['logger']): void {
  const format = (message: string, args: unknown[]): string => [message, ...args.map(String)].join(' ');
  const debug = (message: string, ...args: unknown[]) => logger?.debug(format(message, args));
  const warn = (message: string, ...args: unknown[]) => logger?.warn(format(message, args));
  setLogger({ debug, info: debug, log: debug, warn, error: warn });
}
