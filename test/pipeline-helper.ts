// Pipeline dependencies for stage tests: a scripted provider, a temporary artifact store, and
// settings small enough for fast tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { createFileArtifactStore } from '../src/artifacts/store.js';
import { noopMetrics, type ExecutionSettings, type PipelineDeps } from '../src/pipeline/deps.js';
import type { Controller, ExpertProvider, ModelEntry } from '../src/pipeline/types.js';
import { createRegistry, type InferenceMode } from '../src/registry/registry.js';
import { createResourceLoader } from '../src/resources/load-resource.js';

export const silentLogger = { info: () => {}, warn: () => {}, debug: () => {} };

export async function testDeps(
  t: Test,
  options: {
    providers: ExpertProvider[];
    controller?: Controller | null;
    catalogue?: ModelEntry[];
    mode?: InferenceMode;
    settings?: Partial<ExecutionSettings>;
  },
): Promise<PipelineDeps> {
  const folder = await mkdtemp(join(tmpdir(), 'hugginggpt-deps-'));
  t.teardown(() => rm(folder, { recursive: true, force: true }));
  const artifacts = createFileArtifactStore(folder);
  return {
    controller: options.controller ?? null,
    registry: createRegistry({ mode: options.mode ?? 'hybrid', catalogue: options.catalogue ?? [], providers: options.providers }),
    artifacts,
    resources: createResourceLoader({ artifacts, examplesDir: join(folder, 'examples'), allowPrivate: false, maxBytes: 1_000_000, timeoutMs: 2000 }),
    metrics: noopMetrics,
    logger: silentLogger,
    settings: {
      candidateModels: 5,
      maxTasks: 20,
      concurrency: 4,
      taskTimeoutMs: 5000,
      modelRetries: 1,
      maxModelsPerTask: 3,
      retryBaseDelayMs: 1,
      ...options.settings,
    },
  };
}

/** A selection per task: the given model first, then the other listed candidates. */
export function selectionsFor(tasks: Array<{ id: number; task: ModelEntry['task'] }>, candidates: Record<number, string[]>, provider: 'local' | 'huggingface' = 'local') {
  return tasks.map((task) => ({
    id: task.id,
    task: task.task,
    model: candidates[task.id]![0]!,
    provider,
    reason: 'test',
    source: 'request' as const,
    candidates: candidates[task.id]!,
  }));
}
