// The 'local' expert provider: real models that run offline, in worker threads (tfjs wasm,
// tesseract), in-process (fastText, wink, compromise) or as Debian commands in child processes
// (apertium, pocketsphinx, espeak-ng). Importing this module loads nothing: each model loads on
// its first call.
import type { ExpertCall, ExpertOutput, ExpertProvider, ModelEntry, ModelStatus, CallContext } from '../../pipeline/types.js';
import { linkSignals } from '../../pipeline/signals.js';
import { INSTALL_HINT } from './commands.js';
import { asTaskFailure, throwIfAborted, unavailable, loading } from './failures.js';
import { LOCAL_MODELS, type LocalModel } from './models.js';
import { closeRuntime, createRuntime, loadModel, type LocalProviderOptions } from './runtime.js';

export type { LocalProviderOptions } from './runtime.js';
export { LOCAL_MODELS } from './models.js';

export type LocalProvider = ExpertProvider & {
  /** Loads the models a local model needs (in-process or in a worker), without running it (warm-up, benchmarks). */
  preload(model: string): Promise<void>;
  /** Ends worker threads and running child processes; later calls load again. */
  close(): Promise<void>;
};

const toEntry = (model: LocalModel): ModelEntry => ({
  id: model.id,
  task: model.task,
  provider: 'local',
  downloads: 0,
  likes: 0,
  tags: ['local', model.task, ...model.tags],
  languages: model.languages,
  license: model.license,
  description: model.description,
});

export function createLocalProvider(options: LocalProviderOptions = {}): LocalProvider {
  const runtime = createRuntime(options);
  const byId = new Map(LOCAL_MODELS.map((model) => [model.id, model]));
  const statuses = new Map<string, ModelStatus>();
  let closing = new AbortController();

  const statusOf = (model: LocalModel): ModelStatus => {
    if (!statuses.has(model.id)) {
      const missing = runtime.commands.missing(model.requires ?? []);
      statuses.set(
        model.id,
        missing.length === 0
          ? { available: true }
          : { available: false, reason: `needs the Debian package${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${INSTALL_HINT})` },
      );
    }
    return statuses.get(model.id)!;
  };

  const modelFor = (id: string, task?: string): LocalModel => {
    const model = byId.get(id);
    if (!model) throw unavailable(`${id} is not a local model`);
    if (task && model.task !== task) throw unavailable(`${id} does ${model.task}, not ${task}`);
    const status = statusOf(model);
    if (!status.available) throw unavailable(`${id} ${status.reason}`);
    return model;
  };

  return {
    name: 'local',
    models: () => LOCAL_MODELS.map(toEntry),
    status: (entry) => {
      const model = byId.get(entry.id);
      return model ? statusOf(model) : { available: false, reason: `${entry.id} is not a local model` };
    },
    async run(call: ExpertCall, context: CallContext): Promise<ExpertOutput> {
      const model = modelFor(call.model, call.task);
      // Linked with cleanup: AbortSignal.any on the provider-long `closing` signal retained every call.
      const link = linkSignals([context.signal, closing.signal]);
      const { signal } = link;
      try {
        throwIfAborted(signal);
        return await model.run(call.args, { runtime, model: model.id, signal }).catch((error: unknown) => {
          throw asTaskFailure(error, model.id, signal);
        });
      } finally {
        link.dispose();
      }
    },
    async preload(id) {
      const model = modelFor(id);
      await Promise.all(model.loads.map((key) => loading(`${id} (${key})`, loadModel(runtime, key))));
    },
    async close() {
      closing.abort();
      closing = new AbortController();
      await closeRuntime(runtime);
    },
  };
}
